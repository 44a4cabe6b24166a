package org.pizhu.speakers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pizhu.document.Block;

/**
 * The full names that a bare surname ({@code 鍾否認}), a familiar name ({@code 老郝}) or a bare title ({@code 法官認為})
 * stands for: the first full name with that surname (or given-name ending) in the blocks above, or the last person
 * named with that title in the blocks just above. Results per key are cached and blocks are read at most once per key,
 * so a document costs linear time.
 */
final class EarlierNames {
    /** How many blocks back a bare title looks for the person it names. */
    private static final int TITLE_REACH = 20;

    private final List<Block> blocks;
    private final Subjects subjects;
    private final NameReader names;
    /** Whether a name is written at least twice in the document, by name: a familiar name stands only for such. */
    private final Map<String, Boolean> repeated = new HashMap<>();
    /** First mentions found, by surname, or by … and the last character of a given name. */
    private final Map<String, Mention> found = new HashMap<>();
    private final Map<String, Integer> scanned = new HashMap<>();
    private final Map<String, Integer> foundIn = new HashMap<>();

    EarlierNames(List<Block> blocks, Subjects subjects, NameReader names) {
        this.blocks = blocks;
        this.names = names;
        this.subjects = subjects;
    }

    /** The first full name with this surname in blocks before {@code upTo}, or null. */
    Mention withSurname(String surname, int upTo) {
        return firstAbove(surname, t -> fullNameWithSurname(t, surname), upTo);
    }

    /** As {@link #withSurname(String, int)}, else the first in {@code before}, the text before it in its block. */
    Mention withSurname(String surname, int upTo, String before) {
        return firstAbove(surname, t -> fullNameWithSurname(t, surname), upTo, before);
    }

    /**
     * The first mention {@code reader} finds in the blocks before {@code upTo}, cached under {@code key} so that each
     * block is read at most once per key.
     */
    private Mention firstAbove(String key, Function<String, Mention> reader, int upTo) {
        Mention m = found.get(key);
        if (m != null) {
            return foundIn.get(key) < upTo ? m : null;
        }
        int from = scanned.getOrDefault(key, 0);
        for (int i = from; i < upTo; i++) {
            Mention full = reader.apply(blocks.get(i).text());
            if (full != null) {
                found.put(key, full);
                foundIn.put(key, i);
                return full;
            }
        }
        scanned.put(key, Math.max(from, upTo));
        return null;
    }

    /**
     * What a familiar name stands for when nobody of that name has spoken yet: {@code 老郝}, {@code 小李} the first full
     * name above with that surname, {@code 阿汝} (and {@code 飛哥}) the first above whose given name ends in that character, a Hong Kong
     * married short form ({@code 林鄭}) the first four-character name above that begins with it; a full name the
     * document repeats. Other mentions, names the book knows and names with no such full name above are returned
     * unchanged.
     */
    Mention forFamiliar(Mention m, SpeakerBook book, int upTo) {
        String name = m.name();
        if (m.kind() != Mention.Kind.PERSON || name.length() != 2 || book.get(name) != null) {
            return m;
        }
        Lexicon lex = Lexicon.INSTANCE;
        String rest = name.substring(1);
        String before = blocks.get(upTo).text().substring(0, m.start());
        Mention full = null;
        if (lex.nicknames.contains(name.charAt(0))) {
            if (lex.surnames.contains(name.charAt(1)) && !book.knowsSurname(rest)) {
                full = withSurname(rest, upTo, before);
            }
            if (full == null && name.charAt(0) != '老') {
                char last = name.charAt(1);
                full = firstAbove("…" + last, t -> fullNameEndingIn(t, last), upTo, before);
            }
        } else if (lex.elderForms.contains(name.charAt(1))) {
            char first = name.charAt(0);
            full = firstAbove("…" + first, t -> fullNameEndingIn(t, first), upTo, before); // 飛哥 after 李鵬飛
        } else if (lex.surnames.contains(name.charAt(0)) && lex.surnames.contains(name.charAt(1))
                && !book.knowsSurname(name)) {
            full = withSurname(name, upTo, before);
            full = full != null && full.name().length() == 4 ? full : null; // 陶榮 after 陶榮和蘇信恩: not 陶榮和
        }
        return full == null || full.name().length() <= name.length() || !repeated(full.name()) ? m
                : new Mention(m.start(), m.end(), Mention.Kind.PERSON, full.name(), full.surname(), null, true);
    }

