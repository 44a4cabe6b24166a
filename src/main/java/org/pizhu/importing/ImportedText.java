package org.pizhu.importing;

import java.util.Objects;
import org.pizhu.document.Document;

/**
 * The result of an import: the document and how it was read.
 *
 * @param document   the document; for structured formats its source is the extracted plain text
 * @param format     the format the file was read as
 * @param encoding   the character encoding used for text formats (e.g. {@code "Big5"}), or {@code null}
 * @param metadata   title, authors, outlet, date and address the file gives about itself, and import notes
 * @param titleBlock the index of the block that is the document's headline (a web page's article title), or -1
 */
public record ImportedText(Document document, SourceFormat format, String encoding, SourceMetadata metadata,
        int titleBlock) {
    public ImportedText {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        metadata = metadata == null ? SourceMetadata.NONE : metadata;
    }

    /** A result without metadata. */
    public ImportedText(Document document, SourceFormat format, String encoding) {
        this(document, format, encoding, SourceMetadata.NONE, -1);
    }
}
