package org.pizhu.speakers;

/**
 * Directives a leader gives with the words they carry ({@code 某某对规划编制工作作出重要指示强调}): the directive and
 * what it is about stand between the speaker and the verb.
 */
final class Directives {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Longest 对 phrase naming what a directive is about ({@code 对“十五五”规划编制工作}). */
    private static final int SUBJECT_MATTER = 24;

    private Directives() {
    }

    /**
     * Length of a directive right before the verb ({@code 作出重要指示强调}), with the 对 phrase of what it is about
     * before it, quotation marks allowed inside, within {@value #SUBJECT_MATTER} characters; or 0.
     */
    static int before(String t, int e) {
        int g = e - LEX.directives.matchEndingAt(t, e, Math.max(0, e - 8));
        for (int j = g - 1; g < e && j >= 1 && g - j <= SUBJECT_MATTER; j--) {
            char c = t.charAt(j);
            if (c == '对' || c == '對') {
                return e - j;
            }
            if (Chars.isClauseBreak(c) && !Chars.isQuote(c)) {
                break;
            }
        }
        return e - g;
    }
}
