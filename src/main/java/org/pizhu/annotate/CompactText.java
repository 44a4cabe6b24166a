package org.pizhu.annotate;

import java.util.Arrays;
import org.pizhu.script.SearchKey;

/**
 * A text with its whitespace left out, mapped back to the original offsets, and its search key (script-, width- and
 * case-folded, same length). Quotes are matched in this form, so line wrapping and spacing never break an anchor and
 * a quote typed in either script is found.
 */
public final class CompactText {
    private final String source;
    private final String compact;
    private final String key;
    private final int[] toSource;

    /** Builds the compact view of {@code source}. */
    public CompactText(String source) {
        this.source = source;
        StringBuilder sb = new StringBuilder(source.length());
        int[] map = new int[source.length()];
        int n = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
                map[n++] = i;
            }
        }
        this.compact = sb.toString();
        this.key = SearchKey.of(compact);
        this.toSource = Arrays.copyOf(map, n);
    }

    /** Whether {@code c} is left out of compact text. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** {@code text} without whitespace. */
    public static String compact(CharSequence text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    /** The original text. */
    public String source() {
        return source;
    }

    /** The text without whitespace. */
    public String compact() {
        return compact;
    }

    /** The search key of the compact text (same length). */
    public String key() {
        return key;
    }

    /** Length of the compact text. */
    public int length() {
        return compact.length();
    }

    /** Number of compact characters before source offset {@code sourceOffset}. */
    public int toCompact(int sourceOffset) {
        int i = Arrays.binarySearch(toSource, sourceOffset);
        return i >= 0 ? i : -i - 1;
    }

    /** Source offset of the compact character at {@code compactOffset}. */
    public int sourceStart(int compactOffset) {
        return compactOffset >= toSource.length ? source.length() : toSource[compactOffset];
    }

    /** Source offset just past the compact range ending at {@code compactEnd} (exclusive). */
    public int sourceEnd(int compactEnd) {
        return compactEnd == 0 ? 0 : toSource[compactEnd - 1] + 1;
    }

    /** The key characters of the source range {@code [start, end)}. */
    public String keySlice(int start, int end) {
        return key.substring(toCompact(start), toCompact(end));
    }
}
