package org.pizhu.document;

import java.util.Arrays;

/**
 * Maps each character of a block's reflowed text back to its offset in the source text.
 *
 * <p>Reflow only removes whitespace and re-joins lines, so the text is a sequence of runs, each copied verbatim from
 * the source. The map stores one entry per run (text start, source start), which keeps it small for long documents.
 * Immutable.
 */
public final class SourceMap {
    private final int[] textStarts;
    private final int[] sourceStarts;
    private final int textLength;

    private SourceMap(int[] textStarts, int[] sourceStarts, int textLength) {
        this.textStarts = textStarts;
        this.sourceStarts = sourceStarts;
        this.textLength = textLength;
    }

    /** A map for text copied in one piece from {@code sourceStart}. */
    public static SourceMap contiguous(int sourceStart, int length) {
        return new SourceMap(new int[] {0}, new int[] {sourceStart}, length);
    }

    /** Offset in the source of the character at {@code textOffset}; {@code textOffset == length} maps past the end. */
    public int sourceOffset(int textOffset) {
        if (textOffset < 0 || textOffset > textLength) {
            throw new IndexOutOfBoundsException("offset " + textOffset + " outside 0.." + textLength);
        }
        if (textLength == 0) {
            return sourceStarts[0];
        }
        if (textOffset == textLength) {
            return sourceOffset(textLength - 1) + 1;
        }
        int run = run(textOffset);
        return sourceStarts[run] + (textOffset - textStarts[run]);
    }

    /** Text offset of the first character at or after {@code sourceOffset}, or the text length if none. */
    public int textOffset(int sourceOffset) {
        for (int run = 0; run < textStarts.length; run++) {
            int runLength = (run + 1 < textStarts.length ? textStarts[run + 1] : textLength) - textStarts[run];
            int start = sourceStarts[run];
            if (sourceOffset < start) {
                return textStarts[run];
            }
            if (sourceOffset < start + runLength) {
                return textStarts[run] + (sourceOffset - start);
            }
        }
        return textLength;
    }

    /** Source offset of the first character. */
    public int sourceStart() {
        return sourceOffset(0);
    }

    /** Source offset just past the last character. */
    public int sourceEnd() {
        return sourceOffset(textLength);
    }

    /** Length of the text this map describes. */
    public int textLength() {
        return textLength;
    }

    private int run(int textOffset) {
        int i = Arrays.binarySearch(textStarts, textOffset);
        return i >= 0 ? i : -i - 2;
    }

    /** Builds a map while text is appended run by run. */
    public static final class Builder {
        private int[] textStarts = new int[8];
        private int[] sourceStarts = new int[8];
        private int runs;
        private int length;

        /** Records that the next character appended to the text comes from {@code sourceOffset}. */
        public Builder append(int sourceOffset) {
            boolean continuesRun = runs > 0 && sourceStarts[runs - 1] + (length - textStarts[runs - 1]) == sourceOffset;
            if (!continuesRun) {
                if (runs == textStarts.length) {
                    textStarts = Arrays.copyOf(textStarts, runs * 2);
                    sourceStarts = Arrays.copyOf(sourceStarts, runs * 2);
                }
                textStarts[runs] = length;
                sourceStarts[runs] = sourceOffset;
                runs++;
            }
            length++;
            return this;
        }

        /** Length of the text recorded so far. */
        public int length() {
            return length;
        }

        /** Cuts the recorded text back to {@code newLength} characters (used when trailing whitespace is trimmed). */
        public void truncate(int newLength) {
            if (newLength > length || newLength < 0) {
                throw new IllegalArgumentException("cannot truncate " + length + " to " + newLength);
            }
            length = newLength;
            while (runs > 0 && textStarts[runs - 1] >= length) {
                runs--;
            }
        }

        /** The finished map; {@code emptyAt} is the source offset an empty text stands at. */
        public SourceMap build(int emptyAt) {
            if (runs == 0) {
                return new SourceMap(new int[] {0}, new int[] {emptyAt}, 0);
            }
            return new SourceMap(Arrays.copyOf(textStarts, runs), Arrays.copyOf(sourceStarts, runs), length);
        }
    }
}
