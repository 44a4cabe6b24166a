package org.pizhu.speakers;

/**
 * Whether the characters after a surname read as a given name, by the statistics of {@code names.tsv}: counts of each
 * character in given names, characters never in names unless common at their place, and each character's given-name
 * score against its use in words (a word-like given name needs a title or relation before it).
 */
final class GivenNames {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Given-name character count from which a character reads as part of a given name. */
    private static final int MIN_GIVEN_COUNT = 1;
    /** Given-name score (per mille, names.tsv) below which a character reads as part of a name only after a title. */
    private static final int MIN_GIVEN_SCORE = 10;

    /**
     * Count from which a character otherwise never in a given name (生, 本) counts in a two-character given name at
     * the place where it is that common (文生, 本昌).
     */
    private static final int COMMON_GIVEN = 700;
    /**
     * The same count right after a title (港鐵主席馬時亨, 首席法官張舉能): a title marks what follows as a name, so such a
     * character needs only to be seen there in given names now and then.
     */
    private static final int TITLED_GIVEN = 30;
    /** Count as a first given-name character from which an adverb-like character (亦, 又) may open a given name. */
    private static final int ADVERB_FIRST_GIVEN = 100;
    /** Count as a last given-name character the name must then end with (武, 霖). */
    private static final int ADVERB_LAST_GIVEN = 250;

    /**
     * Whether the characters after a surname look like a given name by the counts of {@code names.tsv}: a
     * two-character given name needs a character seen first and one seen last in given names, a one-character given
     * name a character seen as a given name; a rare character ({@link NameTable#rare}) may stand at either place, and
     * as it scores as a word-like one it needs a title or a relation before the name ({@link #wordLikeAllowed}).
     */
    static boolean plausible(String t, int from, int end) {
        return plausible(t, from, end, false);
    }

    /**
     * {@link #plausible(String, int, int)}, or, when {@code titled} (a title stands before the surname), a two-character
     * given name with one character never counted in given names where the other is common at its place
     * ({@code 總幹事陳幗英}: 幗 is rare, 英 ends many names).
     */
    static boolean plausible(String t, int from, int end, boolean titled) {
        if (titled && end - from == 2 && Chars.isHan(t.charAt(from)) && Chars.isHan(t.charAt(end - 1))
                && (LEX.names.givenFirst(t.charAt(from)) >= COMMON_GIVEN || LEX.names.givenLast(t.charAt(end - 1)) >= COMMON_GIVEN)
                && !opensOnly(t.charAt(end - 1))) {
            return true;
        }
        if (end - from == 1) {
            char g = t.charAt(from);
            return LEX.names.givenSingle(g) + LEX.names.givenLast(g) >= MIN_GIVEN_COUNT || LEX.names.rare(g);
        }
        char first = t.charAt(from);
        char last = t.charAt(end - 1);
        return (LEX.names.givenFirst(first) >= MIN_GIVEN_COUNT || LEX.names.rare(first))
                && (LEX.names.givenLast(last) + LEX.names.givenSingle(last) >= MIN_GIVEN_COUNT || LEX.names.rare(last));
    }

    /**
     * Whether the two characters after the surnames of a Hong Kong married name read as a given name: both seen in given
     * names, and one of them now and then at its place ({@code 羅范椒芬}: 椒 is rare, 芬 ends many names). Two surnames
     * in a row already mark a name, so less is asked than of a given name after one surname.
     */
    static boolean plausibleMarried(String t, int from, int end) {
        char first = t.charAt(from);
        char last = t.charAt(end - 1);
        return end - from == 2 && seen(first) && seen(last)
                && (LEX.names.givenFirst(first) >= TITLED_GIVEN || LEX.names.givenLast(last) >= TITLED_GIVEN);
    }

    /**
     * Whether a character opens given names but never ends one nor stands alone as one ({@code 脸}: 黄伟脸上 is 黄伟 and
     * a word), so that it does not end a given name even after a title.
     */
    private static boolean opensOnly(char c) {
        return LEX.names.givenFirst(c) > 0 && LEX.names.givenLast(c) + LEX.names.givenSingle(c) == 0;
    }

    private static boolean seen(char c) {
        return LEX.names.givenFirst(c) + LEX.names.givenLast(c) + LEX.names.givenSingle(c) >= MIN_GIVEN_COUNT;
    }

