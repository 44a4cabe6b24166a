package org.pizhu.script;

/**
 * Ideographic description sequences (⿰氵青), which OpenCC passes through as one unit when no dictionary key
 * matches; otherwise a single code point (a surrogate pair, or an unpaired surrogate alone).
 */
final class Ids {
    private static final int MAX_DEPTH = 16;
    private static final int MAX_CODE_POINTS = 64;

    private Ids() {
    }

    /** UTF-16 length of the IDS or code point at {@code p} (at least 1). */
    static int length(char[] t, int p, int end) {
        int cp = codePointLength(t, p, end);
        if (arity(t[p]) == 0) {
            return cp;
        }
        int[] count = {0};
        int n = consume(t, p, end, MAX_DEPTH, count);
        return n > 0 ? n : cp;
    }

    private static int codePointLength(char[] t, int p, int end) {
        return Character.isHighSurrogate(t[p]) && p + 1 < end && Character.isLowSurrogate(t[p + 1]) ? 2 : 1;
    }

    /** Length of a complete sequence at {@code p}, or 0 if incomplete or invalid. */
    private static int consume(char[] t, int p, int end, int depth, int[] count) {
        if (p >= end || depth == 0 || count[0] >= MAX_CODE_POINTS) {
            return 0;
        }
        count[0]++;
        int arity = arity(t[p]);
        int off = codePointLength(t, p, end);
        for (int i = 0; i < arity; i++) {
            int n = consume(t, p + off, end, depth - 1, count);
            if (n == 0) {
                return 0;
            }
            off += n;
        }
        return off;
    }

    private static int arity(char c) {
        switch (c) {
            case '\u2FF2':
            case '\u2FF3':
                return 3;
            case '\u2FFE':
            case '\u2FFF':
                return 1;
            default:
                return c >= '\u2FF0' && c <= '\u2FFD' ? 2 : 0;
        }
    }
}
