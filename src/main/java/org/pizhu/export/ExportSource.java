package org.pizhu.export;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pizhu.annotate.Annotation;
import org.pizhu.document.Document;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Speakers;

/**
 * One document's material for an export, already read from the library: nothing in the export engine does I/O.
 *
 * @param info          the library's record of the document
 * @param document      its source text and blocks
 * @param annotations   its annotations in reading order (orphans last)
 * @param speakers      who speaks in which block
 * @param speakerTitles titles (e.g. office held) by speaker name, for attribution lines; may be empty
 */
public record ExportSource(DocumentInfo info, Document document, List<Annotation> annotations, Speakers speakers,
                           Map<String, List<String>> speakerTitles) {
    public ExportSource {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(document, "document");
        annotations = List.copyOf(annotations);
        speakers = speakers == null ? Speakers.none() : speakers;
        speakerTitles = speakerTitles == null ? Map.of() : Map.copyOf(speakerTitles);
    }
}
