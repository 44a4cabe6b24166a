package org.pizhu.ui;

import org.pizhu.document.Block;

/**
 * Converts the text of one block to a script; the seam between the reader and the script layer.
 *
 * <p>Implementations must be thread-safe: the reader calls them off the JavaFX thread. {@link ScriptChoice#ORIGINAL}
 * always returns the block's own text.
 */
public interface BlockTextConverter {
    /** The text of {@code block} in {@code target}. */
    String convert(Block block, ScriptChoice target);

    /**
     * Folds one character for matching across scripts (e.g. Traditional to Simplified); must return one char so
     * that offsets in folded text equal offsets in the shown text.
     */
    char fold(char c);

    /** Loads dictionaries ahead of the first conversion; optional. */
    default void warmUp() {
    }
}
