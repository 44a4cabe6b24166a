package org.pizhu.script;

import java.util.Objects;

/**
 * A converted text and the map between its offsets and the original's.
 *
 * <p>The map is monotonic and covers both texts. Where characters convert one to one it is exact; where a phrase
 * changes length (U盤 → 隨身碟) the phrase is mapped as a whole: an offset inside it maps to the phrase's start, or
 * with the {@code …End} methods to its end, so a highlight {@code [start, end)} maps with {@link #toConverted(int)}
 * for its start and {@link #toConvertedEnd(int)} for its end and still covers the same words. Immutable.
 */
public final class Conversion {
    private final String original;
    private final String text;
    private final OffsetMap map;

    Conversion(String original, String text, OffsetMap map) {
        this.original = Objects.requireNonNull(original);
        this.text = Objects.requireNonNull(text);
        this.map = Objects.requireNonNull(map);
        if (map.originalLength() != original.length() || map.convertedLength() != text.length()) {
            throw new IllegalStateException("offset map " + map.originalLength() + "->" + map.convertedLength()
                    + " does not fit texts " + original.length() + "->" + text.length());
        }
    }

    /** The unchanged text, with an identity map. */
    public static Conversion identity(String text) {
        return new Conversion(text, text, OffsetMap.identity(text.length()));
    }

    /** The text that was converted. */
    public String original() {
        return original;
    }

    /** The converted text. */
    public String text() {
        return text;
    }

    /** Whether the conversion changed nothing. */
    public boolean isUnchanged() {
        return original.equals(text);
    }

    /** Maps an offset in the original to the converted text (a start: inside a changed phrase, its start). */
    public int toConverted(int originalOffset) {
        return map.toConverted(originalOffset, false);
    }

    /** Maps an end offset in the original to the converted text (inside a changed phrase, its end). */
    public int toConvertedEnd(int originalOffset) {
        return map.toConverted(originalOffset, true);
    }

    /** Maps an offset in the converted text back to the original (a start). */
    public int toOriginal(int convertedOffset) {
        return map.toOriginal(convertedOffset, false);
    }

    /** Maps an end offset in the converted text back to the original. */
    public int toOriginalEnd(int convertedOffset) {
        return map.toOriginal(convertedOffset, true);
    }

    /** The converted range {@code [start, end)} covering the original range {@code [start, end)}. */
    public int[] toConvertedRange(int start, int end) {
        checkRange(start, end);
        return new int[] {toConverted(start), Math.max(toConverted(start), toConvertedEnd(end))};
    }

    /** The original range covering the converted range {@code [start, end)}. */
    public int[] toOriginalRange(int start, int end) {
        checkRange(start, end);
        return new int[] {toOriginal(start), Math.max(toOriginal(start), toOriginalEnd(end))};
    }

    private static void checkRange(int start, int end) {
        if (start > end) {
            throw new IllegalArgumentException("range start " + start + " after end " + end);
        }
    }

    /** Number of aligned intervals in the offset map (1 for a one-to-one conversion); for tests and diagnostics. */
    int alignedIntervals() {
        return map.intervals();
    }
}
