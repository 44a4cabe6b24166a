package org.pizhu.ui;

import java.util.Collection;

/** What side panels may ask of the reader: show a place, and tint a set of blocks. */
public interface BlockNavigator {
    /** Scrolls {@code block} into view and selects {@code start..end} in its shown text. */
    void reveal(int block, int start, int end);

    /** Tints the given blocks (e.g. a speaker's statements); an empty collection clears the tint. */
    void tint(Collection<Integer> blocks);
}
