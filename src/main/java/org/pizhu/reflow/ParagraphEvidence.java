package org.pizhu.reflow;

import java.util.List;

/**
 * What a document's certain paragraph breaks (a sentence that ends on a short line) say about its paragraphs, against
 * its sentence breaks inside lines (where no paragraph ends): how many sentences and lines a paragraph has, and how
 * much more often a paragraph than a sentence ends in a closing quote, or starts with an opening one; and how much
 * more often a blank line (a column or page break) or a line without punctuation follows a paragraph's end than a
 * line that runs on mid-sentence. Read once
 * before grouping; the {@link BreakModel} weighs a doubtful break with it.
 */
final class ParagraphEvidence {
    /** Paragraph lengths (sentence ends) counted apart; longer ones count as this long. */
    private static final int MAX_LENGTH = 8;
    /** Added to every count (Laplace), so a document with few breaks says little. */
    private static final double PRIOR = 1.0;

    final double typicalStops;
    final double typicalLines;
    private final double closerYes;
    private final double closerNo;
    private final double openerYes;
    private final double openerNo;
    private final double[] gap;
    private final double[] bare;
    /** Certain paragraphs by their number of sentence ends (the last cell counts that many or more). */
    private final int[] lengths;

    private ParagraphEvidence(double typicalStops, double typicalLines, double[] closer, double[] opener,
            double[] gap, double[] bare, int[] lengths) {
        this.lengths = lengths;
        this.gap = gap;
        this.bare = bare;
        this.typicalStops = typicalStops;
        this.typicalLines = typicalLines;
        this.closerYes = closer[0];
        this.closerNo = closer[1];
        this.openerYes = opener[0];
        this.openerNo = opener[1];
    }

    /** Reads the evidence of the body lines (not captions, headlines, bylines or credits) of a document. */
    static ParagraphEvidence of(List<Segment> segs, String source) {
        int ends = 0;
        int endsClosed = 0;
        int starts = 0;
        int startsOpened = 0;
        int inner = 0;
        int innerClosed = 0;
        int innerOpened = 0;
        int stops = 0;
        int lines = 0;
        int endsGap = 0;
        int startsBare = 0;
        int runOns = 0;
        int runOnsGap = 0;
        int runOnsBare = 0;
        int[] lengths = new int[MAX_LENGTH + 1];
        int since = 0;
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            if (s.caption || s.setApart()) {
                continue;
            }
            stops += s.stops;
            lines++;
            since += s.stops;
            inner += s.innerStops;
            innerClosed += s.innerCloserStops;
            innerOpened += s.innerOpenerStarts;
            if (!s.full() && s.endsSentence && i + 1 < segs.size()) {
                ends++;
                endsClosed += Chars.isCloser(source.charAt(s.end - 1)) ? 1 : 0;
                Segment n = segs.get(i + 1);
                endsGap += s.gapAfter > 0 ? 1 : 0;
                lengths[Math.min(since, MAX_LENGTH)]++;
                since = 0;
                if (!n.caption && !n.setApart()) {
                    starts++;
                    startsOpened += Chars.isOpener(n.first) ? 1 : 0;
                    startsBare += n.hasClausePunct ? 0 : 1;
                }
            } else if (s.full() && !s.endsSentence && i + 1 < segs.size()) {
                runOns++;
                runOnsGap += s.gapAfter > 0 ? 1 : 0;
                runOnsBare += segs.get(i + 1).hasClausePunct ? 0 : 1;
            }
        }
        return new ParagraphEvidence((stops + 1.0) / (ends + 1.0), (lines + 1.0) / (ends + 1.0),
                logRatios(endsClosed, ends, innerClosed, inner), logRatios(startsOpened, starts, innerOpened, inner),
                logRatios(endsGap, ends, runOnsGap, runOns), logRatios(startsBare, starts, runOnsBare, runOns), lengths);
    }

    /** Log likelihood ratios (paragraph break against sentence break) of a cue's presence and of its absence. */
    private static double[] logRatios(int atBreaks, int breaks, int inside, int sentences) {
        double pb = (atBreaks + PRIOR) / (breaks + 2 * PRIOR);
        double ps = (inside + PRIOR) / (sentences + 2 * PRIOR);
        return new double[] {Math.log(pb / ps), Math.log((1 - pb) / (1 - ps))};
    }

    /** Evidence for a paragraph end from whether the line ends in a closing quote. */
    double closer(boolean closed) {
        return closed ? closerYes : closerNo;
    }

    /**
     * The log odds that a paragraph with {@code stops} sentence ends so far ends here, from how many of the
     * document's certain paragraphs have that many against how many have at least that many (smoothed to even odds).
     */
    double hazard(int stops) {
        int k = Math.min(Math.max(stops, 1), MAX_LENGTH);
        int atLeast = 0;
        for (int j = k; j <= MAX_LENGTH; j++) {
            atLeast += lengths[j];
        }
        double h = (lengths[k] + PRIOR) / (atLeast + 2 * PRIOR);
        return Math.log(h / (1 - h));
    }

    /** Evidence for a paragraph end from whether a blank line follows. */
    double gap(boolean blank) {
        return blank ? gap[0] : gap[1];
    }

    /** Evidence for a paragraph end from whether the next line has no clause punctuation. */
    double bare(boolean withoutPunct) {
        return withoutPunct ? bare[0] : bare[1];
    }

    /** Evidence for a paragraph end from whether the next line opens with a quote. */
    double opener(boolean opened) {
        return opened ? openerYes : openerNo;
    }
}
