package org.pizhu.export;

/**
 * Converts between the app's offsets (UTF-16 units, Java string indices) and the code-point offsets that files for
 * other tools use (W3C {@code TextPositionSelector}, template {@code start}/{@code end}). Only the boundary converts.
 */
public final class CodePoints {
    private CodePoints() {
    }

    /** The code-point offset of UTF-16 offset {@code utf16} in {@code text}. */
    public static int toCodePoints(String text, int utf16) {
        return text.codePointCount(0, Math.min(utf16, text.length()));
    }

    /** The UTF-16 offset of code-point offset {@code codePoints}, or -1 when the text is shorter. */
    public static int toUtf16(String text, int codePoints) {
        if (codePoints < 0) {
            return -1;
        }
        try {
            return text.offsetByCodePoints(0, codePoints);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /** The UTF-16 offset {@code count} code points before {@code from} (or 0). */
    static int back(String text, int from, int count) {
        int i = from;
        for (int n = 0; n < count && i > 0; n++) {
            i = text.offsetByCodePoints(i, -1);
        }
        return i;
    }

    /** The UTF-16 offset {@code count} code points after {@code from} (or the text's length). */
    static int forward(String text, int from, int count) {
        int i = from;
        for (int n = 0; n < count && i < text.length(); n++) {
            i = text.offsetByCodePoints(i, 1);
        }
        return i;
    }
}
