package org.pizhu.ui.reader;

import java.util.Collection;

/** What side panels may ask of the reader: show a place, tint a set of blocks, underline quotations. */
public interface BlockNavigator {
    /** Scrolls {@code block} into view and selects {@code start..end} in its shown text. */
    void reveal(int block, int start, int end);

    /** Tints the given blocks (e.g. a speaker's statements); an empty collection clears the tint. */
    void tint(Collection<Integer> blocks);

    /** Shows only the tinted blocks when {@code on}, all blocks otherwise. */
    void showOnlyTinted(boolean on);

    /** Underlines the given quotations; an empty collection clears them. */
    void underline(Collection<QuoteSpan> quotes);
}
