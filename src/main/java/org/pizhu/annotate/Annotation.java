package org.pizhu.annotate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A highlight, underline or note on a passage of a document, with its tags and Markdown note.
 *
 * @param id         the library's id, unique and never reused
 * @param documentId the document annotated
 * @param kind       highlight, underline or note-only
 * @param color      the colour (kept for every kind so a change of kind keeps it)
 * @param anchor     where the annotation sits (its last known place if it is an orphan)
 * @param orphan     true when the passage was not found in a new version of the text; the annotation is kept
 * @param note       Markdown text, empty if none
 * @param tags       tag names, sorted, without duplicates
 * @param created    when it was made
 * @param modified   when it last changed
 * @param uid        its globally unique id (a UUID), kept by exports and imports into any library; empty in a draft
 *                   not yet saved
 */
public record Annotation(long id, long documentId, AnnotationKind kind, Color color, Anchor anchor, boolean orphan,
                         String note, List<String> tags, Instant created, Instant modified, String uid) {
    /** Reading order: by block, then offset in the block; orphans last. */
    public static final Comparator<Annotation> READING_ORDER = Comparator
            .comparing(Annotation::orphan)
            .thenComparingInt((Annotation a) -> a.anchor().block())
            .thenComparingInt(a -> a.anchor().blockOffset())
            .thenComparingInt(a -> a.anchor().start())
            .thenComparingLong(Annotation::id);

    public Annotation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(anchor, "anchor");
        note = note == null ? "" : note;
        tags = List.copyOf(tags);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        uid = uid == null ? "" : uid;
    }

    /** The same annotation with another colour. */
    public Annotation withColor(Color newColor) {
        return new Annotation(id, documentId, kind, newColor, anchor, orphan, note, tags, created, modified, uid);
    }

    /** The same annotation with another kind. */
    public Annotation withKind(AnnotationKind newKind) {
        return new Annotation(id, documentId, newKind, color, anchor, orphan, note, tags, created, modified, uid);
    }

    /** The same annotation with another note (Markdown). */
    public Annotation withNote(String newNote) {
        return new Annotation(id, documentId, kind, color, anchor, orphan, newNote, tags, created, modified, uid);
    }

    /** The same annotation with other tags. */
    public Annotation withTags(List<String> newTags) {
        return new Annotation(id, documentId, kind, color, anchor, orphan, note, newTags, created, modified, uid);
    }

    /** The same annotation at another place (no longer an orphan). */
    public Annotation withAnchor(Anchor newAnchor) {
        return new Annotation(id, documentId, kind, color, newAnchor, false, note, tags, created, modified, uid);
    }

    /** The quoted text (compact: without whitespace). */
    public String quote() {
        return anchor.quote().exact();
    }
}
