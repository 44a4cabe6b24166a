package org.pizhu.speakers;

/**
 * A reply during which the words were said, between a speaker and the verb: {@code 某某回應議員某某質詢時稱},
 * {@code 某某回答記者提問時說}. The person replied to, named inside, never speaks through the verb after 時.
 */
final class Replies {
    /** Longest reply phrase read back from 時 to its reply verb. */
    private static final int REACH = 24;
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private Replies() {
    }

    /**
     * Length from the start of a reply verb to {@code e}, when 時 ends at {@code e} and a reply verb opens the phrase in
     * the same clause (the subject is read before it, across a time or a setting); else 0.
     */
    static int before(String t, int e, QuoteSpans quotes) {
        if (e < 4 || t.charAt(e - 1) != '時' && t.charAt(e - 1) != '时') {
            return 0;
        }
        for (int r = e - 3; r > 0 && e - r <= REACH; r--) {
            char c = t.charAt(r);
            if (Chars.isClauseBreak(c) || quotes.inside(r)) {
                return 0;
            }
            if (LEX.replyVerbs.matchAt(t, r, e) > 0) {
                return e - r;
            }
        }
        return 0;
    }
}
