package org.pizhu.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the glyphs of one PDF page for reading and writes them as regions of text lines. Framed boxes (a drawn
 * rectangle around text: sidebars; not the cells of a ruled or striped table, which adjoin each other) are read
 * apart, as their own regions, where they fall in the reading order.
 * The rest is cut recursively (XY cut): at the widest blank gutter into columns, left to right, or, when there is
 * none, at blank bands, top to bottom; a headline spanning the columns comes first, then each column. A gutter
 * between parts whose lines sit on shared rows and are not running text (table cells) does not cut: the table is
 * read row by row; one row is never cut (a section number and its title), and bands that share a gutter are cut
 * into columns together ({@link PdfColumns}). Superscripts (smaller glyphs raised just after a glyph) stay on their line where they are.
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

        Glyph onBaseline(float newBaseline, float newSize) {
            return new Glyph(text, x, newBaseline, width, newSize, font);
        }
    }

    /** A drawn rectangle or image in page space (y grows downwards). */
    record Rect(float left, float top, float right, float bottom) {
        float width() {
            return right - left;
        }

        float height() {
            return bottom - top;
        }

        boolean contains(Glyph g) {
            float cx = (g.left() + g.right()) / 2;
            return cx > left && cx < right && g.baseline() > top && g.baseline() - 0.5f * g.size() < bottom;
        }

        boolean contains(Rect r) {
            return r.left >= left - 0.5f && r.right <= right + 0.5f && r.top >= top - 0.5f && r.bottom <= bottom + 0.5f;
        }
    }

    /**
     * A written line: its text, median font size and style (font and size), whether it is set in from the region's
     * left edge (a paragraph indent), whether it stops short of the region's right edge (a paragraph end), its box,
     * the number of cells it has (runs of text apart by wide gaps: more than one in a table row), the width of its
     * first unbreakable unit, the right edge of its region's measure, and where its second and later cells start.
     */
    record Line(String text, float size, String style, boolean indented, boolean isShort, float left, float top,
            float right, float bottom, int cells, float firstWord, float regionRight, float[] cellStarts) {
        /** Whether this line and {@code other} both have several cells and one of their cells starts at the same x. */
        boolean sharesCellWith(Line other) {
            for (float a : cellStarts) {
                for (float b : other.cellStarts) {
                    if (Math.abs(a - b) < 0.5f * size) {
                        return true;
                    }
                }
            }
            return false;
        }
        /** Whether this line stops short of the region's right edge by more than {@code next}'s first word needs. */
        boolean endsBefore(Line next) {
            return regionRight - right > Math.max(1.5f * size, next.firstWord() + 0.5f * size);
        }
    }

    /** A region of lines in reading order, its box, median size, and whether it is the inside of a framed box. */
    record Region(List<Line> lines, float left, float top, float right, float bottom, float size, boolean box) {
    }

    /**
     * A page: its regions in reading order, its pictures (rectangles and images without text inside) and its framed
     * boxes.
     */
    record Page(List<Region> regions, List<Rect> pictures, List<Rect> frames) {
    }

    /** Gutters narrower than this (in ems of the region's median font size) do not split columns. */
    private static final float MIN_GUTTER_EM = 0.9f;
    /** Blank bands lower than this (in ems) do not split a region vertically. */
    private static final float MIN_BAND_EM = 0.8f;
    private static final int MAX_DEPTH = 60;
    /** Rectangles of a page looked at as boxes or pictures (the first ones drawn): bounds the work on hostile files. */
    private static final int MAX_BOX_CANDIDATES = 256;

    private PdfLayout() {
    }

    /** The page's regions in reading order. */
    static Page read(List<Glyph> glyphs, List<Rect> rects) {
        List<Glyph> lifted = liftSuperscripts(glyphs);
        List<Rect> frames = new ArrayList<>();
        List<Rect> graphics = new ArrayList<>();
        float em = lifted.isEmpty() ? 10 : medianSize(lifted);
        int candidates = 0;
        for (Rect r : rects) {
            if (r.width() < 2 * em || r.height() < 1.5f * em || ++candidates > MAX_BOX_CANDIDATES) {
                continue;
            }
            int inside = 0;
            for (Glyph g : lifted) {
                if (r.contains(g)) {
                    inside++;
                }
            }
            if (inside == 0) {
                graphics.add(r);
            } else if (inside < 0.8 * lifted.size()) {
                frames.add(r);
            }
        }
        List<Rect> cells = frames.stream().filter(r -> frames.stream().anyMatch(o -> o != r && adjoins(r, o))).toList();
        frames.removeAll(cells);
        frames.removeIf(r -> frames.stream().anyMatch(o -> o != r && o.contains(r) && !r.contains(o)));
        List<Region> out = new ArrayList<>();
        List<Glyph> main = new ArrayList<>(lifted.size());
        List<List<Glyph>> boxed = new ArrayList<>();
        frames.forEach(f -> boxed.add(new ArrayList<>()));
        for (Glyph g : lifted) {
            int in = -1;
            for (int i = 0; i < frames.size() && in < 0; i++) {
                in = frames.get(i).contains(g) ? i : -1;
            }
            if (in < 0) {
                main.add(g);
            } else {
                boxed.get(in).add(g);
            }
        }
        for (int i = 0; i < frames.size(); i++) {
            if (!boxed.get(i).isEmpty()) {
                Rect f = frames.get(i);
                main.add(new Glyph(BOX + i, f.left(), f.bottom() - 0.2f * em, f.width(), em, ""));
            }
        }
        cut(main, out, 0, boxed);
        return new Page(out, graphics, frames);
    }

    /**
     * Whether two rectangles are neighbouring cells of a grid (a ruled or striped table): side by side with the same
     * top and bottom, or stacked with the same left and right, touching.
     */
    private static boolean adjoins(Rect a, Rect b) {
        float tol = 3f;
        boolean sideBySide = Math.abs(a.top() - b.top()) < tol && Math.abs(a.bottom() - b.bottom()) < tol
                && (Math.abs(a.right() - b.left()) < tol || Math.abs(b.right() - a.left()) < tol);
        boolean stacked = Math.abs(a.left() - b.left()) < tol && Math.abs(a.right() - b.right()) < tol
                && (Math.abs(a.bottom() - b.top()) < tol || Math.abs(b.bottom() - a.top()) < tol);
        return sideBySide || stacked;
    }

    /** Marker text of the stand-in glyph that holds a framed box's place in the cut. */
    private static final String BOX = "\u0000box";

    /**
     * Moves a smaller glyph set just after (or, at the start of a line, just before) another and raised above its
     * baseline (a superscript citation mark) onto that baseline and size, so it stays inside its line where it is.
     */
    private static List<Glyph> liftSuperscripts(List<Glyph> glyphs) {
        List<Glyph> out = new ArrayList<>(glyphs.size());
        Glyph prev = null;
        for (Glyph g : glyphs) {
            Glyph h = g;
            if (prev != null && !g.text().equals(" ") && g.size() < 0.85f * prev.size()) {
                float raise = prev.baseline() - g.baseline();
                float dx = g.left() - prev.right();
                if (raise > 0.1f * prev.size() && raise < 0.75f * prev.size() && dx > -0.3f * prev.size() && dx < 0.6f * prev.size()) {
                    h = g.onBaseline(prev.baseline(), prev.size());
                }
            }
            out.add(h);
            if (!h.text().equals(" ")) {
                prev = h;
            }
        }
        Glyph next = null;
        for (int i = out.size() - 1; i >= 0; i--) {
            Glyph g = out.get(i);
            if (g.text().equals(" ")) {
                continue;
            }
            if (next != null && g.size() < 0.85f * next.size()) {
                float raise = next.baseline() - g.baseline();
                float dx = next.left() - g.right();
                if (raise > 0.1f * next.size() && raise < 0.75f * next.size() && dx > -0.3f * next.size() && dx < 0.6f * next.size()) {
                    g = g.onBaseline(next.baseline(), next.size());
                    out.set(i, g);
                }
            }
            next = g;
        }
        return out;
    }

    private static void cut(List<Glyph> glyphs, List<Region> out, int depth, List<List<Glyph>> boxed) {
        if (glyphs.isEmpty()) {
            return;
        }
        float em = medianSize(glyphs);
        if (depth < MAX_DEPTH) {
            List<List<Glyph>> parts = PdfColumns.oneRow(glyphs) ? null : split(glyphs, true, MIN_GUTTER_EM * em);
            if (parts != null) {
                parts = PdfColumns.cutsLabelOff(parts, em) ? null : PdfTables.merge(parts, em);
            }
            if (parts == null) {
                parts = split(glyphs, false, MIN_BAND_EM * em);
                if (parts != null) {
                    parts = PdfColumns.joinColumnBands(parts, MIN_GUTTER_EM * em);
                }
            }
            if (parts != null) {
                for (List<Glyph> part : parts) {
                    cut(part, out, depth + 1, boxed);
                }
                return;
            }
        }
        List<Glyph> text = new ArrayList<>(glyphs.size());
        List<Glyph> boxes = new ArrayList<>();
        for (Glyph g : glyphs) {
            (g.text().startsWith(BOX) ? boxes : text).add(g);
        }
        float textTop = text.isEmpty() ? Float.POSITIVE_INFINITY : median(text, true);
        for (Glyph b : boxes) {
            if (b.top() <= textTop) {
                box(b, out, boxed);
            }
        }
        if (!text.isEmpty()) {
            out.add(PdfLines.region(text, false));
        }
        for (Glyph b : boxes) {
            if (b.top() > textTop) {
                box(b, out, boxed);
            }
        }
    }

    private static void box(Glyph stand, List<Region> out, List<List<Glyph>> boxed) {
        List<Glyph> inside = boxed.get(Integer.parseInt(stand.text().substring(BOX.length())));
        List<Region> regions = new ArrayList<>();
        cut(inside, regions, 1, List.of());
        for (Region r : regions) {
            out.add(new Region(r.lines(), r.left(), r.top(), r.right(), r.bottom(), r.size(), true));
        }
    }

    /**
     * Splits at every gap of at least {@code minGap} in the projection on the x axis ({@code vertical}) or the y axis;
     * null when there is none.
     */
    private static List<List<Glyph>> split(List<Glyph> glyphs, boolean vertical, float minGap) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(g -> vertical ? g.left() : g.top()));
        if (!vertical) {
            minGap = Math.max(minGap, lineGap(sorted) + 0.5f * minGap / MIN_BAND_EM);
        }
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

    /**
     * The usual blank between lines of the (top-sorted) glyphs: the most frequent vertical gap (to half a point, the
     * narrowest of equally frequent ones) when there are at least three, else 0. A blank band must be clearly wider
     * than it, so generous leading does not cut every line.
     */
    private static float lineGap(List<Glyph> sortedByTop) {
        List<Float> gaps = new ArrayList<>();
        float reach = Float.NEGATIVE_INFINITY;
        for (Glyph g : sortedByTop) {
            if (g.top() > reach && reach > Float.NEGATIVE_INFINITY) {
                gaps.add(g.top() - reach);
            }
            reach = Math.max(reach, g.bottom());
        }
        if (gaps.size() < 3) {
            return 0;
        }
        java.util.Map<Integer, Integer> count = new java.util.TreeMap<>();
        for (float g : gaps) {
            count.merge(Math.round(g * 2), 1, Integer::sum);
        }
        int best = -1;
        int most = 0;
        for (java.util.Map.Entry<Integer, Integer> e : count.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best / 2f;
    }

    static float median(List<Glyph> glyphs, boolean top) {
        float[] v = new float[glyphs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = top ? glyphs.get(i).top() : glyphs.get(i).size();
        }
        Arrays.sort(v);
        return v[v.length / 2];
    }

    static float medianSize(List<Glyph> glyphs) {
        return Math.max(1f, median(glyphs, false));
    }
}
