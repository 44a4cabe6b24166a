package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads who questions a witness in a court or inquiry report ({@code 在家屬代表大狀某某查問下，證人透露…}): the person
 * named between 在 and a verb of questioning before 下 takes part in the exchange, as a speaker of the block, while the
 * block's words stay the witness's.
 */
final class Questioners {
    /** How far 下 may stand from 在 (a title, a name and the verb). */
    private static final int MAX_PHRASE = 24;
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private Questioners() {
    }

    /** The questioners named in {@code t}, in text order. */
    static List<Mention> in(String t, NameReader names, QuoteSpans quotes) {
        List<Mention> found = new ArrayList<>();
        for (int at = t.indexOf('在'); at >= 0; at = t.indexOf('在', at + 1)) {
            for (int i = at + 3; i < t.length() - 2 && i - at <= MAX_PHRASE && !Chars.isClauseBreak(t.charAt(i)); i++) {
                int v = LEX.questionings.matchAt(t, i, t.length());
                if (v > 0 && i + v < t.length() && t.charAt(i + v) == '下') {
                    int e = t.charAt(i - 1) == '的' ? i - 1 : i;
                    Mention m = names.endingAt(t, e, at + 1, quotes);
                    if (m != null && m.strong() && m.kind() == Mention.Kind.PERSON) {
                        found.add(m);
                    }
                    break;
                }
            }
        }
        return found;
    }
}
