package org.pizhu.script;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants every conversion's offset map must keep. */
final class OffsetChecks {
    private OffsetChecks() {
    }

    /** Covering, monotonic, start ≤ end, round trips land at or around the offset, and 1:1 stretches exact. */
    static void assertSane(Conversion c) {
        int n = c.original().length();
        int m = c.text().length();
        assertThat(c.toConverted(0)).isZero();
        assertThat(c.toConvertedEnd(n)).isEqualTo(m);
        assertThat(c.toOriginal(0)).isZero();
        assertThat(c.toOriginalEnd(m)).isEqualTo(n);
        int prev = 0;
        int prevEnd = 0;
        for (int o = 0; o <= n; o++) {
            int start = c.toConverted(o);
            int end = c.toConvertedEnd(o);
            assertThat(start).as("monotonic start at %d", o).isGreaterThanOrEqualTo(prev);
            assertThat(end).as("monotonic end at %d", o).isGreaterThanOrEqualTo(prevEnd).isGreaterThanOrEqualTo(start);
            assertThat(c.toOriginal(start)).as("back from %d", o).isLessThanOrEqualTo(o);
            assertThat(c.toOriginalEnd(end)).as("back from end %d", o).isGreaterThanOrEqualTo(o);
            prev = start;
            prevEnd = end;
        }
        prev = 0;
        for (int k = 0; k <= m; k++) {
            int o = c.toOriginal(k);
            assertThat(o).isGreaterThanOrEqualTo(prev).isLessThanOrEqualTo(c.toOriginalEnd(k));
            prev = o;
        }
        if (n == m && c.alignedIntervals() == 1) {
            for (int o = 0; o <= n; o++) {
                assertThat(c.toConverted(o)).isEqualTo(o);
            }
        }
    }
}
