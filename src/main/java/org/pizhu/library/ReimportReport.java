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
 * @param farMoves  of the moved and fuzzy ones, how many now sit elsewhere than at their old place in a paragraph
 *                  (in another paragraph, or far into a changed one): worth a look
 */
public record ReimportReport(DocumentInfo info, int unchanged, int moved, int fuzzy, List<Annotation> orphans,
                             int farMoves) {
    public ReimportReport {
        orphans = List.copyOf(orphans);
    }

    /** A report without far moves. */
    public ReimportReport(DocumentInfo info, int unchanged, int moved, int fuzzy, List<Annotation> orphans) {
        this(info, unchanged, moved, fuzzy, orphans, 0);
    }
}
