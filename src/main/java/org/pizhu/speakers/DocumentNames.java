package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pizhu.document.Block;

/**
 * Three-character names whose first character is no known surname ({@code names.tsv} and the lexicon's list), or
 * whose given name has a character far more common in words than in names (孔乙己) or one the name reader keeps out
 * of names (林和立, 馬時亨), read from the whole document: a string that stands as the subject of a speech verb at a clear left edge (clause start,
 * title, organisation) at least twice, whose last two characters look like a given name, with no common word and no
 * character that is never in names; or once, with a known surname, when the document writes the name again and
 * never its first two characters without the third (周福在); and familiar names (阿 and a character rare in names,
 * 阿蓁) that stand as such a subject at least twice. Two passes over the text; the verbs are looked up from each
 * character as in {@link CueFinder}.
 */
final class DocumentNames {
    /** How often a candidate must stand as a subject before a speech verb in the document. */
    private static final int MIN_TIMES = 2;
    /** The prefix of the familiar names read from the document ({@code 阿蓁}). */
    private static final char FAMILIAR = '阿';
    /**
     * Most names seen once that are checked against the whole document: the first ones of a long one (an archive of
     * many stories read as one document stays linear; a news article has a few dozen).
     */
    private static final int MAX_ONCE = 256;
    /** Name length read (surname and two-character given name). */
    private static final int LENGTH = 3;

    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;

    DocumentNames(NameReader names) {
        this.names = names;
    }

    /** The names of the running-text blocks of a document, in order of first sight. */
    Set<String> in(List<Block> blocks) {
        List<List<Sighting>> perBlock = BlockReadings.map(blocks, b -> b.kind().isRunningText() ? sightings(b.text()) : List.of());
        Map<String, Integer> times = new HashMap<>();
        Set<String> found = new LinkedHashSet<>();
        Set<String> once = new LinkedHashSet<>();
        for (List<Sighting> sightings : perBlock) {
            for (Sighting x : sightings) {
                if (x.familiar() != null && times.merge(x.familiar(), 1, Integer::sum) >= MIN_TIMES) {
                    found.add(x.familiar()); // 阿蓁說 twice: a familiar name, though 蓁 is rare in names
                }
                if (x.name() != null && times.merge(x.name(), 1, Integer::sum) >= MIN_TIMES) {
                    found.add(x.name());
                } else if (x.surnamed() != null && once.size() < MAX_ONCE) {
                    once.add(x.surnamed());
                }
            }
        }
        found.addAll(neverCut(blocks, once));
        return found;
    }

    /**
     * What stands before a speech verb at one place of a text: a familiar name, a candidate name, or (when there is no
     * candidate) a surname and two characters that may be a name seen once; each null when absent.
     */
    private record Sighting(String familiar, String name, String surnamed) {
    }

    /** The sightings before each speech verb of one block, in text order. */
    private List<Sighting> sightings(String t) {
        List<Sighting> found = new ArrayList<>();
        for (int i = 2; i < t.length(); i++) {
            int vl = lex.verbs.matchAt(t, i, t.length());
            if (vl == 0 || lex.notVerbs.matchAt(t, i, t.length()) > vl) {
                continue;
            }
            int e = i - lex.between.matchEndingAt(t, i, Math.max(0, i - 4));
            String familiar = familiar(t, e);
            String name = candidate(t, e - LENGTH, e);
            String surnamed = name == null && surnamed(t, e - LENGTH, e) ? t.substring(e - LENGTH, e) : null;
            if (familiar != null || name != null || surnamed != null) {
                found.add(new Sighting(familiar, name, surnamed));
            }
            i += vl - 1;
        }
        return found;
    }

