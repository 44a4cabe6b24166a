package org.pizhu.ui.annotations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.library.Library;
import org.pizhu.library.LoadedDocument;
import org.pizhu.ui.BackgroundRunner;
import org.pizhu.ui.library.LibraryDocumentLoader;
import org.pizhu.ui.reader.BlockTextConverter;
import org.pizhu.ui.reader.ReaderViewModel;
import org.pizhu.ui.reader.Repaint;
import org.pizhu.ui.reader.ScriptChoice;
import org.pizhu.ui.speakers.SpeakerSummary;

/**
 * The annotations of the open library document: creating highlights, underlines and notes from a selection in the
 * shown script, editing, deleting, undo and redo through the library's undo log, and the marks the reader draws.
 * A new mark is drawn at once and saved in the background; every library call runs off the JavaFX thread.
 */
public final class AnnotationLayerViewModel {
    private final Library library;
    private final ReaderViewModel reader;
    private final BackgroundRunner runner;
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LoadedDocument> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Repaint> repaint = new ReadOnlyObjectWrapper<>(this, "repaint");
    private final ReadOnlyObjectWrapper<Annotation> created = new ReadOnlyObjectWrapper<>(this, "created");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final LibraryBinding binding;
    private final MarkIndex marks = new MarkIndex();
    private final ShownRanges ranges;
    private final SpeakerAttribution speakers;
    private final javafx.beans.property.LongProperty outlined =
            new javafx.beans.property.SimpleLongProperty(this, "outlined");
    private long serial;
    private long pendingIds;

    /** The layer over {@code reader}'s documents, loaded by {@code documents} from {@code library}. */
    public AnnotationLayerViewModel(Library library, LibraryDocumentLoader documents, ReaderViewModel reader,
                                    BlockTextConverter converter, BackgroundRunner runner) {
        outlined.addListener((o, was, now) -> {
            Set<Integer> blocks = marks.blocksOf(was.longValue());
            blocks.addAll(marks.blocksOf(now.longValue()));
            publish(blocks);
        });
        this.library = library;
        this.reader = reader;
        this.runner = runner;
        this.ranges = new ShownRanges(reader, converter);
        this.speakers = new SpeakerAttribution(library, runner);
        binding = new LibraryBinding(documents, reader, runner, this::attach,
                message -> failed(new IllegalStateException(message)));
    }

    /** Makes {@code d} (or nothing) the document annotations refer to. */
    private void attach(LoadedDocument d) {
        current.set(d);
        speakers.clear();
        setAll(d == null ? List.of() : d.annotations());
        if (d != null) {
            speakers.load(d.info().id(), () -> setAll(List.copyOf(annotations)));
            refreshUndo();
        }
    }

    /**
     * Records the speakers the window found for the open document (block to name), and stores them in the library
     * when it has none for the document, so exports and filters by speaker see them.
     */
    public void setSpeakers(List<SpeakerSummary> found) {
        LoadedDocument d = current.get();
        if (d != null && speakers.found(d.info().id(), found)) {
            setAll(List.copyOf(annotations));
        }
    }

    /** Reads the open document's speakers again (after a correction), for the annotations' speakers. */
    public void speakersChanged() {
        LoadedDocument d = current.get();
        if (d != null) {
            speakers.reload(d.info().id(), () -> setAll(List.copyOf(annotations)));
        }
    }

    /** The speaker whose statement holds {@code a}, or null. */
    public String speakerOf(Annotation a) {
        return speakers.of(a);
    }

