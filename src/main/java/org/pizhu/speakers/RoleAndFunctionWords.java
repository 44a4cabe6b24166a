package org.pizhu.speakers;

/**
 * Tells name candidates that are rather role words or function words ({@code 車長}, {@code 工程師}, {@code 對於},
 * {@code 曾} as an adverb) from names; used by {@link NameReader}. Every check is a bounded look-up.
 */
final class RoleAndFunctionWords {
    /**
     * Given-name count from which a character reads as a given name after a surname that is also an adverb or a
     * preposition (曾, 向, 于): below it the surname reads as the function word ({@code 某車長曾響號警告}).
     */
    private static final int MIN_FUNCTION_SURNAME_GIVEN = 20;

    private RoleAndFunctionWords() {
    }

    /**
     * Whether a candidate name from {@code s} to {@code end} is rather a role word or a function word: the tail of a
     * title ({@code 工程師} → 程師), a surname with a single role-ending character ({@code 車長}), a surname that ends
     * a clause opener or adverb ({@code 對於}, {@code 曾經}), or a surname that is also an adverb or a preposition
     * followed by characters rarely seen in given names ({@code 曾響號}) or by a verb ({@code 曾發出}).
     */
    static boolean notAName(String t, int s, int sl, int end, int lo) {
        Lexicon lex = Lexicon.INSTANCE;
        if (end - s == 3 && lex.titles.matchAt(t, s, end) == 2) {
            return true; // 管家肖和平: a title and the next name's surname, no name
        }
        for (int k = s + 2; k < end; k++) {
            if (lex.titles.matchEndingAt(t, k, Math.max(0, s - 6)) > k - s) {
                return true; // 总工程师颜某某: 程师颜 starts inside the title 工程师
            }
        }
        if (lex.titles.matchEndingAt(t, end, lo) > end - s
                || end - s == 2 && sl == 1 && lex.titleHeads.contains(t.charAt(end - 1))
                || end - s == 2 && end < t.length() && lex.orgSuffixes.matchAt(t, end, end + 1) == 1
                && lex.titles.matchAt(t, end, t.length()) == 0 && lex.titles.matchAt(t, end + 1, t.length()) > 1 // 商經局局長
                || lex.openers.matchEndingAt(t, s + 1, lo) > 1 || lex.between.matchEndingAt(t, s + 1, lo) > 1) {
            return true;
        }
        char c = t.charAt(s);
        if (sl != 1 || !lex.between.contains(c) && !lex.prepositions.contains(c)) {
            return false;
        }
        if (end - s == 2 && end < t.length() && lex.names.commonVerbPairs.contains(t, end - 1)) {
            return true; // 所以曾發出聲明: the adverb 曾 before a verb (發出), not a name
        }
        char last = t.charAt(end - 1);
        boolean lastCommon = lex.names.givenLast(last) + lex.names.givenSingle(last) >= MIN_FUNCTION_SURNAME_GIVEN;
        boolean titled = s > lo && lex.titles.matchEndingAt(t, s, Math.max(lo, s - 8)) > 0
                && !(s + 2 < t.length() && lex.names.commonVerbPairs.contains(t, s + 1));
        return end - s == 3 ? !titled && lex.names.givenFirst(t.charAt(s + 1)) < MIN_FUNCTION_SURNAME_GIVEN || !lastCommon
                : !lastCommon; // 大狀曾藹琪: after a title a rare first given character still makes a name
    }
}
