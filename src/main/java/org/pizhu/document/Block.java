package org.pizhu.document;

import java.util.Objects;

/**
 * One reflowed unit of a document: a heading, paragraph, caption, byline or credit, with the lines it came from.
 *
 * @param index     position in the document, from 0
 * @param kind      what the block is
 * @param text      the reflowed text (source characters, only whitespace changed)
 * @param firstLine first source line, from 1
 * @param lastLine  last source line, from 1, inclusive
 * @param sourceMap where each character of {@code text} stands in the source
 */
public record Block(int index, BlockKind kind, String text, int firstLine, int lastLine, SourceMap sourceMap) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceMap, "sourceMap");
        if (sourceMap.textLength() != text.length()) {
            throw new IllegalArgumentException("source map covers " + sourceMap.textLength() + " chars, text has " + text.length());
        }
        if (firstLine < 1 || lastLine < firstLine) {
            throw new IllegalArgumentException("bad line range " + firstLine + ".." + lastLine);
        }
    }

    /** Offset in the source of the block's first character. */
    public int sourceStart() {
        return sourceMap.sourceStart();
    }

    /** Offset in the source just past the block's last character. */
    public int sourceEnd() {
        return sourceMap.sourceEnd();
    }

    /** The same block with another kind. */
    public Block withKind(BlockKind newKind) {
        return new Block(index, newKind, text, firstLine, lastLine, sourceMap);
    }
}