    private boolean repeated(String name) {
        return repeated.computeIfAbsent(name, n -> {
            int times = 0;
            for (int i = 0; i < blocks.size() && times < 2; i++) {
                String t = blocks.get(i).text();
                for (int j = t.indexOf(n); j >= 0 && times < 2; j = t.indexOf(n, j + 1)) {
                    times++;
                }
            }
            return times >= 2;
        });
    }

    /** As {@link #firstAbove(String, Function, int)}, else what {@code reader} finds in {@code before}. */
    private Mention firstAbove(String key, Function<String, Mention> reader, int upTo, String before) {
        Mention m = firstAbove(key, reader, upTo);
        return m != null ? m : reader.apply(before);
    }

    /**
     * What a surname with an official title stands for ({@code 胡官}, {@code 陳局長}) when no person with that surname
     * has spoken yet: the first full name with the surname in the blocks above, else earlier in its own block. Courtesy
     * and familiar forms ({@code 陳先生}, {@code 陳伯}: names of their own), surnames already known and other mentions are
     * returned unchanged.
     */
    Mention forTitledSurname(Mention m, SpeakerBook book, int upTo) {
        boolean official = m.kind() == Mention.Kind.SURNAME_TITLE && !Lexicon.INSTANCE.courtesy.contains(m.title())
                && (m.title().length() > 1 || m.title().equals("官"));
        return official && !book.knowsSurname(m.surname()) ? fullNameFor(m, upTo) : m;
    }

    /**
     * The author a statement's introduction names with a surname form ({@code 以下是羅先生的回應：}, {@code 以下是胡官…
     * 發表演說全文：}): the first full name with the surname in the blocks above unless that form has spoken as a
     * name of its own; other mentions unchanged.
     */
    Mention forStatementAuthor(Mention m, SpeakerBook book, int upTo) {
        return m.kind() == Mention.Kind.SURNAME_TITLE && book.get(m.written()) == null ? fullNameFor(m, upTo) : m;
    }

    private Mention fullNameFor(Mention m, int upTo) {
        Mention full = withSurname(m.surname(), upTo, blocks.get(upTo).text().substring(0, m.start())); // 大狀曾某某…曾大狀
        return full == null ? m : new Mention(m.start(), m.end(), Mention.Kind.PERSON, full.name(), m.surname(), null,
                true);
    }

    /**
     * The first full name with this surname in {@code t} that reads as a name (clear left edge, plausible given
     * name, or three characters before a bracket, {@code 拍檔尹某某（中）}), or null: what a dialogue line {@code 林：}
     * stands for when 林 has not spoken yet.
     */
    private Mention fullNameWithSurname(String t, String surname) {
        for (int j = t.indexOf(surname); j >= 0; j = t.indexOf(surname, j + 1)) {
            if (Lexicon.INSTANCE.titles.matchAt(t, j + surname.length(), t.length()) > 1) {
                continue; // 伍大狀: a surname and a title, no full name
            }
            for (int len = surname.length() + 2; len > surname.length(); len--) {
                if (len == surname.length() + 1 && j + len <= t.length()
                        && Lexicon.INSTANCE.honorifics.contains(t, j + surname.length(), j + len)) {
                    continue; // 鄭太: a surname and an honorific, a name of its own
                }
                Mention m = j + len <= t.length() ? names.person(t, j + len, Math.max(0, j - 8)) : null;
                if (m != null && m.start() == j && (m.strong() || len == 3 && j + len < t.length() && "（(".indexOf(t.charAt(j + len)) >= 0)) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * The first full name of three or more characters in {@code t} whose given name ends in {@code last} and that
     * reads as a name, or null: whom a familiar name {@code 阿玲} stands for when only 陳美玲 was named.
     */
    private Mention fullNameEndingIn(String t, char last) {
        for (int j = t.indexOf(last); j >= 0; j = t.indexOf(last, j + 1)) {
            Mention m = j >= 2 ? names.person(t, j + 1, Math.max(0, j - 3)) : null;
            if (m != null && m.strong() && m.surname() != null && m.name().length() >= 3) {
                return m;
            }
        }
        return null;
    }

    /**
     * The person last named with this title ({@code 法官李文靜}) in the block {@code at} before {@code before} or in
     * the blocks just above it; null if none.
     */
    Mention withTitle(String title, int at, int before) {
        Mention m = subjects.nameAfterTitle(blocks.get(at).text(), title, before);
        for (int i = at - 1; m == null && i >= 0 && at - i <= TITLE_REACH; i--) {
            String t = blocks.get(i).text();
            m = subjects.nameAfterTitle(t, title, t.length());
        }
        return m;
    }
}
