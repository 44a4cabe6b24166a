package org.pizhu.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the glyphs of one PDF page for reading and writes them as text lines: a recursive XY cut splits the page
 * at the widest blank gutter (columns, left to right) or, when there is none, at blank bands (top to bottom), so a
 * headline spanning the columns comes first, then each column, with boxes where they fall. Each final region is
 * written as lines (glyphs on one baseline, left to right); a blank line separates regions.
 */
final class PdfLayout {
    /** One glyph: its text and box in page space (y grows downwards), with its font size. */
    record Glyph(String text, float x, float baseline, float width, float size, String font) {
        float left() {
            return x;
        }

        float right() {
            return x + Math.max(width, 0.01f);
        }

        float top() {
            return baseline - 0.8f * size;
        }

        float bottom() {
            return baseline + 0.2f * size;
        }
    }

    /**
     * A written line: its text, median font size and style (font and size), whether it is set in from the region's
     * left edge (a paragraph indent) and whether it stops short of the region's right edge (a paragraph end).
     */
    record Line(String text, float size, String style, boolean indented, boolean isShort) {
    }

    /** Gutters narrower than this (in ems of the region's median font size) do not split columns. */
    private static final float MIN_GUTTER_EM = 0.9f;
    /** Blank bands lower than this (in ems) do not split a region vertically. */
    private static final float MIN_BAND_EM = 0.8f;
    private static final int MAX_DEPTH = 60;

    private PdfLayout() {
    }

    /** The page's regions in reading order, each a list of lines. */
    static List<List<Line>> read(List<Glyph> glyphs) {
        List<List<Line>> out = new ArrayList<>();
        cut(glyphs, out, 0);
        return out;
    }

    private static void cut(List<Glyph> glyphs, List<List<Line>> out, int depth) {
        if (glyphs.isEmpty()) {
            return;
        }
        float em = medianSize(glyphs);
        if (depth < MAX_DEPTH) {
            List<List<Glyph>> parts = split(glyphs, true, MIN_GUTTER_EM * em);
            if (parts == null) {
                parts = split(glyphs, false, MIN_BAND_EM * em);
            }
            if (parts != null) {
                for (List<Glyph> part : parts) {
                    cut(part, out, depth + 1);
                }
                return;
            }
        }
        out.add(lines(glyphs));
    }

    /**
     * Splits at every gap of at least {@code minGap} in the projection on the x axis ({@code vertical}) or the y axis;
     * null when there is none.
     */
    private static List<List<Glyph>> split(List<Glyph> glyphs, boolean vertical, float minGap) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(g -> vertical ? g.left() : g.top()));
        List<List<Glyph>> parts = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float reach = Float.NEGATIVE_INFINITY;
        for (Glyph g : sorted) {
            float start = vertical ? g.left() : g.top();
            if (!current.isEmpty() && start - reach >= minGap) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.add(g);
            reach = Math.max(reach, vertical ? g.right() : g.bottom());
        }
        parts.add(current);
        return parts.size() > 1 ? parts : null;
    }

    /** Groups a region's glyphs into lines by baseline and writes each line left to right. */
    private static List<Line> lines(List<Glyph> glyphs) {
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
        for (Glyph g : glyphs) {
            if (!g.text().equals(" ")) {
                left = Math.min(left, g.left());
                right = Math.max(right, g.right());
            }
        }
        List<Line> out = new ArrayList<>(rows.size());
        for (List<Glyph> r : rows) {
            r.sort(Comparator.comparingDouble(Glyph::x));
            StringBuilder sb = new StringBuilder();
            float prevRight = Float.NaN;
            for (Glyph g : r) {
                boolean gap = !Float.isNaN(prevRight) && g.left() - prevRight > 0.2f * g.size();
                boolean space = g.text().equals(" ") || gap;
                if (space && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                if (!g.text().equals(" ")) {
                    sb.append(g.text());
                }
                prevRight = g.right();
            }
            float size = medianSize(r);
            Glyph first = r.get(0);
            Glyph last = r.get(r.size() - 1);
            for (Glyph g : r) {
                if (!g.text().equals(" ")) {
                    last = g;
                    first = first.text().equals(" ") ? g : first;
                }
            }
            boolean indented = rows.size() > 1 && first.left() - left > 1.5f * size;
            boolean isShort = right - last.right() > 1.5f * size;
            String font = r.get(r.size() / 2).font();
            String style = font.substring(font.indexOf('+') + 1) + "@" + Math.round(size * 2);
            out.add(new Line(sb.toString().strip(), size, style, indented, isShort));
        }
        return out;
    }

    static float medianSize(List<Glyph> glyphs) {
        float[] sizes = new float[glyphs.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = glyphs.get(i).size();
        }
        Arrays.sort(sizes);
        return Math.max(1f, sizes[sizes.length / 2]);
    }
}
