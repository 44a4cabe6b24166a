package org.pizhu.ui.reader;

/**
 * One match of a search in the shown text.
 *
 * @param block index of the block
 * @param start start offset in the block's shown text
 * @param end   end offset, exclusive
 */
public record FindHit(int block, int start, int end) {
}
