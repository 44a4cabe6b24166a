package org.pizhu.reflow;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text into non-blank {@link Segment}s with their blank-line gaps and local column widths. */
final class Segmenter {
    /** How many segments on each side are looked at to estimate the column a line is set in. */
    private static final int COLUMN_WINDOW = 3;

    private Segmenter() {
    }

    static List<Segment> segments(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        List<Segment> out = new ArrayList<>(lines + 16);
        int gap = 0;
        int line = 0;
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            line++;
            int eol = pos;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            int s = pos;
            while (s < eol && isSpace(text.charAt(s))) {
                s++;
            }
            int e = eol;
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                gap++;
            } else {
                int firstOfLine = out.size();
                addLine(text, line, s, e, out);
                out.get(firstOfLine).indent = Chars.width(text, pos, s);
                out.get(firstOfLine).gapBefore = firstOfLine == 0 ? Math.max(gap, 1) : gap;
                gap = 0;
            }
            if (eol >= n) {
                break;
            }
            pos = eol + (text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n' ? 2 : 1);
        }
        for (int i = 0; i < out.size(); i++) {
            out.get(i).gapAfter = i + 1 < out.size() ? out.get(i + 1).gapBefore : 1;
        }
        assignColumns(out);
        return out;
    }

    /** Adds the line as one segment, or two when a byline is glued after the last sentence. */
    private static void addLine(String text, int line, int s, int e, List<Segment> out) {
        int split = trailingBylineStart(text, s, e);
        if (split < 0) {
            out.add(new Segment(text, line, s, e));
            return;
        }
        int bodyEnd = split;
        while (bodyEnd > s && isSpace(text.charAt(bodyEnd - 1))) {
            bodyEnd--;
        }
        out.add(new Segment(text, line, s, bodyEnd));
        Segment byline = new Segment(text, line, split, e);
        out.add(byline);
    }

    /** Start of a byline that follows the line's last sentence end, or -1. */
    private static int trailingBylineStart(String text, int s, int e) {
        int i = e - 1;
        int limit = Math.max(s, e - 40);
        while (i > limit && !Chars.isSentenceEnd(text.charAt(i))) {
            i--;
        }
        if (i <= s || !Chars.isSentenceEnd(text.charAt(i))) {
            return isLastLine(text, e) ? bylineAfterLastSpace(text, s, e) : -1;
        }
        int start = i + 1;
        while (start < e && Chars.isCloser(text.charAt(start))) {
            start++;
        }
        while (start < e && isSpace(text.charAt(start))) {
            start++;
        }
        if (start >= e) {
            return -1;
        }
        String rest = text.substring(start, e);
        boolean spaced = start > i + 1 && isSpace(text.charAt(start - 1));
        // glued straight onto the sentence, only a bracketed byline or the text's last words are one: elsewhere
        // "記者…" after a full stop starts the next sentence (記者從…獲悉, 記者追問…)
        boolean setOff = spaced || Chars.isOpener(rest.charAt(0)) || isLastLine(text, e);
        if (setOff && LinePatterns.mayBeFurniture(rest) && (LinePatterns.isByline(rest)
                || isLastLine(text, e) && LinePatterns.isBylineHead(rest))) {
            return start;
        }
        return spaced && isLastLine(text, e) && rest.length() <= 4 && LinePatterns.isNameOnly(rest) ? start : -1;
    }

    /** At the end of the text, a byline after the line's last space ({@code 美聯社 記者某某}), or -1. */
    private static int bylineAfterLastSpace(String text, int s, int e) {
        int k = e - 1;
        while (k > s && !isSpace(text.charAt(k))) {
            k--;
        }
        if (k <= s || e - k > 24) {
            return -1;
        }
        String rest = text.substring(k + 1, e);
        return LinePatterns.mayBeFurniture(rest) && LinePatterns.isByline(rest) ? k + 1 : -1;
    }

    /** Whether only whitespace follows {@code e}: the writer's name after the last sentence is a signature there. */
    private static boolean isLastLine(String text, int e) {
        for (int i = e; i < text.length(); i++) {
            if (!isSpace(text.charAt(i)) && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * The column a segment is set in: the widest segment near it in the same run of lines (lines without a blank
     * between them), or near it regardless of runs when its run is too short to tell.
     */
    private static void assignColumns(List<Segment> segs) {
        int uniform = uniformColumn(segs);
        if (uniform > 0) {
            for (Segment s : segs) {
                s.column = uniform;
            }
            return;
        }
        int n = segs.size();
        int[] run = new int[n];
        for (int i = 1; i < n; i++) {
            run[i] = segs.get(i).gapBefore > 0 ? run[i - 1] + 1 : run[i - 1];
        }
        for (int i = 0; i < n; i++) {
            int sameRunMax = 0;
            int sameRunCount = 0;
            int anyMax = 0;
            for (int j = Math.max(0, i - COLUMN_WINDOW); j <= Math.min(n - 1, i + COLUMN_WINDOW); j++) {
                Segment other = segs.get(j);
                if (j != i && other.setApart()) {
                    continue;
                }
                int w = other.width;
                anyMax = Math.max(anyMax, w);
                if (run[j] == run[i]) {
                    sameRunMax = Math.max(sameRunMax, w);
                    sameRunCount++;
                }
            }
            segs.get(i).column = sameRunCount >= 3 ? sameRunMax : anyMax;
        }
    }

    /**
     * The column of a text set in one measure: the most common width of lines that carry clause punctuation, when
     * at least three in five of those lines are within a character of it (a hard-wrapped column); else 0.
     */
    static int uniformColumn(List<Segment> segs) {
        int[] counts = new int[MAX_COLUMN + 3];
        int lines = 0;
        for (int i = 0; i + 1 < segs.size(); i++) {
            Segment s = segs.get(i);
            int w = s.width + s.indent;
            if (s.hasClausePunct && !s.setApart() && w <= MAX_COLUMN) {
                counts[w]++;
                lines++;
            }
        }
        int best = 0;
        int bestCount = 0;
        for (int w = 4; w <= MAX_COLUMN; w++) {
            int c = counts[w - 2] + counts[w - 1] + counts[w] + counts[w + 1] + counts[w + 2];
            if (c > bestCount || c == bestCount && counts[w] > counts[best]) {
                best = w;
                bestCount = c;
            }
        }
        if (bestCount < 3 || bestCount * 5 < lines * 3) {
            return 0;
        }
        int mode = best;
        for (int w = best - 2; w <= best + 2; w++) {
            if (counts[w] > counts[mode]) {
                mode = w;
            }
        }
        return mode;
    }

    /** Widest column (display columns) read as a hard-wrapped measure. */
    private static final int MAX_COLUMN = 200;

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u2007' || c == '\u202F';
    }
}
