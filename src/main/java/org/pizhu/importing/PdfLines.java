package org.pizhu.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.pizhu.importing.PdfLayout.Glyph;
import org.pizhu.importing.PdfLayout.Line;
import org.pizhu.importing.PdfLayout.Region;

/**
 * Writes the glyphs of one PDF region as text lines: rows by baseline, words and table cells by the gaps between
 * glyphs, and each line's layout facts (indent, short of the measure, first unbreakable unit, style).
 */
final class PdfLines {
    /** Gaps inside a line at least this wide (in ems) separate table cells. */
    private static final float CELL_GAP_EM = 0.9f;
    /** Punctuation that cannot start a line: a line break never falls before it, so it travels with the glyph before. */
    private static final String CLOSING = "，。、；：！？」』）》〉】”’…—,.;:!?)";

    private PdfLines() {
    }

    /** Groups a region's glyphs into lines by baseline and writes each line left to right. */
    static Region region(List<Glyph> glyphs, boolean box) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        float base = Float.NaN;
        for (Glyph g : sorted) {
            if (!row.isEmpty() && Math.abs(g.baseline() - base) > 0.5f * Math.max(1f, Math.min(g.size(), row.get(0).size()))) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                base = g.baseline();
            }
            row.add(g);
        }
        rows.add(row);
        float left = Float.POSITIVE_INFINITY;
        float right = Float.NEGATIVE_INFINITY;
        float top = Float.POSITIVE_INFINITY;
        float bottom = Float.NEGATIVE_INFINITY;
        for (Glyph g : glyphs) {
            if (!g.text().equals(" ")) {
                left = Math.min(left, g.left());
                right = Math.max(right, g.right());
                top = Math.min(top, g.top());
                bottom = Math.max(bottom, g.bottom());
            }
        }
        right = measure(rows, right);
        List<Line> out = new ArrayList<>(rows.size());
        for (List<Glyph> r : rows) {
            r.sort(Comparator.comparingDouble(Glyph::x));
            float size = PdfLayout.medianSize(r);
            StringBuilder sb = new StringBuilder();
            float prevRight = Float.NaN;
            int cells = 1;
            List<Float> starts = new ArrayList<>();
            float lineTop = Float.POSITIVE_INFINITY;
            float lineBottom = Float.NEGATIVE_INFINITY;
            Glyph first = null;
            Glyph last = null;
            for (Glyph g : r) {
                boolean blank = g.text().equals(" ");
                float gapWidth = Float.isNaN(prevRight) ? 0 : g.left() - prevRight;
                boolean space = blank || gapWidth > 0.2f * g.size();
                if (space && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                if (!blank) {
                    if (gapWidth > CELL_GAP_EM * size) {
                        cells++;
                        starts.add(g.left());
                    }
                    sb.append(g.text());
                    prevRight = g.right();
                    first = first == null ? g : first;
                    last = g;
                    lineTop = Math.min(lineTop, g.top());
                    lineBottom = Math.max(lineBottom, g.bottom());
                }
            }
            if (first == null) {
                continue;
            }
            boolean indented = rows.size() > 1 && first.left() - left > 1.5f * size;
            boolean isShort = right - last.right() > 1.5f * size;
            String style = mainFont(r) + "@" + Math.round(size * 2);
            float word = first.right();
            boolean latin = isWordGlyph(first);
            for (Glyph g : r) {
                if (g.left() > first.left() && g.left() - word < 0.2f * size) {
                    if (latin ? isWordGlyph(g) : CLOSING.indexOf(g.text().charAt(0)) >= 0) {
                        word = Math.max(word, g.right());
                    } else {
                        break;
                    }
                }
            }
            out.add(new Line(sb.toString().strip(), size, style, indented, isShort, first.left(), lineTop, last.right(),
                    lineBottom, cells, word - first.left(), right, toArray(starts)));
        }
        return new Region(out, left, top, right, bottom, PdfLayout.medianSize(glyphs), box);
    }

    /**
     * The right edge of the region's measure: the furthest right edge that at least two lines reach (within half an
     * em), so one line running into the margin (hanging punctuation) does not make every other line look short.
     */
    private static float measure(List<List<Glyph>> rows, float max) {
        if (rows.size() < 3) {
            return max;
        }
        float[] rights = new float[rows.size()];
        float em = 0;
        for (int i = 0; i < rights.length; i++) {
            rights[i] = Float.NEGATIVE_INFINITY;
            for (Glyph g : rows.get(i)) {
                if (!g.text().equals(" ")) {
                    rights[i] = Math.max(rights[i], g.right());
                    em = Math.max(em, g.size());
                }
            }
        }
        Arrays.sort(rights);
        for (int i = rights.length - 1; i > 0; i--) {
            if (rights[i] - rights[i - 1] <= 0.5f * em) {
                return rights[i];
            }
        }
        return max;
    }

    private static float[] toArray(List<Float> xs) {
        float[] a = new float[xs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = xs.get(i);
        }
        return a;
    }

    private static boolean isWordGlyph(Glyph g) {
        char c = g.text().charAt(0);
        return Character.isLetterOrDigit(c) && !StructuredText.isCjk(c);
    }

    /**
     * The font most of the row's glyphs are set in (subset prefix removed), counting only its CJK glyphs when it has
     * any: Latin words and digits in a CJK line come from another font and do not change its style.
     */
    private static String mainFont(List<Glyph> row) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        boolean cjk = row.stream().anyMatch(g -> StructuredText.isCjk(g.text().charAt(0)));
        for (Glyph g : row) {
            if (!g.text().equals(" ") && (!cjk || StructuredText.isCjk(g.text().charAt(0)))) {
                count.merge(g.font(), 1, Integer::sum);
            }
        }
        String font = count.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse("");
        return font.substring(font.indexOf('+') + 1);
    }
}
