package org.pizhu.importing;

import java.util.Objects;
import org.pizhu.document.Document;

/**
 * The result of an import: the document and how it was read.
 *
 * @param document the document; for structured formats its source is the extracted plain text
 * @param format   the format the file was read as
 * @param encoding the character encoding used for text formats (e.g. {@code "Big5"}), or {@code null}
 */
public record ImportedText(Document document, SourceFormat format, String encoding) {
    public ImportedText {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
    }
}