    /**
     * Annotates the shown selection from (block, column) to (block, column), both in the text as shown (any
     * script). Returns false when the selection holds no text of the open library document.
     */
    public boolean annotate(int fromBlock, int fromCol, int toBlock, int toCol, AnnotationKind kind, Color color) {
        LoadedDocument d = current.get();
        if (d == null) {
            return false;
        }
        Document doc = d.document();
        List<Block> blocks = doc.blocks();
        ShownRanges.Selection sel = ranges.selection(fromBlock, fromCol, toBlock, toCol);
        ShownRanges.SourceRange range = sel == null ? null : ranges.sourceRange(doc, sel);
        if (range == null) {
            return false;
        }
        int sourceStart = range.sourceStart();
        int sourceEnd = range.sourceEnd();
        int start = range.textStart();
        int end = range.textEnd();
        fromBlock = sel.fromBlock();
        toBlock = sel.toBlock();
        long pendingId = -(++pendingIds);
        Set<Integer> touched = new HashSet<>();
        for (int b = fromBlock; b <= toBlock; b++) {
            int s = b == fromBlock ? start : 0;
            int e = b == toBlock ? end : blocks.get(b).text().length();
            if (e > s) {
                marks.add(b, new Mark(s, e, kind, color, false, pendingId));
                touched.add(b);
            }
        }
        publish(touched);
        long docId = d.info().id();
        runner.run(() -> library.annotate(docId, sourceStart, sourceEnd, kind, color, "", List.of()), saved -> {
            Set<Integer> changed = marks.remove(pendingId);
            if (isCurrent(docId)) {
                changed.addAll(changeOne(0, saved));
            }
            publish(changed);
            created.set(saved);
            refreshUndo();
        }, e -> {
            dropPending(pendingId);
            failed(e);
        });
        return true;
    }

    /** The script block {@code block} is currently shown in (blocks far from the view may lag behind a switch). */
    public ScriptChoice scriptOf(int block) {
        return ranges.scriptOf(block);
    }

    /** Marks of {@code block} in the offsets of its text as shown now. */
    public List<Mark> shownMarks(int block) {
        return ranges.shown(block, marks.get(block));
    }

    /**
     * The mark covering column {@code col} of {@code block} as shown (a caret just after a mark counts, so a mark
     * just made is found), the innermost when several overlap; null when none. Its id is negative while it is saved.
     */
    public Mark markAt(int block, int col) {
        Mark best = null;
        for (Mark m : shownMarks(block)) {
            if (m.start() <= col && col <= m.end() && (best == null || m.end() - m.start() < best.end() - best.start())) {
                best = m;
            }
        }
        return best;
    }

    /** The library id of the annotation outlined in the reader (chosen in the panel), or 0. */
    public javafx.beans.property.LongProperty outlinedProperty() {
        return outlined;
    }

    /** Blocks that have marks. */
    public Set<Integer> markedBlocks() {
        return marks.blocks();
    }

    /** Saves an edited annotation (tags, note, colour, kind). */
    public void update(Annotation changed) {
        long docId = changed.documentId();
        runner.run(() -> library.update(changed), saved -> {
            if (isCurrent(docId)) {
                publish(changeOne(saved.id(), saved));
            }
            refreshUndo();
        }, this::failed);
    }

    /** Deletes an annotation (undoable). */
    public void delete(Annotation a) {
        runner.run(() -> {
            library.deleteAnnotation(a.id());
            return a;
        }, gone -> {
            if (isCurrent(gone.documentId())) {
                publish(changeOne(gone.id(), null));
            }
            refreshUndo();
        }, this::failed);
    }

    /** Undoes the latest annotation change. */
    public void undo() {
        step(true);
    }

    /** Redoes the latest undone change. */
    public void redo() {
        step(false);
    }

    private void step(boolean undo) {
        LoadedDocument d = current.get();
        Long docId = d == null ? null : d.info().id();
        runner.run(() -> {
            if (undo) {
                library.undo();
            } else {
                library.redo();
            }
            return docId == null ? null : library.annotations(docId);
        }, now -> {
            if (now != null && isCurrent(docId)) {
                setAll(now);
            }
            refreshUndo();
        }, this::failed);
    }

    private void refreshUndo() {
        runner.run(() -> new boolean[] {library.canUndo(), library.canRedo()}, b -> {
            canUndo.set(b[0]);
            canRedo.set(b[1]);
        }, runner.reportFailureOf("Reading the undo history"));
    }

