package org.pizhu.speakers;

/**
 * Reads familiar names: a prefix of the lexicon ({@code 小}, {@code 阿}, {@code 老}) and one character often seen as a
 * given name or a common surname ({@code 小玲}, {@code 阿強}, {@code 小李}), with a kinship ending ({@code 阿明伯}).
 */
final class FamiliarNames {
    /** Given-name count from which a character after 小/阿 reads as a familiar name (小玲). */
    private static final int MIN_NICKNAME_COUNT = 20;
    /**
     * Given-name count from which a character before 姐/哥 reads as a familiar name (清姐, 炳哥); lower counts are mostly
     * an online persona or a word (刀哥).
     */
    private static final int MIN_ELDER_COUNT = 100;
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private FamiliarNames() {
    }

    /** The familiar name ending at {@code end}, not a common word, with a clear left edge or after 的; null if none. */
    static Mention endingAt(String t, int end, int lo, NameReader names) {
        if (end - 3 >= lo && LEX.kinship.contains(t.charAt(end - 1))) {
            Mention m = endingAt(t, end - 1, lo, names);
            if (m != null) {
                return new Mention(m.start(), end, Mention.Kind.PERSON, t.substring(m.start(), end), null, null, true);
            }
        }
        Mention elder = elderForm(t, end, lo, names);
        if (elder != null) {
            return elder;
        }
        int s = end - 2;
        char c = t.charAt(s + 1);
        boolean related = s > lo && (LEX.relations.matchEndingAt(t, s, Math.max(lo, s - 4)) > 1 // 姑姑阿姵, 二妹阿娟
                || Chars.ageBefore(t, s, lo)); // 10歲小怜: an age marks what follows as a person
        if (!LEX.nicknames.contains(t.charAt(s)) || !Chars.isHan(c) || LEX.notNameChars.contains(c) && !related // 長女小若
                || LEX.names.commonWordPairs.contains(t, s)
                || !(related || LEX.names.givenSingle(c) + LEX.names.givenLast(c) >= MIN_NICKNAME_COUNT || LEX.surnames.contains(c))
                || !(names.goodLeft(t, s, lo) || t.charAt(s - 1) == '的') || LEX.surnamePrefixes.contains(t.charAt(s)) && !names.isSurname(c)
                || LEX.relations.matchAt(t, s + 1, t.length()) > 1 || LEX.titles.matchAt(t, s + 1, t.length()) > 1) {
            return null; // 老 goes with a surname (老郝, not 老工业区); 小朋友, 小學生: the character opens a word
        }
        return new Mention(s, end, Mention.Kind.PERSON, t.substring(s, end), null, null, true);
    }

    /**
     * A given-name character and an elder sibling's word used as a familiar name in Hong Kong and Taiwan ({@code 清姐},
     * {@code 炳哥}): the character often seen in given names, at a clear left edge, no relation or common word
     * ({@code 大姐}, {@code 表哥}, {@code 學姐}); or null.
     */
    private static Mention elderForm(String t, int end, int lo, NameReader names) {
        int s = end - 2;
        if (s < lo || !LEX.elderForms.contains(t.charAt(end - 1)) || !Chars.isHan(t.charAt(s))) {
            return null;
        }
        char c = t.charAt(s);
        if (LEX.names.givenSingle(c) + LEX.names.givenLast(c) + LEX.names.givenFirst(c) < MIN_ELDER_COUNT
                || LEX.notNameChars.contains(c) || LEX.nicknames.contains(c) || LEX.relations.contains(t, s, end)
                || LEX.notNames.contains(t, s, end) || LEX.names.commonWordPairs.contains(t, s) || !names.goodLeft(t, s, lo)) {
            return null;
        }
        return new Mention(s, end, Mention.Kind.PERSON, t.substring(s, end), null, null, true);
    }
}
