package org.pizhu.ui.reader;

import org.pizhu.document.Document;

/**
 * Converts the text of one block to a script; the seam between the reader and the script layer.
 *
 * <p>Implementations must be thread-safe: the reader calls them off the JavaFX thread. {@link ScriptChoice#ORIGINAL}
 * always returns the block's own text. The document is passed so that implementations can cache per document.
 */
public interface BlockTextConverter {
    /** The text of block {@code blockIndex} of {@code document} in {@code target}. */
    String convert(Document document, int blockIndex, ScriptChoice target);

    /**
     * Folds one character for matching across scripts (e.g. Traditional to Simplified); must return one char so
     * that offsets in folded text equal offsets in the shown text.
     */
    char fold(char c);

    /**
     * The range of block {@code blockIndex} shown in {@code target} that covers {@code [start, end)} of the block's
     * own text; the identity unless the converter maps offsets (conversions that change lengths).
     */
    default int[] toShownRange(Document document, int blockIndex, ScriptChoice target, int start, int end) {
        return new int[] {start, end};
    }

    /** The range of the block's own text covering {@code [start, end)} of its text shown in {@code target}. */
    default int[] toOriginalRange(Document document, int blockIndex, ScriptChoice target, int start, int end) {
        return new int[] {start, end};
    }

    /**
     * A short text outside the document's blocks (a speaker's name, a library title) shown in {@code target}; the
     * text itself unless the implementation converts scripts.
     */
    default String convertLabel(String text, ScriptChoice target) {
        return text;
    }

    /** Loads dictionaries ahead of the first conversion; optional. */
    default void warmUp() {
    }

    /** Does the per-document work of a first conversion of {@code document} ahead of time; optional. */
    default void prepare(Document document) {
    }

    /**
     * Whether converting a screenful of {@code document} now takes well under a frame (dictionaries loaded, the
     * document prepared), so the reader may do it on the JavaFX thread instead of waiting for a background thread.
     */
    default boolean isReady(Document document) {
        return false;
    }
}
