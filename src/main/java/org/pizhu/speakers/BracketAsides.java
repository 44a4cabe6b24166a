package org.pizhu.speakers;

/**
 * Bracketed asides that may stand between a speaker and the verb: a date or a position in a photo ({@code 今（8日）},
 * {@code （右）}), a Latin name ({@code （Grant Robertson）}) and short asides ({@code （化名）}, {@code （26歲）}).
 */
final class BracketAsides {
    /** One-character time words a bracketed date may follow (今（8日）). */
    private static final String DATED_WORDS = "今昨明";
    /** Characters that end a date (日, 號). */
    private static final String DAY_ENDS = "日號号";

    private BracketAsides() {
    }

    /**
     * Length of a bracketed aside such as {@code （5日）} or {@code （右）} ending at {@code e}, with the one-character
     * time word it dates ({@code 今（8日）}, {@code 昨（7日）}, and as Taiwanese papers write it {@code 今（28）日}), or 0.
     */
    static int dated(String t, int e) {
        if (e >= 5 && DAY_ENDS.indexOf(t.charAt(e - 1)) >= 0 && Chars.isCloseBracket(t.charAt(e - 2))) {
            int i = e - 3;
            while (i > 0 && Chars.isDigit(t.charAt(i))) {
                i--;
            }
            return i < e - 3 && Chars.isOpenBracket(t.charAt(i)) && DATED_WORDS.indexOf(t.charAt(i - 1)) >= 0 ? e - i + 1 : 0;
        }
        if (e < 3 || !Chars.isCloseBracket(t.charAt(e - 1))) {
            return 0;
        }
        for (int i = e - 2; i >= 0 && e - i <= 10; i--) {
            char c = t.charAt(i);
            if (Chars.isOpenBracket(c)) {
                boolean dated = i > 0 && DATED_WORDS.indexOf(t.charAt(i - 1)) >= 0 && DAY_ENDS.indexOf(t.charAt(e - 2)) >= 0;
                return dated ? e - i + 1 : e - i;
            }
            if (!(Chars.isDigit(c) || "日月時时左右中前後后排起一二三四五六圖图".indexOf(c) >= 0)) {
                return 0;
            }
        }
        return 0;
    }

    /** Length of a bracketed Latin name or phrase ending at {@code e} ({@code （Grant Robertson）}), or 0. */
    static int latin(String t, int e) {
        if (e < 3 || !Chars.isCloseBracket(t.charAt(e - 1))) {
            return 0;
        }
        for (int i = e - 2; i >= 0 && e - i <= 40; i--) {
            char c = t.charAt(i);
            if (Chars.isOpenBracket(c)) {
                return e - i > 2 ? e - i : 0;
            }
            if (!(Chars.isLatin(c) || " .'-".indexOf(c) >= 0)) {
                return 0;
            }
        }
        return 0;
    }

    /** Length of a short bracketed aside ({@code （化名）}, {@code （26歲）}) ending at {@code e}, or 0. */
    static int shortBefore(String t, int e) {
        if (e < 3 || !Chars.isCloseBracket(t.charAt(e - 1))) {
            return 0;
        }
        for (int i = e - 2; i >= 0 && e - i <= 8; i--) {
            if (Chars.isOpenBracket(t.charAt(i))) {
                return e - i;
            }
            if (Chars.isCloseBracket(t.charAt(i))) {
                return 0;
            }
        }
        return 0;
    }
}