    /**
     * Whether the given name {@code t[from, end)} may hold characters that stand far more often in words than in
     * names: only right after a title, an honorific or a relation, which mark what follows as a name.
     */
    static boolean wordLikeAllowed(String t, int s, int from, int end, int lo) {
        return !wordLike(t, from, end) || s > lo && (LEX.titles.matchEndingAt(t, s, Math.max(lo, s - 8)) > 0
                || LEX.relations.matchEndingAt(t, s, Math.max(lo, s - 3)) > 0);
    }

    /** Whether a character opens given names now and then (福 in 周福在; not 没, 空), as after a title. */
    static boolean openingGiven(char c) {
        return LEX.names.givenFirst(c) >= TITLED_GIVEN;
    }

    /** Whether {@code t[from, end)} holds a character far more common in words than in given names (難, 口, 乙). */
    static boolean wordLike(String t, int from, int end) {
        for (int i = from; i < end; i++) {
            if (LEX.names.givenScore(t.charAt(i)) < MIN_GIVEN_SCORE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t[from, end)} after the surname at {@code s} may be a given name: Han characters, none that never
     * stands in a name unless it is common at its place in two-character given names (more readily after a title:
     * 港鐵主席馬時亨, 醫生陳以誠, 公司負責人趙成方; not a last character that closes a phrase before the verb, 時).
     */
    static boolean possible(String t, int s, int from, int end, int lo) {
        for (int i = from; i < end; i++) {
            char c = t.charAt(i);
            int seen = i == end - 1 ? LEX.names.givenLast(c) : LEX.names.givenFirst(c);
            boolean closesGap = i == end - 1 && LEX.gapClosers.contains(c); // 副總理劉鶴時說: 時 'when', not a name's end
            int needed = end - from == 2 && !closesGap && titledFirst(t, s, end, lo) ? TITLED_GIVEN : COMMON_GIVEN;
            boolean common = end - from == 2 && (seen >= needed || i == from && (adverbOpensName(t, end) || commonEndCloses(t, end)));
            if (!Chars.isHan(c) || LEX.notNameChars.contains(c) && !common) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the first of a two-character given name ending at {@code end}, a character also used as an adverb
     * ({@code 亦}, {@code 又}), opens it: it often opens given names and the last character is a common end of names
     * that opens no verb and no word that stands before one ({@code 廖亦武聲稱}, {@code 董又霖說}; not 陳亦指, 李又再).
     */
    private static boolean adverbOpensName(String t, int end) {
        char last = t.charAt(end - 1);
        return LEX.between.contains(t, end - 2, end - 1) && LEX.names.givenFirst(t.charAt(end - 2)) >= ADVERB_FIRST_GIVEN && LEX.names.givenLast(last) >= ADVERB_LAST_GIVEN
                && !LEX.notNameChars.contains(last) && LEX.verbs.matchAt(t, end - 1, t.length()) == 0
                && LEX.between.matchAt(t, end - 1, t.length()) == 0;
    }

    /**
     * Whether the first of a two-character given name ending at {@code end}, a character otherwise kept out of names
     * ({@code 应}, {@code 生}), opens it all the same: it opens given names now and then, the last character is among
     * the commonest ends of given names, and the two make no common word ({@code 邓应红}, {@code 马生林}; not 生活, 应对), nor is the first a husband's surname
     * in a married name running on ({@code 陳方安生}).
     */
    private static boolean commonEndCloses(String t, int end) {
        char first = t.charAt(end - 2);
        char last = t.charAt(end - 1);
        return LEX.names.givenFirst(first) >= ADVERB_FIRST_GIVEN && LEX.names.givenLast(last) >= COMMON_GIVEN
                && !LEX.notNameChars.contains(last) && !LEX.names.commonWordPairs.contains(t, end - 2)
                && !LEX.notNames.contains(t, end - 2, end)
                && !(LEX.surnames.contains(first) && end < t.length() && LEX.names.givenLast(t.charAt(end)) >= COMMON_GIVEN);
    }

    /**
     * Whether a title ends right before the surname at {@code s} of a three-character candidate ending at {@code end},
     * which neither opens with a common word or an organisation's ending ({@code 大律師公會共發表}) nor is the start of
     * a Hong Kong married name running on ({@code 高官陳方安生}: 方 is a surname and 生 ends given names).
     */
    private static boolean titledFirst(String t, int s, int end, int lo) {
        return s > lo && LEX.titles.matchEndingAt(t, s, lo) > 0 && !LEX.names.commonWordPairs.contains(t, s)
                && LEX.orgSuffixes.matchAt(t, s + 1, end) == 0 && !(LEX.surnames.contains(t.charAt(s + 1))
                && end < t.length() && LEX.names.givenLast(t.charAt(end)) >= COMMON_GIVEN);
    }

    private GivenNames() {
    }
}
