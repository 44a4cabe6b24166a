package org.pizhu.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.pizhu.annotate.Anchor;
import org.pizhu.annotate.Anchorer;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;

/** Creating, editing, deleting, undoing and re-anchoring annotations, each in one transaction with its undo entry. */
final class Annotations {
    private final Database db;
    private final LongFunction<Anchorer> anchorers;

    Annotations(Database db, LongFunction<Anchorer> anchorers) {
        this.db = db;
        this.anchorers = anchorers;
    }

    Annotation create(long documentId, int start, int end, AnnotationKind kind, Color color, String note, List<String> tags) {
        Anchor anchor = anchor(documentId, start, end);
        Instant now = Instant.now();
        Annotation draft = new Annotation(0, documentId, kind, color, anchor, false, note,
                AnnotationStore.cleanTags(tags), now, now, AnnotationStore.newUid());
        return write("annotate", c -> {
            long id = AnnotationStore.insert(c, draft);
            Annotation saved = new Annotation(id, documentId, kind, color, anchor, false, note, draft.tags(), now, now,
                    draft.uid());
            UndoLog.record(c, "add " + kind.id(), null, saved);
            return saved;
        });
    }

    /**
     * Merges an imported annotation at {@code start..end}: added when its uid is new here, replaced when the library's
     * copy is older, else left alone (so importing a file twice changes nothing).
     */
    ImportedAnnotation.Outcome merge(long documentId, int start, int end, ImportedAnnotation in) {
        Anchor anchor = anchor(documentId, start, end);
        List<String> tags = AnnotationStore.cleanTags(in.tags());
        return write("import annotation " + in.uid(), c -> {
            Optional<Annotation> have = AnnotationStore.byUid(c, in.uid());
            if (have.isPresent()) {
                Annotation h = have.get();
                if (h.documentId() != documentId) {
                    throw new LibraryException("annotation " + in.uid() + " is on document " + h.documentId()
                            + " in this library, not on " + documentId);
                }
                if (!in.modified().isAfter(h.modified())) {
                    return ImportedAnnotation.Outcome.UNCHANGED;
                }
                Annotation next = new Annotation(h.id(), documentId, in.kind(), in.color(), anchor, false, in.note(),
                        tags, h.created(), in.modified(), h.uid());
                AnnotationStore.update(c, next);
                UndoLog.record(c, "import " + in.kind().id(), h, next);
                return ImportedAnnotation.Outcome.UPDATED;
            }
            Annotation draft = new Annotation(0, documentId, in.kind(), in.color(), anchor, false, in.note(), tags,
                    in.created(), in.modified(), in.uid());
            long id = AnnotationStore.insert(c, draft);
            UndoLog.record(c, "import " + in.kind().id(), null, AnnotationStore.get(c, id).orElseThrow());
            return ImportedAnnotation.Outcome.ADDED;
        });
    }

    Optional<Annotation> byUid(String uid) {
        return read(c -> AnnotationStore.byUid(c, uid));
    }

    private Anchor anchor(long documentId, int start, int end) {
        Anchorer anchorer = anchorers.apply(documentId);
        int length = anchorer.text().source().length();
        if (start < 0 || end > length || start >= end) {
            throw new LibraryException("the range " + start + ".." + end + " is outside document " + documentId
                    + " (0.." + length + ")");
        }
        try {
            return anchorer.anchor(start, end);
        } catch (IllegalArgumentException e) {
            throw new LibraryException("cannot annotate only whitespace");
        }
    }

    Annotation update(Annotation changed) {
        return write("edit annotation " + changed.id(), c -> {
            Annotation before = AnnotationStore.get(c, changed.id())
                    .orElseThrow(() -> new LibraryException("no annotation " + changed.id() + " in the library"));
            if (before.documentId() != changed.documentId()) {
                throw new LibraryException("an annotation cannot move to another document");
            }
            Annotation next = new Annotation(changed.id(), changed.documentId(), changed.kind(), changed.color(),
                    changed.anchor(), changed.orphan(), changed.note(), AnnotationStore.cleanTags(changed.tags()),
                    before.created(), Instant.now(), before.uid());
            AnnotationStore.update(c, next);
            Annotation saved = AnnotationStore.get(c, next.id()).orElseThrow();
            UndoLog.record(c, "edit " + saved.kind().id(), before, saved);
            return saved;
        });
    }