    /**
     * Whether {@code t[s, e)} is a single-character surname and two Han characters at a clear left edge, the first
     * of them one that opens given names, with no common word, title or time word in them: a name if the document
     * never writes its first two characters alone.
     */
    private boolean surnamed(String t, int s, int e) {
        if (s < 0 || names.surnameAt(t, s, e) != 1 || !names.goodLeft(t, s, 0) || !GivenNames.openingGiven(t.charAt(s + 1))
                || s > 0 && ForeignNames.DOTS.indexOf(t.charAt(s - 1)) >= 0 || lex.nameConjunctions.contains(t.charAt(s + 1)) || names.closesWordBefore(t, s, 0)) {
            return false; // 都没有: no given name opens there; 卡比图·: part of a foreign name; 何及陳; 也許有人
        }
        for (int k = s; k < e; k++) {
            if (!Chars.isHan(t.charAt(k))) {
                return false;
            }
        }
        return !lex.names.commonWordPairs.contains(t, s) && !lex.names.commonWordPairs.contains(t, s + 1)
                && !lex.notNames.contains(t, s, s + 2) && !lex.notNames.contains(t, s + 1, e)
                && !lex.titles.contains(t, s + 1, e) && !lex.between.contains(t, s + 1, e)
                && lex.between.matchEndingAt(t, e, s + 1) == 0 && lex.titles.matchEndingAt(t, e, s + 1) == 0;
    }

    /**
     * The names seen once before a speech verb that stand elsewhere in the document too, their first two characters
     * never without the third ({@code 周福在（左）}, {@code 周福在回述}: never 周福 alone). One pass over the text.
     */
    private static List<String> neverCut(List<Block> blocks, Set<String> once) {
        if (once.isEmpty()) {
            return List.of();
        }
        PairFollowers heads = new PairFollowers(once.size());
        for (String name : once) {
            heads.add(name.charAt(0), name.charAt(1));
        }
        for (Block b : blocks) {
            heads.read(b.text(), null);
        }
        return once.stream().filter(name -> heads.alwaysFollowedBy(name.charAt(0), name.charAt(1), name.charAt(2), MIN_TIMES)).toList();
    }

    /** A familiar name (阿 and one Han character) at a clear left edge ending at {@code e}, or null. */
    private String familiar(String t, int e) {
        int s = e - 2;
        if (s < 0 || t.charAt(s) != FAMILIAR || !Chars.isHan(t.charAt(s + 1)) || lex.notNameChars.contains(t.charAt(s + 1))
                || lex.names.commonWordPairs.contains(t, s) || !names.goodLeft(t, s, 0)) {
            return null;
        }
        return t.substring(s, e);
    }

    private String candidate(String t, int s, int e) {
        int sl = s < 0 ? 0 : names.surnameAt(t, s, e);
        boolean kept = false;
        for (int k = s + 1; k < e && s >= 0; k++) {
            kept |= lex.notNameChars.contains(t.charAt(k));
        }
        if (s < 0 || sl > 1 || sl == 1 && !GivenNames.wordLike(t, s + 1, e) && !kept) {
            return null; // a known surname: the name reader reads the name without the document's help
        }
        for (int k = s; k < e; k++) {
            char c = t.charAt(k);
            if (!Chars.isHan(c) || lex.notNameChars.contains(c) && (sl == 0 || k == s)) {
                return null;
            }
        }
        if (lex.nameConjunctions.contains(t.charAt(s + 1)) && names.isSurname(t.charAt(e - 1))
                || s > 0 && lex.prepositions.contains(t.charAt(s - 1))) {
            return null; // 張和王表示: two surnames joined; 在節目中表示: a setting after a preposition, no name
        }
        if (!names.goodLeft(t, s, 0) || !GivenNames.plausible(t, s + 1, e) || lex.names.commonWordPairs.contains(t, s)
                || lex.names.commonWordPairs.contains(t, s + 1) || lex.notNames.contains(t, s, s + 2)
                || lex.notNames.contains(t, s + 1, e) || lex.titles.contains(t, s + 1, e)
                || lex.between.contains(t, s + 1, e) || lex.names.commonVerbs.contains(t.substring(s + 1, e))
                || lex.titles.matchEndingAt(t, e, s) > 0 || lex.roleEnds.contains(t.charAt(e - 1))
                || s > 0 && lex.titles.matchEndingAt(t, s + 1, Math.max(0, s - 6)) > 1) {
            return null; // 有些分析認為, 主控官續指, 局長雷伊: a verb, a title, or the end of a title before a name
        }
        return t.substring(s, e);
    }
}
