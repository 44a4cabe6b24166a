package org.pizhu.library;

import java.util.List;

/**
 * What a search found: passages of documents, and annotations whose note or tags match.
 *
 * @param blocks      matching blocks, exact hits first, each group in library order (document id, then reading order), at most the limit asked
 * @param annotations matching annotations
 * @param truncated    true when more blocks matched than were returned
 * @param ignoredTerms how many words of a very long query were not searched (only the first ones are)
 */
public record SearchResults(List<BlockHit> blocks, List<AnnotationHit> annotations, boolean truncated,
                            int ignoredTerms) {
    public SearchResults {
        blocks = List.copyOf(blocks);
        annotations = List.copyOf(annotations);
    }

    /** Most distinct words of a query that are searched; the rest are counted in {@link #ignoredTerms}. */
    public static final int MAX_TERMS = 32;

    /** Results of a query searched in full. */
    public SearchResults(List<BlockHit> blocks, List<AnnotationHit> annotations, boolean truncated) {
        this(blocks, annotations, truncated, 0);
    }

    /**
     * A block containing the query: where, and a snippet of its own text with the first hit marked.
     *
     * @param exact true when the block has every word in the query's own script; false when only in the other
     *              script (or another regional variant), a folded hit, listed after the exact ones
     */
    public record BlockHit(long documentId, String documentTitle, int blockIndex, int hitStart, int hitEnd,
                           Snippet snippet, boolean exact) {
    }

    /**
     * An annotation whose note or tag matches.
     *
     * @param matchedIn "note" or "tag"
     */
    public record AnnotationHit(long annotationId, long documentId, String documentTitle, String quote,
                                String matchedIn, Snippet snippet) {
    }

    /** A piece of text around a hit: {@code before + hit + after}; the UI styles {@code hit}. */
    public record Snippet(String before, String hit, String after) {
        /** The snippet with the hit between the given marks, e.g. {@code «…»}. */
        public String marked(String open, String close) {
            return before + open + hit + close + after;
        }
    }
}
