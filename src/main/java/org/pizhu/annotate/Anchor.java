package org.pizhu.annotate;

import java.util.Objects;

/**
 * Where an annotation sits, recorded three ways so it can be found again after the text changes: character offsets
 * in the original source text, a text-quote selector, and the block (with the offset in its reflowed text, which is
 * also the reading-order sort key).
 *
 * @param start       source offset of the first quoted character
 * @param end         source offset just past the last quoted character
 * @param quote       the quote and its context
 * @param block       index of the block holding {@code start}
 * @param blockOffset offset of {@code start} in that block's reflowed text
 */
public record Anchor(int start, int end, TextQuoteSelector quote, int block, int blockOffset) {
    public Anchor {
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad anchor range " + start + ".." + end);
        }
    }
}
