package org.pizhu.script;

import java.util.Arrays;

/**
 * A monotonic map between offsets in an original text and in its conversion, as a sequence of aligned intervals
 * covering both texts.
 *
 * <p>An interval of equal length on both sides maps character for character; one whose length changes (a phrase
 * such as U盤 → 隨身碟) is atomic: its interior maps to its start, or to its end when an end offset is asked for.
 * Immutable.
 */
final class OffsetMap {
    /** Interval boundaries: interval {@code i} is {@code [orig[i], orig[i+1])} ↔ {@code [conv[i], conv[i+1])}. */
    private final int[] orig;
    private final int[] conv;

    private OffsetMap(int[] orig, int[] conv) {
        this.orig = orig;
        this.conv = conv;
    }

    static OffsetMap identity(int length) {
        return length == 0 ? new OffsetMap(new int[] {0}, new int[] {0})
                : new OffsetMap(new int[] {0, length}, new int[] {0, length});
    }

    int originalLength() {
        return orig[orig.length - 1];
    }

    int convertedLength() {
        return conv[conv.length - 1];
    }

    int intervals() {
        return orig.length - 1;
    }

    boolean isIdentity() {
        return orig.length <= 2 && originalLength() == convertedLength();
    }

    /** Maps an original offset; inside a length-changing interval, to its start ({@code end == false}) or end. */
    int toConverted(int offset, boolean end) {
        return map(orig, conv, offset, end);
    }

    /** Maps a converted offset back; inside a length-changing interval, to its start or end. */
    int toOriginal(int offset, boolean end) {
        return map(conv, orig, offset, end);
    }

    private static int map(int[] from, int[] to, int offset, boolean end) {
        int last = from.length - 1;
        if (offset < 0 || offset > from[last]) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + from[last]);
        }
        if (offset == from[last]) {
            return to[last];
        }
        int i = Arrays.binarySearch(from, 0, last, offset);
        if (i >= 0) {
            return to[i];
        }
        i = -i - 2;
        int fromLen = from[i + 1] - from[i];
        int toLen = to[i + 1] - to[i];
        if (fromLen == toLen) {
            return to[i] + (offset - from[i]);
        }
        return end ? to[i + 1] : to[i];
    }

    /** The map of applying {@code this} (x → y) and then {@code next} (y → z): x → z. */
    OffsetMap then(OffsetMap next) {
        if (next.isIdentity()) {
            return this;
        }
        if (isIdentity()) {
            return next;
        }
        if (convertedLength() != next.originalLength()) {
            throw new IllegalArgumentException("maps do not chain: " + convertedLength() + " vs " + next.originalLength());
        }
        Builder b = new Builder(Math.max(intervals(), next.intervals()) + 4);
        int i = 0;
        int j = 0;
        int ai = intervals();
        int bj = next.intervals();
        int aOff = 0; // consumed part (in y) of this interval i, when linear
        int bOff = 0; // consumed part (in y) of next interval j, when linear
        while (i < ai) {
            boolean aLin = linear(i);
            boolean bLin = next.linear(j);
            if (aLin && bLin) {
                int k = Math.min(yLenA(i) - aOff, next.yLenB(j) - bOff);
                b.add(k, k);
                aOff += k;
                bOff += k;
            } else {
                int x = 0;
                int z = 0;
                int ya = 0;
                int yb = 0;
                if (!aLin) {
                    x += orig[i + 1] - orig[i];
                    ya += yLenA(i);
                    aOff = yLenA(i);
                }
                if (!bLin) {
                    z += next.conv[j + 1] - next.conv[j];
                    yb += next.yLenB(j);
                    bOff = next.yLenB(j);
                }
                while (ya != yb) {
                    if (ya < yb) {
                        if (aOff == yLenA(i)) {
                            i++;
                            aOff = 0;
                        }
                        if (linear(i)) {
                            int k = Math.min(yLenA(i) - aOff, yb - ya);
                            x += k;
                            ya += k;
                            aOff += k;
                        } else {
                            x += orig[i + 1] - orig[i];
                            ya += yLenA(i);
                            aOff = yLenA(i);
                        }
                    } else {
                        if (bOff == next.yLenB(j)) {
                            j++;
                            bOff = 0;
                        }
                        if (next.linear(j)) {
                            int k = Math.min(next.yLenB(j) - bOff, ya - yb);
                            z += k;
                            yb += k;
                            bOff += k;
                        } else {
                            z += next.conv[j + 1] - next.conv[j];
                            yb += next.yLenB(j);
                            bOff = next.yLenB(j);
                        }
                    }
                }
                b.add(x, z);
            }
            if (aOff == yLenA(i)) {
                i++;
                aOff = 0;
            }
            if (j < bj && bOff == next.yLenB(j)) {
                j++;
                bOff = 0;
            }
        }
        return b.build();
    }

    private boolean linear(int i) {
        return orig[i + 1] - orig[i] == conv[i + 1] - conv[i];
    }

    private int yLenA(int i) {
        return conv[i + 1] - conv[i];
    }

    private int yLenB(int j) {
        return orig[j + 1] - orig[j];
    }

    /** Appends aligned intervals in order, merging neighbouring one-to-one stretches. */
    static final class Builder {
        private int[] orig;
        private int[] conv;
        private int n; // boundaries written (intervals + 1)
        private boolean lastLinear;

        Builder(int expected) {
            orig = new int[Math.max(8, expected + 1)];
            conv = new int[orig.length];
            n = 1;
        }

        /** Appends an interval of {@code origLen} original chars that became {@code convLen} chars. */
        void add(int origLen, int convLen) {
            if (origLen <= 0 || convLen <= 0) {
                throw new IllegalArgumentException("empty interval " + origLen + " -> " + convLen);
            }
            boolean lin = origLen == convLen;
            if (lin && lastLinear) {
                orig[n - 1] += origLen;
                conv[n - 1] += convLen;
                return;
            }
            if (n == orig.length) {
                orig = Arrays.copyOf(orig, n * 2);
                conv = Arrays.copyOf(conv, n * 2);
            }
            orig[n] = orig[n - 1] + origLen;
            conv[n] = conv[n - 1] + convLen;
            n++;
            lastLinear = lin;
        }

        OffsetMap build() {
            return new OffsetMap(Arrays.copyOf(orig, n), Arrays.copyOf(conv, n));
        }
    }
}
