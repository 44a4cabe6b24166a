package org.pizhu.ui.reader;

import java.util.List;

/**
 * New texts for a run of blocks, published by the {@link ReaderViewModel} for the reader view to repaint.
 *
 * @param serial        increases with every update, so equal runs still notify
 * @param from          index of the first block replaced
 * @param texts         the new texts of blocks {@code from .. from + texts.size() - 1}
 * @param wholeDocument whether this replaces the whole document (a newly opened one)
 */
public record TextUpdate(long serial, int from, List<String> texts, boolean wholeDocument) {
    public TextUpdate {
        texts = List.copyOf(texts);
    }
}
