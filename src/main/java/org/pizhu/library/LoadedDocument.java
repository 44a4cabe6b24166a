package org.pizhu.library;

import java.util.List;
import org.pizhu.annotate.Annotation;
import org.pizhu.document.Document;

/**
 * A document as the reader shows it: its blocks and its annotations in reading order (orphans last).
 *
 * @param info        the library's record of it
 * @param document    source text and blocks
 * @param annotations annotations, sorted by {@link Annotation#READING_ORDER}
 */
public record LoadedDocument(DocumentInfo info, Document document, List<Annotation> annotations) {
    public LoadedDocument {
        annotations = List.copyOf(annotations);
    }

    /**
     * The source offset of a position in a block's reflowed text (what the reader's selection gives), for
     * {@link Library#annotate}: a selection {@code [from, to)} in block {@code b} is
     * {@code [sourceOffset(b, from), sourceOffset(b, to - 1) + 1)}.
     */
    public int sourceOffset(int block, int offsetInBlock) {
        return document.blocks().get(block).sourceMap().sourceOffset(offsetInBlock);
    }
}
