package org.pizhu.speakers;

import java.util.List;
import org.pizhu.document.Block;

/**
 * Gives each quotation of a block to a speaker: the one whose cue follows it directly ({@code 「……」陳大文說}), else
 * the last cue before it, else the block's speaker; short quoted terms without clause punctuation are not speech.
 */
final class QuoteAttribution {
    private QuoteAttribution() {
    }

    static void attribute(Block b, QuoteSpans quotes, List<Cue> cues, List<SpeakerBook.Entry> entries,
                                        SpeakerBook.Entry blockSpeaker) {
        String t = b.text();
        int next = 0;
        for (int i = 0; i < quotes.count(); i++) {
            int qs = quotes.start(i);
            int qe = quotes.end(i);
            int after = qe;
            while (after < t.length() && after - qe < 2 && "，,。：: ".indexOf(t.charAt(after)) >= 0) {
                after++;
            }
            SpeakerBook.Entry who = null;
            boolean direct = false;
            while (next < cues.size() && cues.get(next).verbEnd() <= qs) {
                next++;
            }
            for (int k = next; k < cues.size() && cues.get(k).mention().start() <= after; k++) {
                if (cues.get(k).mention().start() == after) {
                    who = entries.get(k);
                    direct = true;
                }
            }
            if (who == null && next > 0) {
                who = entries.get(next - 1);
                direct = cues.get(next - 1).verbEnd() >= qs - 2;
            }
            if (who == null) {
                who = blockSpeaker;
            }
            int cs = qs + 1;
            int ce = Chars.isCloseQuote(t.charAt(qe - 1)) && qe - 1 > qs ? qe - 1 : qe;
            if (who == null || ce <= cs || !(direct || ce - cs >= 12 || hasClausePunct(t, cs, ce))) {
                continue;
            }
            who.quotes.add(new Quote(b.index(), cs, ce, who.name));
            who.statements.add(b.index());
        }
    }

    private static boolean hasClausePunct(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Chars.isClausePunct(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
