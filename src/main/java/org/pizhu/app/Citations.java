package org.pizhu.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Reporters found per document version, so the export dialog's previews do not run the engine again. */
    private static final Map<String, List<String>> REPORTERS = new ConcurrentHashMap<>();
    private static final int CACHED = 512;

    /** The citation data of a loaded document. */
    public static DocumentMeta of(Library library, DocumentInfo info, Document document) {
        DocumentMeta saved = DocumentMetas.get(library, info.id());
        if (!saved.authors().isEmpty()) {
            return saved.orElse(ExportSource.defaultCitation(info, document));
        }
        String key = library.path() + "|" + info.id() + "|" + info.version() + "|" + info.modifiedAt();
        List<String> reporters = REPORTERS.get(key);
        if (reporters == null) {
            reporters = new SpeakerAnalyzer().analyze(document).reporters();
            if (REPORTERS.size() >= CACHED) {
                REPORTERS.clear();
            }
            REPORTERS.put(key, reporters);
        }
        return saved.orElse(withAuthors(reporters).orElse(ExportSource.defaultCitation(info, document)));
    }

    /** What the engine finds for a document, with nothing from the user. */
    public static DocumentMeta found(DocumentInfo info, Document document) {
        return withAuthors(new SpeakerAnalyzer().analyze(document).reporters())
                .orElse(ExportSource.defaultCitation(info, document));
    }

    private static DocumentMeta withAuthors(List<String> authors) {
        return new DocumentMeta("", authors, "", "", "", "", "", "", "");
    }
}
