package org.pizhu.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pizhu.importing.PdfLayout.Glyph;
import org.pizhu.importing.PdfLayout.Line;

/**
 * Tells the columns of a table from columns of text among the parts of a PDF region cut at its gutters: parts whose
 * lines are not running text and sit on shared rows are one table, read row by row.
 */
final class PdfTables {
    /** Parts with more lines than this are not table columns. */
    private static final int MAX_TABLE_ROWS = 300;

    private PdfTables() {
    }

    /**
     * Joins runs of neighbouring parts that are the columns of one table ({@link #isTable}) back into one part; null
     * when the whole region is one table (it is then not cut at its gutters).
     */
    static List<List<Glyph>> merge(List<List<Glyph>> parts, float em) {
        List<float[]> rows = new ArrayList<>(parts.size());
        parts.forEach(p -> rows.add(cellRows(p, em)));
        List<List<Glyph>> out = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            int end = i + 1;
            while (end < parts.size() && isTable(rows.subList(i, end + 1), em)) {
                end++;
            }
            if (end - i > 1) {
                List<Glyph> merged = new ArrayList<>();
                parts.subList(i, end).forEach(merged::addAll);
                out.add(merged);
            } else {
                out.add(parts.get(i));
            }
            i = end;
        }
        return out.size() > 1 ? out : null;
    }

    /**
     * The row positions (line bottoms) of a part that could be a table column, or null for running text (at least
     * 8 em wide, a third of its lines reaching its right edge, most of them not split in cells), a part of fewer
     * than two lines, or one too long to be a table.
     */
    private static float[] cellRows(List<Glyph> part, float em) {
        List<Line> lines = PdfLines.region(part, false).lines();
        if (lines.size() < 2 || lines.size() > MAX_TABLE_ROWS) {
            return null;
        }
        float[] bases = new float[lines.size()];
        float right = Float.NEGATIVE_INFINITY;
        float left = Float.POSITIVE_INFINITY;
        for (int i = 0; i < lines.size(); i++) {
            bases[i] = lines.get(i).bottom();
            right = Math.max(right, lines.get(i).right());
            left = Math.min(left, lines.get(i).left());
        }
        int full = 0;
        int split = 0;
        for (Line l : lines) {
            full += right - l.right() < 2 * em ? 1 : 0;
            split += l.cells() > 1 ? 1 : 0;
        }
        boolean text = right - left >= 8 * em && full >= 0.3 * lines.size() && split < 0.5 * lines.size();
        return text ? null : bases;
    }

    /**
     * Whether parts split at gutters are the columns of a table rather than columns of text: each could be a table
     * column ({@link #cellRows}) and most rows of the shortest sit on rows of all the others.
     */
    private static boolean isTable(List<float[]> rows, float em) {
        if (rows.contains(null)) {
            return false;
        }
        float[] fewest = rows.stream().min(Comparator.comparingInt(a -> a.length)).orElseThrow();
        int aligned = 0;
        for (float b : fewest) {
            boolean all = true;
            for (float[] other : rows) {
                boolean hit = false;
                for (float o : other) {
                    hit |= Math.abs(o - b) < 0.3f * em;
                }
                all &= hit;
            }
            aligned += all ? 1 : 0;
        }
        return aligned >= 0.7 * fewest.length;
    }
}
