package org.pizhu.library;

import java.util.List;
import org.pizhu.annotate.Annotation;

/**
 * What happened to a document's annotations when a new version of its text was imported.
 *
 * @param info      the document after the re-import
 * @param unchanged annotations found at their old offsets
 * @param moved     annotations found by their exact quote elsewhere
 * @param fuzzy     annotations found by an approximate match of their quote and context
 * @param orphans   annotations not found: kept, flagged as orphans
 */
public record ReimportReport(DocumentInfo info, int unchanged, int moved, int fuzzy, List<Annotation> orphans) {
    public ReimportReport {
        orphans = List.copyOf(orphans);
    }
}
