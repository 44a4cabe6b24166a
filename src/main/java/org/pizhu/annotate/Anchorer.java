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
 * suffix and position), else nothing: the caller keeps the annotation as an orphan. Unlike Hypothesis, a candidate
 * must agree with the stored context, so equal words elsewhere are never taken for the annotated ones.
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
    /** Context score (1 - edit distance / length) from which a side of the context agrees. */
    private static final double AGREEMENT = 0.5;
    /** Score from which the {@link #CLOSE} characters next to a quote agree without the rest of the context. */
    private static final double CLOSE_AGREEMENT = 0.75;
    /** Score from which the {@link #NEAR} characters on both sides of a quote agree together. */
    private static final double SANDWICH_AGREEMENT = 0.6;
    /** Characters next to the quote that can agree on their own. */
    static final int CLOSE = 12;
    /** Characters of context next to the quote that must agree too (a match far out in the context is not enough). */
    static final int NEAR = 8;
    /** A quote of this many compact characters that occurs exactly once is found without its context. */
    static final int LONG_QUOTE = 12;

    /** How an anchor was placed. */
    public enum Method { OFFSETS, EXACT, FUZZY, ORPHAN }

    /**
     * The outcome of re-anchoring: where (source offsets) and how, or {@link Method#ORPHAN}.
     *
     * @param farMove whether the quote left its place in its paragraph (found elsewhere: the user should check it)
     */
    public record Result(Method method, Anchor anchor, boolean farMove) {
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

    /**
     * Re-anchors {@code old} (an anchor made on this or an earlier version of the text): the exact occurrence of the
     * quote best placed by context (the old offsets when they are that place), else the best approximate one. Every
     * candidate must agree with the stored context on at least one side: the text next to it matches the stored
     * prefix or suffix (Hypothesis's score: one minus the edit distance over the length), both in full and in the
     * {@link #NEAR} characters that touch the quote, or closely in the {@link #CLOSE} characters next to it; or the
     * {@link #NEAR} characters on both sides agree together. A context cut short by the start or end of the document
     * (shorter than {@link #CLOSE}) agrees only at that start or end. A long
     * quote that occurs exactly once is taken on its own. A candidate without such agreement is other words that
     * happen to be equal: the annotation becomes an orphan rather than land there.
     */
    public Result relocate(Anchor old) {
        TextQuoteSelector q = old.quote();
        String exact = SearchKey.of(q.exact());
        String prefix = SearchKey.of(q.prefix());
        String suffix = SearchKey.of(q.suffix());
        int atOld = old.end() <= text.source().length() && text.keySlice(old.start(), old.end()).equals(exact)
                ? text.toCompact(old.start()) : -1;
        if (atOld >= 0 && contextIntact(atOld, atOld + exact.length(), prefix, suffix)) {
            // The quote with its whole context, unchanged, where it was: nothing can score higher.
            return result(Method.OFFSETS, old, atOld, atOld + exact.length());
        }
        int hint = text.toCompact(Math.min(old.start(), text.source().length()));
        String key = text.key();
        int best = -1;
        double bestScore = -1;
        int count = 0;
        int agreeing = 0;
        for (int i = key.indexOf(exact); i >= 0 && count < 100_000; i = key.indexOf(exact, i + 1), count++) {
            int e = i + exact.length();
            if (!agrees(i, e, prefix, suffix)) {
                continue;
            }
            agreeing++;
            double score = PREFIX_WEIGHT * prefixScore(i, prefix) + SUFFIX_WEIGHT * suffixScore(e, suffix)
                    + POSITION_WEIGHT * position(i, hint);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best >= 0) {
            return result(best == atOld ? Method.OFFSETS : Method.EXACT, old, best, best + exact.length());
        }
        if (count == 1 && agreeing == 0 && exact.length() >= LONG_QUOTE) {
            int i = key.indexOf(exact);
            return result(Method.EXACT, old, i, i + exact.length());
        }
        return fuzzy(old, exact, prefix, suffix, hint);
    }

    private Result fuzzy(Anchor old, String exact, String prefix, String suffix, int hint) {
        int maxErrors = Math.min(MAX_FUZZY_ERRORS, exact.length() / 4);
        if (maxErrors == 0) {
            return orphan();
        }
        String key = text.key();
        ApproxMatcher.Match best = null;
        double bestScore = -1;
        for (ApproxMatcher.Match m : ApproxMatcher.search(key, exact, maxErrors)) {
            if (m.end() <= m.start() || !agrees(m.start(), m.end(), prefix, suffix)) {
                continue;
            }
            double quoteScore = 1.0 - (double) m.errors() / exact.length();
            double raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore(m.start(), prefix)
                    + SUFFIX_WEIGHT * suffixScore(m.end(), suffix) + POSITION_WEIGHT * position(m.start(), hint);
            double score = raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
            boolean nearlyExact = m.errors() * 10 <= exact.length();
            if ((score >= FUZZY_THRESHOLD || nearlyExact) && score > bestScore) {
                bestScore = score;
                best = m;
            }
        }
        return best == null ? orphan() : result(Method.FUZZY, old, best.start(), best.end());
    }

    /**
     * Whether the text around compact range {@code [start, end)} agrees with the stored context on at least one side:
     * the whole context scores at least {@link #AGREEMENT} and so do its {@link #NEAR} characters next to the quote.
     */
    private boolean contextIntact(int start, int end, String prefix, String suffix) {
        String key = text.key();
        return start >= prefix.length() && key.startsWith(prefix, start - prefix.length())
                && key.startsWith(suffix, end) && (prefix.length() == TextQuoteSelector.CONTEXT || start == prefix.length())
                && (suffix.length() == TextQuoteSelector.CONTEXT || end + suffix.length() == key.length());
    }

    private boolean agrees(int start, int end, String prefix, String suffix) {
        if (sideAgrees(start, prefix, true) || sideAgrees(end, suffix, false)) {
            return true;
        }
        // A short paragraph moved: beyond it the context changed on both sides, but the words touching the quote on
        // both sides are mostly its own.
        return !prefix.isEmpty() && !suffix.isEmpty()
                && prefixScore(start, near(prefix, NEAR, true)) >= SANDWICH_AGREEMENT
                && suffixScore(end, near(suffix, NEAR, false)) >= SANDWICH_AGREEMENT;
    }

    /**
     * Whether one side of the context agrees: in full and in its {@link #NEAR} characters next to the quote (scores at
     * least {@link #AGREEMENT}); or, when the context beyond changed (a short paragraph moved), closely (score at
     * least {@link #CLOSE_AGREEMENT}) in its {@link #CLOSE} characters next to the quote.
     */
    private boolean sideAgrees(int at, String context, boolean before) {
        if (context.isEmpty()) {
            return before ? at == 0 : at == text.key().length();
        }
        int room = before ? at : text.key().length() - at;
        if (context.length() < CLOSE && room >= TextQuoteSelector.CONTEXT) {
            // The quote was near the start or end of the document; a place far from it does not share that context.
            return false;
        }
        if (score(at, context, before) >= AGREEMENT && score(at, near(context, NEAR, before), before) >= CLOSE_AGREEMENT) {
            return true;
        }
        return context.length() >= CLOSE && score(at, near(context, CLOSE, before), before) >= CLOSE_AGREEMENT;
    }

    private double score(int at, String context, boolean before) {
        return before ? prefixScore(at, context) : suffixScore(at, context);
    }

    /** The {@code n} characters of {@code context} next to the quote. */
    private static String near(String context, int n, boolean before) {
        return before ? context.substring(Math.max(0, context.length() - n)) : context.substring(0, Math.min(n, context.length()));
    }

    /** Hypothesis's context score: 1 - (edit distance of {@code prefix} to the text just before {@code at}) / length. */
    private double prefixScore(int at, String prefix) {
        if (prefix.isEmpty()) {
            return at == 0 ? 1.0 : 0.0;
        }
        String key = text.key();
        return 1.0 - (double) ApproxMatcher.bestErrors(key.substring(Math.max(0, at - prefix.length()), at), prefix)
                / prefix.length();
    }

    /** Hypothesis's context score for the text just after {@code at}. */
    private double suffixScore(int at, String suffix) {
        String key = text.key();
        if (suffix.isEmpty()) {
            return at == key.length() ? 1.0 : 0.0;
        }
        return 1.0 - (double) ApproxMatcher.bestErrors(key.substring(at, Math.min(key.length(), at + suffix.length())),
                suffix) / suffix.length();
    }

    /**
     * The result for compact range {@code [start, end)}; {@link Result#farMove()} when the quote now sits at another
     * place in its paragraph than before (more than {@link #NEAR} characters from its old offset in the paragraph).
     */
    private Result result(Method method, Anchor old, int compactStart, int compactEnd) {
        Anchor now = anchor(text.sourceStart(compactStart), text.sourceEnd(compactEnd));
        boolean far = method != Method.OFFSETS && Math.abs(now.blockOffset() - old.blockOffset()) > NEAR;
        return new Result(method, now, far);
    }

    private static Result orphan() {
        return new Result(Method.ORPHAN, null, false);
    }

    private double position(int at, int hint) {
        return text.length() == 0 ? 1.0 : 1.0 - (double) Math.abs(at - hint) / text.length();
    }

    /**
     * Index of the block holding source offset {@code offset} (or the last block starting before it); -1 if none. A
     * block's range may hold the next one (a caption set inside a paragraph), so the one before is asked too.
     */
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
        if (found > 0 && document.blocks().get(found).sourceEnd() <= offset
                && document.blocks().get(found - 1).sourceEnd() > offset) {
            // a caption set inside a paragraph follows it: past the caption's end the offset is the paragraph's again
            return found - 1;
        }
        return found;
    }
}
