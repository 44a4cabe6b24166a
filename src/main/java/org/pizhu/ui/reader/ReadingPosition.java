package org.pizhu.ui.reader;

/**
 * A place in a document as the reader left it.
 *
 * @param block  the first block on screen
 * @param offset the offset in that block's text of the first character on screen
 */
public record ReadingPosition(int block, int offset) {
    /** The top of a document. */
    public static final ReadingPosition START = new ReadingPosition(0, 0);

    /** The position as stored, {@code block:offset}. */
    public String encode() {
        return block + ":" + offset;
    }

    /** A stored position, or {@link #START} when {@code text} is not one. */
    public static ReadingPosition decode(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            return START;
        }
        try {
            return new ReadingPosition(Math.max(0, Integer.parseInt(text.substring(0, colon))),
                    Math.max(0, Integer.parseInt(text.substring(colon + 1))));
        } catch (NumberFormatException e) {
            return START;
        }
    }
}
