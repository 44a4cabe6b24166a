package org.pizhu.annotate;

import java.util.ArrayList;
import java.util.List;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.script.SearchKey;

/**
 * Places annotations in a document: builds anchors for new ones, finds typed quotes, and re-anchors old anchors in a
 * (possibly changed) text the way Hypothesis does: the old offsets if the quote is still there, else the exact quote
 * best placed by context and nearest the old position, else the best fuzzy match (Myers, scored on quote, prefix,
 * suffix and position), else nothing: the caller keeps the annotation as an orphan.
 *
 * <p>All matching is done on the compact search key (no whitespace; script-, width- and case-folded).
 */
public final class Anchorer {
    private static final double QUOTE_WEIGHT = 50;
    private static final double PREFIX_WEIGHT = 20;
    private static final double SUFFIX_WEIGHT = 20;
    private static final double POSITION_WEIGHT = 2;
    private static final double FUZZY_THRESHOLD = 0.7;
    private static final int MAX_FUZZY_ERRORS = 64;

    /** How an anchor was placed. */
    public enum Method { OFFSETS, EXACT, FUZZY, ORPHAN }

    /** The outcome of re-anchoring: where (source offsets) and how, or {@link Method#ORPHAN}. */
    public record Result(Method method, Anchor anchor) {
        /** Whether the passage was found. */
        public boolean found() {
            return method != Method.ORPHAN;
        }
    }

    private final Document document;
    private final CompactText text;
    private final int[] blockStarts;

    /** An anchorer for {@code document}'s source text and blocks. */
    public Anchorer(Document document) {
        this.document = document;
        this.text = new CompactText(document.source());
        this.blockStarts = new int[document.blocks().size()];
        for (int i = 0; i < blockStarts.length; i++) {
            blockStarts[i] = document.blocks().get(i).sourceStart();
        }
    }

    /** The compact view of the source. */
    public CompactText text() {
        return text;
    }

    /** An anchor for the source range {@code [start, end)}, which must hold some non-whitespace text. */
    public Anchor anchor(int start, int end) {
        int cs = text.toCompact(start);
        int ce = text.toCompact(end);
        if (ce <= cs) {
            throw new IllegalArgumentException("the range " + start + ".." + end + " holds no text");
        }
        String compact = text.compact();
        TextQuoteSelector quote = new TextQuoteSelector(compact.substring(cs, ce),
                compact.substring(Math.max(0, cs - TextQuoteSelector.CONTEXT), cs),
                compact.substring(ce, Math.min(compact.length(), ce + TextQuoteSelector.CONTEXT)));
        int s = text.sourceStart(cs);
        int e = text.sourceEnd(ce);
        int block = blockAt(s);
        int blockOffset = block < 0 ? 0 : document.blocks().get(block).sourceMap().textOffset(s);
        return new Anchor(s, e, quote, Math.max(block, 0), blockOffset);
    }

    /**
     * Source ranges ({@code [start, end]} pairs) where {@code query} occurs, ignoring whitespace, script, width and
     * case; in reading order.
     */
    public List<int[]> find(String query) {
        String q = SearchKey.of(CompactText.compact(query));
        List<int[]> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        String key = text.key();
        for (int i = key.indexOf(q); i >= 0; i = key.indexOf(q, i + 1)) {
            out.add(new int[] {text.sourceStart(i), text.sourceEnd(i + q.length())});
        }
        return out;
    }

    /** Re-anchors {@code old} (an anchor made on this or an earlier version of the text). */
    public Result relocate(Anchor old) {
        TextQuoteSelector q = old.quote();
        String exact = SearchKey.of(q.exact());
        if (old.end() <= text.source().length() && text.keySlice(old.start(), old.end()).equals(exact)) {
            return new Result(Method.OFFSETS, anchor(old.start(), old.end()));
        }
        int hint = text.toCompact(Math.min(old.start(), text.source().length()));
        String prefix = SearchKey.of(q.prefix());
        String suffix = SearchKey.of(q.suffix());
        String key = text.key();
        int best = -1;
        double bestScore = -1;
        int count = 0;
        for (int i = key.indexOf(exact); i >= 0 && count < 100_000; i = key.indexOf(exact, i + 1), count++) {
            double score = PREFIX_WEIGHT * contextBefore(i, prefix) + SUFFIX_WEIGHT * contextAfter(i + exact.length(), suffix)
                    + POSITION_WEIGHT * position(i, hint);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best >= 0) {
            return found(Method.EXACT, best, best + exact.length());
        }
        return fuzzy(exact, prefix, suffix, hint);
    }

    private Result fuzzy(String exact, String prefix, String suffix, int hint) {
        int maxErrors = Math.min(MAX_FUZZY_ERRORS, exact.length() / 4);
        if (maxErrors == 0) {
            return orphan();
        }
        String key = text.key();
        ApproxMatcher.Match best = null;
        double bestScore = -1;
        for (ApproxMatcher.Match m : ApproxMatcher.search(key, exact, maxErrors)) {
            double quoteScore = 1.0 - (double) m.errors() / exact.length();
            double prefixScore = prefix.isEmpty() ? 1.0 : 1.0 - (double) ApproxMatcher.bestErrors(
                    key.substring(Math.max(0, m.start() - prefix.length()), m.start()), prefix) / prefix.length();
            double suffixScore = suffix.isEmpty() ? 1.0 : 1.0 - (double) ApproxMatcher.bestErrors(
                    key.substring(m.end(), Math.min(key.length(), m.end() + suffix.length())), suffix) / suffix.length();
            double raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore
                    + POSITION_WEIGHT * position(m.start(), hint);
            double score = raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
            boolean nearlyExact = m.errors() * 10 <= exact.length();
            if ((score >= FUZZY_THRESHOLD || nearlyExact) && score > bestScore && m.end() > m.start()) {
                bestScore = score;
                best = m;
            }
        }
        return best == null ? orphan() : found(Method.FUZZY, best.start(), best.end());
    }

    private Result found(Method method, int compactStart, int compactEnd) {
        return new Result(method, anchor(text.sourceStart(compactStart), text.sourceEnd(compactEnd)));
    }

    private static Result orphan() {
        return new Result(Method.ORPHAN, null);
    }

    private double contextBefore(int at, String prefix) {
        if (prefix.isEmpty()) {
            return 1.0;
        }
        String key = text.key();
        int n = 0;
        while (n < prefix.length() && at - n - 1 >= 0 && key.charAt(at - n - 1) == prefix.charAt(prefix.length() - n - 1)) {
            n++;
        }
        return (double) n / prefix.length();
    }

    private double contextAfter(int at, String suffix) {
        if (suffix.isEmpty()) {
            return 1.0;
        }
        String key = text.key();
        int n = 0;
        while (n < suffix.length() && at + n < key.length() && key.charAt(at + n) == suffix.charAt(n)) {
            n++;
        }
        return (double) n / suffix.length();
    }

    private double position(int at, int hint) {
        return text.length() == 0 ? 1.0 : 1.0 - (double) Math.abs(at - hint) / text.length();
    }

    /** Index of the block holding source offset {@code offset} (or the last block starting before it); -1 if none. */
    private int blockAt(int offset) {
        int lo = 0;
        int hi = blockStarts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blockStarts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 && blockStarts.length > 0) {
            return 0;
        }
        return found;
    }
}
