package org.pizhu.ui.reader;

/**
 * A request to bring a place in the text into view and select it.
 *
 * @param serial increases with every request, so repeating one still notifies
 * @param block  the block index
 * @param start  start offset in the block's shown text
 * @param end    end offset (exclusive); equal to {@code start} to select nothing
 */
public record Reveal(long serial, int block, int start, int end) {
}
