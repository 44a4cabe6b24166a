package org.pizhu.speakers;

import java.util.List;

/**
 * Gives a quotation after a colon to the subject of the colon's clause when no speech verb introduces it, and the
 * paragraphs after one that ends in a speech verb and a colon to that verb's speaker.
 */
final class ColonQuotes {
    private final Subjects subjects;

    ColonQuotes(Subjects subjects) {
        this.subjects = subjects;
    }

    /**
     * {@code 某委员若有所思：“……”}: a colon before a quotation, with no speech verb in its clause, gives the quotation
     * to the person who is the clause's subject (the first person named in it). A quoted term after a colon
     * ({@code 分別為：「某某」中心}) is no speech. Added in text order.
     */
    void addCues(String t, QuoteSpans quotes, List<Cue> cues) {
        for (int q = 0; q < quotes.count(); q++) {
            int colon = quotes.start(q) - 1;
            if (colon < 1 || (t.charAt(colon) != '：' && t.charAt(colon) != ':') || !quotes.isSpeech(t, q)) {
                continue;
            }
            int s = colon;
            while (s > 0 && colon - s < 60 && !Chars.isSentenceEnd(t.charAt(s - 1)) && !Chars.isCloseQuote(t.charAt(s - 1))
                    && !quotes.inside(s - 1)) {
                s--;
            }
            boolean hasCue = false;
            for (Cue c : cues) {
                hasCue |= c.verbEnd() > s && c.verbStart() <= colon;
            }
            if (hasCue) {
                continue;
            }
            Mention m = subjects.firstPersonBetween(t, s, colon, quotes);
            if (m != null) {
                int at = 0;
                while (at < cues.size() && cues.get(at).verbStart() < colon) {
                    at++;
                }
                cues.add(at, new Cue(m, colon, colon + 1, false));
            }
        }
    }

    /** The speaker of a cue in a last sentence that ends with a colon and nothing after it ({@code 他續說：}), or null. */
    static SpeakerBook.Entry turn(String t, QuoteSpans quotes, List<Cue> counted,
                                   List<SpeakerBook.Entry> entries) {
        int n = t.stripTrailing().length();
        if (n == 0 || t.charAt(n - 1) != '：' && t.charAt(n - 1) != ':' || counted.isEmpty() || quotes.inside(n - 1)) {
            return null;
        }
        int s = n - 1;
        while (s > 0 && !(Chars.isSentenceEnd(t.charAt(s - 1)) && !quotes.inside(s - 1))) {
            s--;
        }
        Cue last = counted.get(counted.size() - 1);
        return last.verbStart() >= s ? entries.get(counted.size() - 1) : null;
    }
}