    private boolean isCurrent(long docId) {
        return current.get() != null && current.get().info().id() == docId;
    }

    private void dropPending(long pendingId) {
        publish(marks.remove(pendingId));
    }

    /** Removes annotation {@code removedId} (0: none) and adds {@code added} (null: none); returns touched blocks. */
    private Set<Integer> changeOne(long removedId, Annotation added) {
        Set<Integer> touched = removedId == 0 ? new HashSet<>() : marks.remove(removedId);
        List<Annotation> all = new ArrayList<>(annotations);
        if (removedId != 0) {
            all.removeIf(a -> a.id() == removedId);
        }
        LoadedDocument d = current.get();
        if (added != null) {
            all.add(added);
            if (!added.orphan() && d != null) {
                touched.addAll(marks.add(d.document(), added));
            }
        }
        all.sort(Annotation.READING_ORDER);
        annotations.setAll(all);
        return touched;
    }

    private void failed(Throwable e) {
        String m = e.getMessage();
        error.set("");
        error.set(m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
    }

    private void setAll(List<Annotation> list) {
        List<Annotation> sorted = new ArrayList<>(list);
        sorted.sort(Annotation.READING_ORDER);
        marks.clearSaved();
        LoadedDocument d = current.get();
        if (d != null) {
            for (Annotation a : sorted) {
                if (!a.orphan()) {
                    marks.add(d.document(), a);
                }
            }
        }
        annotations.setAll(sorted);
        publishAll();
    }

    private void publish(Set<Integer> blocks) {
        repaint.set(new Repaint(++serial, blocks, false));
    }

    private void publishAll() {
        repaint.set(new Repaint(++serial, Set.of(), true));
    }

    /** The annotation with library id {@code id} in the open document, or null. */
    public Annotation byId(long id) {
        return annotations.stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }

    /** The annotation of the current document with the globally unique id {@code uid} (as links name it), or null. */
    public Annotation byUid(String uid) {
        return annotations.stream().filter(a -> uid.equals(a.uid())).findFirst().orElse(null);
    }

    /** Moves the reader to {@code a}'s passage and selects it (a link, a search hit); it is outlined too. */
    public void reveal(Annotation a) {
        show(a, true);
    }

    /**
     * Moves the reader to {@code a}'s passage with the caret at its start, and outlines it: chosen in the panel, its
     * colour stays in view (a selection would cover it), and the keys 1–5, U and Del act on it.
     */
    public void point(Annotation a) {
        show(a, false);
    }

    private void show(Annotation a, boolean select) {
        LoadedDocument d = current.get();
        if (d == null || a.orphan()) {
            return;
        }
        int block = a.anchor().block();
        int[] r = ranges.shownRange(d.document(), block, a.anchor().start(), a.anchor().end());
        outlined.set(a.id());
        reader.reveal(block, r[0], select ? r[1] : r[0]);
    }

    /** The open document's annotations in reading order, orphans last. */
    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    /** The open library document, or null when none is open. */
    public ReadOnlyObjectProperty<LoadedDocument> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The annotation created last (once saved). */
    public ReadOnlyObjectProperty<Annotation> createdProperty() {
        return created.getReadOnlyProperty();
    }

    /** The latest request to redraw marks. */
    public ReadOnlyObjectProperty<Repaint> repaintProperty() {
        return repaint.getReadOnlyProperty();
    }

    /** Whether there is a change to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether there is an undone change to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /**
     * The library's copy of the shown text when it was read into other blocks than the file just opened (an older
     * import): annotations are anchored to it, so the window shows it instead.
     */
    public ReadOnlyObjectProperty<Document> libraryCopyProperty() {
        return binding.libraryCopyProperty();
    }

    /** Whether the shown document is a file still being added to the library, so it cannot be annotated yet. */
    public ReadOnlyBooleanProperty storingProperty() {
        return binding.storingProperty();
    }

    /** The last error for the user; empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The library. */
    public Library library() {
        return library;
    }
}
