package org.pizhu.app;

import org.pizhu.document.Document;
import org.pizhu.export.ExportSource;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.DocumentMeta;
import org.pizhu.library.DocumentMetas;
import org.pizhu.library.Library;
import org.pizhu.speakers.SpeakerAnalyzer;

/**
 * A document's citation data: what the user saved ({@code pizhu meta}), and for every field left empty what the
 * engine found: the reporters named in bylines as authors, then the title, language and text-derived citekey
 * ({@link ExportSource#defaultCitation}).
 */
public final class Citations {
    private Citations() {
    }

    /** The citation data of a loaded document. */
    public static DocumentMeta of(Library library, DocumentInfo info, Document document) {
        return DocumentMetas.get(library, info.id()).orElse(found(info, document));
    }

    /** What the engine finds for a document, with nothing from the user. */
    public static DocumentMeta found(DocumentInfo info, Document document) {
        DocumentMeta reporters = new DocumentMeta("", new SpeakerAnalyzer().analyze(document).reporters(), "", "", "",
                "", "", "", "");
        return reporters.orElse(ExportSource.defaultCitation(info, document));
    }
}
