package org.pizhu.speakers;

import java.util.Arrays;

/**
 * The top-level quotations of a text (「…」, 『…』, “…”, and straight "…" pairs as web pages type them), found in one
 * linear pass. Nested marks belong to the outer quotation; a quotation left open runs to the end of the text (print
 * quotes often continue into the next paragraph), except a straight one (a stray mark).
 */
final class QuoteSpans {
    /** The offsets of a text without quotations (most blocks): shared, never written. */
    private static final int[] NO_OFFSETS = new int[0];
    /** The spans of a text without quotations. */
    static final QuoteSpans NONE = new QuoteSpans(NO_OFFSETS, NO_OFFSETS, 0, null);
    private final int[] starts;
    private final int[] ends;
    private final int count;
    /** Whether each character lies inside a quotation; null when none does (no array for most blocks). */
    private final boolean[] inside;

    private QuoteSpans(int[] starts, int[] ends, int count, boolean[] inside) {
        this.starts = starts;
        this.ends = ends;
        this.count = count;
        this.inside = inside;
    }

    static QuoteSpans of(String text) {
        boolean straight = text.indexOf('"') >= 0;
        if (!straight && !Chars.hasOpenQuote(text)) {
            return NONE;
        }
        int n = text.length();
        boolean[] inside = null;
        int[] starts = NO_OFFSETS;
        int[] ends = NO_OFFSETS;
        int count = 0;
        int depth = 0;
        int open = -1;
        boolean openedStraight = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean opens = Chars.isOpenQuote(c) || c == '"' && straight && depth == 0;
            boolean closes = Chars.isCloseQuote(c) || c == '"' && openedStraight && depth == 1;
            if (opens) {
                if (depth == 0) {
                    open = i;
                    openedStraight = c == '"';
                }
                depth++;
            } else if (closes && depth > 0) {
                depth--;
                if (depth == 0) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, Math.max(8, count * 2));
                        ends = Arrays.copyOf(ends, Math.max(8, count * 2));
                    }
                    starts[count] = open;
                    ends[count] = i + 1;
                    count++;
                    if (inside == null) {
                        inside = new boolean[n];
                    }
                    Arrays.fill(inside, open, i + 1, true);
                }
            }
        }
        if (depth > 0 && !openedStraight) { // a straight quotation left open is a stray mark, not a quotation
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count + 1);
                ends = Arrays.copyOf(ends, count + 1);
            }
            starts[count] = open;
            ends[count] = n;
            count++;
            if (inside == null) {
                inside = new boolean[n];
            }
            Arrays.fill(inside, open, n, true);
        }
        return count == 0 ? NONE : new QuoteSpans(starts, ends, count, inside);
    }

    int count() {
        return count;
    }

    /** Offset of the opening mark of quotation {@code i}. */
    int start(int i) {
        return starts[i];
    }

    /** Offset just past the closing mark of quotation {@code i} (or the text end when left open). */
    int end(int i) {
        return ends[i];
    }

    /** Whether the character at {@code pos} lies inside a quotation (marks included). */
    boolean inside(int pos) {
        return inside != null && pos >= 0 && pos < inside.length && inside[pos];
    }

    /** Whether the character at {@code pos} lies inside a quotation that reads as speech (not a quoted term). */
    boolean insideSpeech(String t, int pos) {
        for (int q = 0; inside(pos) && q < count; q++) {
            if (starts[q] <= pos && pos < ends[q]) {
                return isSpeech(t, q);
            }
        }
        return false;
    }

    /**
     * Whether quotation {@code q} of {@code t} reads as speech rather than a term or a sound: it holds a comma or a
     * sentence end.
     */
    boolean isSpeech(String t, int q) {
        for (int i = starts[q]; i < ends[q] && i < t.length(); i++) {
            if ("。！？，!?,".indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
