package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pizhu.document.Block;

/**
 * Names the reader cut short: a person read with a two-character name (謝發, from 謝發能感慨地說, where 能 reads as
 * "can") whose two characters the document always writes with the same third one, at least twice and at least once
 * before punctuation, 的 or a speech verb (謝發能（56歲）, 謝發能說), is the three-character name; a person read by
 * the end of a name of parts joined by middle dots that the document writes (托尔斯泰 of 列夫·托尔斯泰, 奥诺夫 of
 * 阿列克谢·罗季奥诺夫), and by no other such name, is that name; a person whose name the book holds as the start of one
 * other person's, one or two characters longer and not by a courtesy, kinship or title word (羅范 of 羅范椒芬, 陳方安 of
 * 陳方安生), is that person. One pass over the text for all such people.
 */
final class CutNames {
    /** How often the document must write the longer name. */
    private static final int MIN_TIMES = 2;
    /** Most characters a person's name in the book may lack at its end to stand for a longer one. */
    private static final int MAX_REST = 2;
    /**
     * Most short and long names compared by counting them in the text, each a pass over it: a news article has a few;
     * an archive read as one document stays linear.
     */
    private static final int MAX_PAIRS = 16;
    /** Longest part after a middle dot read for the end of a name (as {@link ForeignNames}' parts). */
    private static final int MAX_PART = 8;

    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;
    private final ForeignNames foreign;

    CutNames(NameReader names) {
        this.names = names;
        this.foreign = new ForeignNames(names);
    }

    /** Folds each person of the book whose name the document always writes longer into that name. */
    void complete(List<Block> blocks, SpeakerBook book) {
        completeThirdCharacters(blocks, book);
        completeDotted(blocks, book);
        completePrefixes(blocks, book);
    }

    /**
     * Folds each person whose name starts exactly one other person's (sorted names: the longer ones follow it), when
     * the text writes the longer name more often than the shorter one alone (not 龍金美 into a misread 龍金美身).
     */
    private void completePrefixes(List<Block> blocks, SpeakerBook book) {
        List<String> sorted = new ArrayList<>();
        for (SpeakerBook.Entry e : book.entries()) {
            if (e.kind == SpeakerKind.PERSON && e.aliasSurname == null && e.name.length() >= 2
                    && !lex.nicknames.contains(e.name.charAt(0))) {
                sorted.add(e.name);
            }
        }
        sorted.sort(null);
        Map<String, String> longer = new LinkedHashMap<>();
        int compared = 0;
        for (int i = 0; i < sorted.size() && compared < MAX_PAIRS; i++) {
            String p = sorted.get(i);
            String found = null;
            int count = 0;
            for (int j = i + 1; j < sorted.size() && sorted.get(j).startsWith(p); j++) {
                String rest = sorted.get(j).substring(p.length());
                if (rest.length() <= MAX_REST && !lex.courtesy.contains(rest) && !lex.kinship.contains(rest)
                        && !lex.titles.contains(rest)) {
                    found = sorted.get(j);
                    count++;
                }
            }
            if (count != 1) {
                continue;
            }
            compared++;
            if (writtenMoreOften(blocks, found, p)) {
                longer.put(p, found);
            }
        }
        longer.forEach((p, full) -> {
            SpeakerBook.Entry e = book.get(p);
            if (e != null && e.name.equals(p)) {
                book.completeName(e, full);
            }
        });
    }

    /**
     * Completes two-character names by a third character and the first three characters of a Hong Kong or Taiwan
     * married name (葉師心 of 葉師心怡: two surnames and the start of a given name) by a fourth, read by the name's last
     * two characters.
     */
    private void completeThirdCharacters(List<Block> blocks, SpeakerBook book) {
        List<SpeakerBook.Entry> cut = book.entries().stream()
                .filter(e -> e.kind == SpeakerKind.PERSON && e.aliasSurname == null && (e.name.length() == 2
                        && names.surnameAt(e.name, 0, 2) == 1 || e.name.length() == 3 && startsMarried(e.name))
                        && Chars.isHan(e.name.charAt(e.name.length() - 1)))
                .toList();
        if (cut.isEmpty()) {
            return;
        }
        PairFollowers followers = new PairFollowers(cut.size());
        cut.forEach(e -> followers.add(e.name.charAt(e.name.length() - 2), e.name.charAt(e.name.length() - 1)));
        for (Block b : blocks) {
            followers.read(b.text(), this::wordEnds);
        }
        for (SpeakerBook.Entry e : cut) {
            char next = followers.closedFollower(e.name.charAt(e.name.length() - 2), e.name.charAt(e.name.length() - 1), MIN_TIMES);
            if (next != 0 && Chars.isHan(next) && !lex.cutNameEnds.contains(next)) {
                book.completeName(e, e.name + next);
            }
        }
    }

    /** Whether a three-character name opens with two surnames, as a married name does (葉師心 of 葉師心怡). */
    private boolean startsMarried(String name) {
        return names.surnameAt(name, 0, 3) == 1 && names.isSurname(name.charAt(1))
                && !lex.names.commonWords.containsKey(name.substring(0, 2));
    }

    /** Whether the blocks hold {@code full} more often than {@code part} without the rest of {@code full}. */
    private static boolean writtenMoreOften(List<Block> blocks, String full, String part) {
        int fulls = 0;
        int parts = 0;
        for (Block b : blocks) {
            String t = b.text();
            for (int i = t.indexOf(part); i >= 0; i = t.indexOf(part, i + 1)) {
                if (t.startsWith(full, i)) {
                    fulls++;
                } else {
                    parts++;
                }
            }
        }
        return fulls > parts;
    }

    /**
     * Folds each person named by the end of a dotted name the text writes into it: one look at each dot (the names that
     * end within the part after it), then one look-up per person.
     */
    private void completeDotted(List<Block> blocks, SpeakerBook book) {
        Map<String, String> fullByEnd = new HashMap<>();
        Set<String> several = new HashSet<>();
        for (Block b : blocks) {
            String t = b.text();
            for (int d = nextDot(t, 0); d >= 0; d = nextDot(t, d + 1)) {
                for (int end = d + 2; end <= t.length() && end - d <= MAX_PART && Chars.isHan(t.charAt(end - 1)); end++) {
                    Mention m = foreign.dotted(t, end, 0);
                    if (m == null) {
                        continue;
                    }
                    for (int s = d + 1; s < end - 1; s++) {
                        String was = fullByEnd.putIfAbsent(t.substring(s, end), m.name());
                        if (was != null && !was.equals(m.name())) {
                            several.add(t.substring(s, end));
                        }
                    }
                }
            }
        }
        if (fullByEnd.isEmpty()) {
            return;
        }
        List<SpeakerBook.Entry> people = book.entries().stream().filter(e -> e.kind == SpeakerKind.PERSON).toList();
        for (SpeakerBook.Entry e : people) {
            String full = several.contains(e.name) ? null : fullByEnd.get(e.name);
            if (full != null && full.length() > e.name.length()) {
                book.completeName(e, full);
            }
        }
    }

    /** The position of the next middle dot in {@code t} from {@code from}, or -1. */
    private static int nextDot(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            if (ForeignNames.DOTS.indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private boolean wordEnds(String t, int at) {
        return at >= t.length() || !Chars.isHan(t.charAt(at)) || t.charAt(at) == '的' || lex.verbs.matchAt(t, at, t.length()) > 0;
    }
}
