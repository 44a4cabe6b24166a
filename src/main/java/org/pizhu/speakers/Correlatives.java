package org.pizhu.speakers;

/**
 * The paired 邊…，邊… ('while …, …') of a sentence whose subject is named once, before the first 邊
 * ({@code 阿琳邊替她塗抹乳液，邊說}, {@code 某某边制作，边介绍}): the clause the second one opens has no subject of its
 * own, so the subject of its verb is read before the first. (Without this the second 邊, also a surname, is read as a
 * bare surname speaking.)
 */
final class Correlatives {
    /** How far back in the sentence the first 邊 is looked for. */
    private static final int REACH = 40;
    /** Longest act between the two 邊 without a comma ({@code 阿博邊聽邊流淚說}). */
    private static final int SHORT_ACT = 2;
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private Correlatives() {
    }

    /**
     * Length from the character after a named subject to {@code e}, when a 邊 (or 一邊) opening a clause ends at
     * {@code e} and the same sentence has an earlier 邊 right after a name ({@code 阿琳|邊替她塗抹乳液，邊}), or when
     * one or two characters of an act stand between the two ({@code 阿博|邊聽邊}); else 0.
     */
    static int before(String t, int e, NameReader names, QuoteSpans quotes) {
        int w = LEX.alongside.matchEndingAt(t, e, Math.max(0, e - 2));
        int s = e - w;
        if (w == 0 || s == 0) {
            return 0;
        }
        boolean clause = Chars.isClauseBreak(t.charAt(s - 1)) || t.charAt(s - 1) == '、';
        for (int i = s - 2; i > 0 && s - i <= (clause ? REACH : SHORT_ACT + 1) && !Chars.isSentenceEnd(t.charAt(i)) && !quotes.inside(i); i--) {
            int first = LEX.alongside.matchEndingAt(t, i + 1, Math.max(0, i - 1));
            if (first == 0 || first != LEX.alongside.matchAt(t, i + 1 - first, i + 1)) {
                continue;
            }
            Mention m = names.endingAt(t, i + 1 - first, 0, quotes);
            if (m != null && m.strong() && m.kind() != Mention.Kind.SURNAME) {
                return e - (i + 1 - first);
            }
        }
        return 0;
    }
}
