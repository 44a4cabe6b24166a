package org.pizhu.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pizhu.annotate.Annotation;
import org.pizhu.document.Document;
import org.pizhu.document.TextDigest;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.DocumentMeta;
import org.pizhu.library.Speakers;

/**
 * One document's material for an export, already read from the library: nothing in the export engine does I/O.
 *
 * @param info          the library's record of the document
 * @param document      its source text and blocks
 * @param annotations   its annotations in reading order (orphans last)
 * @param speakers      who speaks in which block
 * @param speakerTitles titles (e.g. office held) by speaker name, for attribution lines; may be empty
 * @param citation      how to cite the document (every field resolved: the user's, else what was found)
 */
public record ExportSource(DocumentInfo info, Document document, List<Annotation> annotations, Speakers speakers,
                           Map<String, List<String>> speakerTitles, DocumentMeta citation) {
    public ExportSource {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(document, "document");
        annotations = List.copyOf(annotations);
        speakers = speakers == null ? Speakers.none() : speakers;
        speakerTitles = speakerTitles == null ? Map.of() : Map.copyOf(speakerTitles);
        citation = citation == null ? defaultCitation(info, document) : citation.orElse(defaultCitation(info, document));
    }

    /** A source cited only by what the library knows (title, language, the citekey derived from the text). */
    public ExportSource(DocumentInfo info, Document document, List<Annotation> annotations, Speakers speakers,
                        Map<String, List<String>> speakerTitles) {
        this(info, document, annotations, speakers, speakerTitles, null);
    }

    /**
     * The citation data the library alone gives: the title, the language from the script, and the key derived from
     * the text ({@code pizhu-} and the first 8 hex digits of its SHA-256: the same in every library, and unchanged
     * when the other fields are edited).
     */
    public static DocumentMeta defaultCitation(DocumentInfo info, Document document) {
        return new DocumentMeta(info.title(), List.of(), "", "", "", "", "", Language.of(info.script()),
                "pizhu-" + TextDigest.sha256(document.source()).substring(0, 8));
    }
}