    void delete(long id) {
        write("delete annotation " + id, c -> {
            Annotation before = AnnotationStore.get(c, id)
                    .orElseThrow(() -> new LibraryException("no annotation " + id + " in the library"));
            AnnotationStore.delete(c, id);
            UndoLog.record(c, "delete " + before.kind().id(), before, null);
            return null;
        });
    }

    Optional<String> step(boolean undo) {
        return write(undo ? "undo" : "redo", c -> {
            Optional<UndoLog.Entry> next = UndoLog.next(c, undo);
            if (next.isEmpty()) {
                return Optional.<String>empty();
            }
            UndoLog.Entry e = next.get();
            Annotation target = undo ? e.before() : e.after();
            boolean exists = AnnotationStore.get(c, e.annotationId()).isPresent();
            if (target == null) {
                if (exists) {
                    AnnotationStore.delete(c, e.annotationId());
                }
            } else if (exists) {
                AnnotationStore.update(c, target);
            } else {
                AnnotationStore.insert(c, target);
            }
            UndoLog.mark(c, e.id(), undo);
            return Optional.of(e.label());
        });
    }

    /** A document's annotations, each checked against the text; any whose place moved is saved there (no undo entry). */
    List<Annotation> loadFor(long documentId, Anchorer anchorer) {
        List<Annotation> stored = read(c -> AnnotationStore.forDocument(c, documentId));
        List<Annotation> changed = new ArrayList<>();
        List<Annotation> out = new ArrayList<>(stored.size());
        for (Annotation a : stored) {
            Annotation now = a;
            if (!a.orphan()) {
                Anchorer.Result r = anchorer.relocate(a.anchor());
                now = r.found() ? a.withAnchor(r.anchor()) : orphaned(a);
            }
            if (!now.equals(a)) {
                changed.add(now);
            }
            out.add(now);
        }
        if (!changed.isEmpty()) {
            write("re-anchor annotations", c -> {
                for (Annotation a : changed) {
                    AnnotationStore.update(c, a);
                }
                return null;
            });
        }
        out.sort(Annotation.READING_ORDER);
        return out;
    }

    /** Re-anchors all of a document's annotations (orphans too: they may come back) in the caller's transaction. */
    ReimportReport reanchorAll(Connection c, long documentId, Anchorer anchorer, DocumentInfo info) throws SQLException {
        int unchanged = 0;
        int moved = 0;
        int fuzzy = 0;
        int far = 0;
        List<Annotation> orphans = new ArrayList<>();
        for (Annotation a : AnnotationStore.forDocument(c, documentId)) {
            Anchorer.Result r = anchorer.relocate(a.anchor());
            Annotation next;
            switch (r.method()) {
                case OFFSETS -> unchanged++;
                case EXACT -> moved++;
                case FUZZY -> fuzzy++;
                default -> orphans.add(a);
            }
            if (r.farMove()) {
                far++;
            }
            next = r.found() ? a.withAnchor(r.anchor()) : orphaned(a);
            AnnotationStore.update(c, next);
        }
        List<Annotation> flagged = new ArrayList<>();
        for (Annotation o : orphans) {
            flagged.add(orphaned(o));
        }
        return new ReimportReport(info, unchanged, moved, fuzzy, flagged, far);
    }

    private static Annotation orphaned(Annotation a) {
        return new Annotation(a.id(), a.documentId(), a.kind(), a.color(), a.anchor(), true, a.note(), a.tags(),
                a.created(), a.modified(), a.uid());
    }

    private <T> T write(String action, Database.Work<T> work) {
        try {
            return db.write(work);
        } catch (SQLException e) {
            throw db.translate(e, action);
        }
    }

    private <T> T read(Database.Work<T> work) {
        try {
            return db.read(work);
        } catch (SQLException e) {
            throw db.translate(e, "read annotations");
        }
    }
}
