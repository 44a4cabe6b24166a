package org.pizhu.ui.reader;

/**
 * A quotation in the text, underlined when its speaker is selected.
 *
 * @param block index of the block
 * @param start start offset in the block's original text
 * @param end   end offset, exclusive
 */
public record QuoteSpan(int block, int start, int end) {
}
