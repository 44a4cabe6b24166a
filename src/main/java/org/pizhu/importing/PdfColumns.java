package org.pizhu.importing;

import java.util.ArrayList;
import java.util.List;
import org.pizhu.importing.PdfLayout.Glyph;

/**
 * Keeps the columns of a page together when its bands are cut apart. A page whose running head or page number sits
 * across the gutter cannot be cut into columns at once; it is cut into blank bands first, and where a picture in one
 * column faces a gap between paragraphs in the other, a band runs across both columns. Neighbouring bands that leave
 * the same gutter free, with text on both sides of it, are one stretch of columns again and are cut at the gutter.
 */
final class PdfColumns {
    private PdfColumns() {
    }

    /**
     * The bands (top to bottom) with each run of neighbours that share a gutter at least {@code minGap} wide, with
     * text left and right of it, joined into one part; the bands unchanged when no run or only one run joins them all.
     * Each band is looked at once (a run without text on both sides of its gutter stays apart), so a page of many
     * bands costs no more than its glyphs.
     */
    static List<List<Glyph>> joinColumnBands(List<List<Glyph>> bands, float minGap) {
        List<List<Glyph>> out = new ArrayList<>();
        int i = 0;
        while (i < bands.size()) {
            List<float[]> free = freeSpans(bands.get(i), minGap);
            int end = i + 1;
            while (end < bands.size()) {
                List<float[]> shared = intersect(free, freeSpans(bands.get(end), minGap), minGap);
                if (shared.isEmpty()) {
                    break;
                }
                free = shared;
                end++;
            }
            if (end - i > 1 && twoSided(bands.subList(i, end), free)) {
                List<Glyph> joined = new ArrayList<>();
                bands.subList(i, end).forEach(joined::addAll);
                out.add(joined);
            } else {
                out.addAll(bands.subList(i, end));
            }
            i = end;
        }
        return out.size() > 1 ? out : bands;
    }

    /** Whether all glyphs sit on one row: their boxes share a height, so the row cannot be columns of text. */
    static boolean oneRow(List<Glyph> glyphs) {
        float lowestTop = Float.NEGATIVE_INFINITY;
        float highestBottom = Float.POSITIVE_INFINITY;
        for (Glyph g : glyphs) {
            lowestTop = Math.max(lowestTop, g.top());
            highestBottom = Math.min(highestBottom, g.bottom());
        }
        return lowestTop < highestBottom;
    }

    /**
     * Whether cutting at these gutters would cut a short label off the line it leads (a section number set a quad
     * before its title, {@code 3.2　結果}): a one-row part at most {@value #MAX_LABEL_EM} ems wide whose row goes on in
     * the next part within {@value #MAX_LABEL_GAP_EM} ems.
     */
    static boolean cutsLabelOff(List<List<Glyph>> parts, float em) {
        for (int i = 0; i + 1 < parts.size(); i++) {
            List<Glyph> label = parts.get(i);
            if (!oneRow(label)) {
                continue;
            }
            float left = Float.POSITIVE_INFINITY;
            float right = Float.NEGATIVE_INFINITY;
            for (Glyph g : label) {
                left = Math.min(left, g.left());
                right = Math.max(right, g.right());
            }
            if (right - left > MAX_LABEL_EM * em) {
                continue;
            }
            float baseline = label.get(0).baseline();
            for (Glyph g : parts.get(i + 1)) {
                if (Math.abs(g.baseline() - baseline) < 0.3f * em && g.left() - right < MAX_LABEL_GAP_EM * em) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Widest label (ems) kept on its line: a section number such as {@code 12.3.4}. */
    private static final float MAX_LABEL_EM = 3f;
    /** Widest gap (ems) between a label and its line. */
    private static final float MAX_LABEL_GAP_EM = 2.5f;

    /** The blank spans across the band's x axis at least {@code minGap} wide, open to either side of the page. */
    private static List<float[]> freeSpans(List<Glyph> band, float minGap) {
        List<Glyph> sorted = new ArrayList<>(band);
        sorted.sort((a, b) -> Float.compare(a.left(), b.left()));
        List<float[]> free = new ArrayList<>();
        float reach = Float.NEGATIVE_INFINITY;
        for (Glyph g : sorted) {
            if (g.left() - reach >= minGap) {
                free.add(new float[] {reach, g.left()});
            }
            reach = Math.max(reach, g.right());
        }
        free.add(new float[] {reach, Float.POSITIVE_INFINITY});
        return free;
    }

    /** The spans free in both bands, bounded on both sides: the margins two bands share are no gutter. */
    private static List<float[]> intersect(List<float[]> a, List<float[]> b, float minGap) {
        List<float[]> out = new ArrayList<>();
        for (float[] x : a) {
            for (float[] y : b) {
                float from = Math.max(x[0], y[0]);
                float to = Math.min(x[1], y[1]);
                if (to - from >= minGap && from > Float.NEGATIVE_INFINITY && to < Float.POSITIVE_INFINITY) {
                    out.add(new float[] {from, to});
                }
            }
        }
        return out;
    }

    /** Whether one of the shared spans has text on both sides of it in the joined bands: a gutter, not a margin. */
    private static boolean twoSided(List<List<Glyph>> bands, List<float[]> spans) {
        for (float[] s : spans) {
            boolean left = false;
            boolean right = false;
            for (List<Glyph> band : bands) {
                for (Glyph g : band) {
                    left |= g.right() <= s[0];
                    right |= g.left() >= s[1];
                }
            }
            if (left && right) {
                return true;
            }
        }
        return false;
    }
}
