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
        List<Mention> found = new ArrayList<>(0);
        for (int k = t.indexOf('下'); k >= 0; k = t.indexOf('下', k + 1)) {
            int v = LEX.questionings.matchEndingAt(t, k, Math.max(0, k - 2));
            int at = v == 0 ? -1 : k - v - 1;
            while (at >= 0 && k - at <= MAX_PHRASE + 2 && t.charAt(at) != '在' && !Chars.isClauseBreak(t.charAt(at))) {
                at--;
            }
            if (at < 0 || t.charAt(at) != '在' || k - v - at < 3) {
                continue;
            }
            int e = t.charAt(k - v - 1) == '的' ? k - v - 1 : k - v;
            Mention m = names.endingAt(t, e, at + 1, quotes);
            if (m != null && m.strong() && m.kind() == Mention.Kind.PERSON) {
                found.add(m);
            }
        }
        return found;
    }
}
