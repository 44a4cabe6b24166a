package org.pizhu.ui.speakers;

import java.util.List;
import org.pizhu.document.Document;

/** Finds the speakers of a document for the sidebar; called off the JavaFX thread. */
@FunctionalInterface
public interface SpeakerSource {
    /** The speakers and reporters of {@code document}, in the order the sidebar lists them. */
    List<SpeakerSummary> speakers(Document document);
}
