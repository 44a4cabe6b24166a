package org.pizhu.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApproxMatcherTest {
    /** Smallest edit distance of pattern to a substring of text ending at each position (classic DP, free start). */
    private static int[] bruteEnds(String text, String pattern) {
        int m = pattern.length();
        int[] col = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            col[i] = i;
        }
        int[] out = new int[text.length() + 1];
        out[0] = m;
        for (int j = 1; j <= text.length(); j++) {
            int[] next = new int[m + 1];
            next[0] = 0;
            for (int i = 1; i <= m; i++) {
                int cost = pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1;
                next[i] = Math.min(Math.min(col[i] + 1, next[i - 1] + 1), col[i - 1] + cost);
            }
            col = next;
            out[j] = col[m];
        }
        return out;
    }

    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void agreesWithDynamicProgrammingForShortAndMultiBlockPatterns() {
        Random rnd = new Random(42);
        String alphabet = "新質生產力的發展";
        for (int round = 0; round < 300; round++) {
            int m = 1 + rnd.nextInt(round % 3 == 0 ? 200 : 40);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 50 + rnd.nextInt(400); i++) {
                text.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            int from = rnd.nextInt(Math.max(1, text.length() - m));
            StringBuilder pattern = new StringBuilder(text.substring(from, Math.min(text.length(), from + m)));
            for (int e = 0; e < rnd.nextInt(4) && pattern.length() > 1; e++) {
                int at = rnd.nextInt(pattern.length());
                pattern.setCharAt(at, '!');
            }
            String p = pattern.toString();
            int k = Math.max(1, p.length() / 3);
            int[] brute = bruteEnds(text.toString(), p);
            int best = Integer.MAX_VALUE;
            for (int v : brute) {
                best = Math.min(best, v);
            }
            List<ApproxMatcher.Match> found = ApproxMatcher.search(text, p, k);
            if (best > k) {
                assertThat(found).isEmpty();
                continue;
            }
            assertThat(found).isNotEmpty();
            for (ApproxMatcher.Match mt : found) {
                assertThat(mt.errors()).isEqualTo(best);
                assertThat(brute[mt.end()]).isEqualTo(best);
                assertThat(editDistance(text.substring(mt.start(), mt.end()), p)).isEqualTo(best);
            }
        }
    }

    @Test
    void bestErrorsOfContext() {
        assertThat(ApproxMatcher.bestErrors("abcdef", "bcd")).isZero();
        assertThat(ApproxMatcher.bestErrors("abXdef", "bcd")).isEqualTo(1);
        assertThat(ApproxMatcher.bestErrors("", "bcd")).isEqualTo(3);
    }
}
