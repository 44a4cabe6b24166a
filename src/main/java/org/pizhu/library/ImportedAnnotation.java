package org.pizhu.library;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;

/**
 * An annotation read from an export, to be merged into the library with its identity and times kept.
 *
 * @param uid      its globally unique id (a new one when the file had none)
 * @param kind     highlight, underline or note
 * @param color    its colour
 * @param note     Markdown note, empty if none
 * @param tags     tag names
 * @param created  when it was made
 * @param modified when it last changed
 */
public record ImportedAnnotation(String uid, AnnotationKind kind, Color color, String note, List<String> tags,
                                 Instant created, Instant modified) {
    /** What a merge did. */
    public enum Outcome {
        /** The library did not have it: added. */
        ADDED,
        /** The library had an older version: replaced by the imported one. */
        UPDATED,
        /** The library already had it, as new or newer: left as it was. */
        UNCHANGED
    }

    public ImportedAnnotation {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(color, "color");
        note = note == null ? "" : note;
        tags = List.copyOf(tags);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
    }
}
