package org.pizhu.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Approximate substring search with Myers' bit-parallel algorithm (1999), in Hyyrö's blocked form for patterns longer
 * than 64 characters: finds where a pattern occurs in a text with at most k insertions, deletions or substitutions,
 * in O(n * ceil(m / 64)) time. Match starts are found by searching the reversed pattern backwards from each end, as
 * the approx-string-match library used by Hypothesis does.
 */
final class ApproxMatcher {
    private static final int MAX_MATCHES = 2000;

    /** One match: text range and its edit distance to the pattern. */
    record Match(int start, int end, int errors) {
    }

    private ApproxMatcher() {
    }

    /** The matches of {@code pattern} in {@code text} with the fewest errors, if that is at most {@code maxErrors}. */
    static List<Match> search(CharSequence text, String pattern, int maxErrors) {
        List<int[]> ends = ends(text, pattern, maxErrors, true, false);
        String patternReversed = new StringBuilder(pattern).reverse().toString();
        List<Match> matches = new ArrayList<>(ends.size());
        int m = pattern.length();
        for (int[] e : ends) {
            int end = e[0];
            int errors = e[1];
            int minStart = Math.max(0, end - m - errors);
            String segment = new StringBuilder(text.subSequence(minStart, end)).reverse().toString();
            int length = m;
            int bestScore = Integer.MAX_VALUE;
            for (int[] r : ends(segment, patternReversed, errors, false, true)) {
                if (r[1] < bestScore || r[1] == bestScore && Math.abs(r[0] - m) < Math.abs(length - m)) {
                    bestScore = r[1];
                    length = r[0];
                }
            }
            matches.add(new Match(end - length, end, errors));
        }
        return matches;
    }

    /** The smallest edit distance between {@code pattern} and any substring of {@code text}. */
    static int bestErrors(CharSequence text, String pattern) {
        if (pattern.isEmpty()) {
            return 0;
        }
        List<int[]> ends = ends(text, pattern, pattern.length(), true, false);
        return ends.isEmpty() ? pattern.length() : ends.get(0)[1];
    }

    /**
     * End offsets (exclusive) and error counts of matches with at most {@code maxErrors} errors: all of them, or only
     * those with the fewest errors when {@code bestOnly}. With {@code anchored}, matches must start at offset 0 (the
     * top row of the table then grows by one per column instead of staying 0).
     */
    private static List<int[]> ends(CharSequence text, String pattern, int maxErrors, boolean bestOnly,
                                    boolean anchored) {
        int m = pattern.length();
        int blocks = (m + 63) / 64;
        Map<Character, long[]> peq = new HashMap<>();
        for (int i = 0; i < m; i++) {
            peq.computeIfAbsent(pattern.charAt(i), c -> new long[blocks])[i / 64] |= 1L << (i % 64);
        }
        long[] empty = new long[blocks];
        long[] pv = new long[blocks];
        long[] mv = new long[blocks];
        Arrays.fill(pv, -1L);
        long lastMask = 1L << ((m - 1) % 64);
        int score = m;
        int limit = maxErrors;
        List<int[]> out = new ArrayList<>();
        for (int j = 0; j < text.length(); j++) {
            long[] eq = peq.getOrDefault(text.charAt(j), empty);
            int carry = anchored ? 1 : 0;
            for (int b = 0; b < blocks; b++) {
                carry = advance(pv, mv, b, eq[b], carry, b == blocks - 1 ? lastMask : Long.MIN_VALUE);
            }
            score += carry;
            if (score <= limit) {
                if (bestOnly && score < limit) {
                    out.clear();
                    limit = score;
                }
                if (out.size() < MAX_MATCHES) {
                    out.add(new int[] {j + 1, score});
                }
            }
        }
        return out;
    }

    /** Advances one 64-row block by one text column; {@code hIn}/return value are the horizontal deltas in/out. */
    private static int advance(long[] pvs, long[] mvs, int b, long eq, int hIn, long lastRow) {
        long pv = pvs[b];
        long mv = mvs[b];
        long hInNegative = hIn < 0 ? 1L : 0L;
        eq |= hInNegative;
        long xv = eq | mv;
        long xh = (((eq & pv) + pv) ^ pv) | eq;
        long ph = mv | ~(xh | pv);
        long mh = pv & xh;
        int hOut = ((ph & lastRow) != 0 ? 1 : 0) - ((mh & lastRow) != 0 ? 1 : 0);
        ph <<= 1;
        mh <<= 1;
        mh |= hInNegative;
        ph |= hIn > 0 ? 1L : 0L;
        pvs[b] = mh | ~(xv | ph);
        mvs[b] = ph & xv;
        return hOut;
    }
}
