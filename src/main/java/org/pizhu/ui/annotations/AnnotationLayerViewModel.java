package org.pizhu.ui.annotations;

import org.pizhu.ui.BackgroundRunner;
import org.pizhu.ui.library.LibraryDocumentLoader;
import org.pizhu.ui.reader.BlockTextConverter;
import org.pizhu.ui.reader.ReaderViewModel;
import org.pizhu.ui.reader.Repaint;
import org.pizhu.ui.reader.ScriptChoice;
import org.pizhu.ui.speakers.SpeakerSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import org.pizhu.library.Speakers;

/**
 * The annotations of the open library document: creating highlights, underlines and notes from a selection in the
 * shown script, editing, deleting, undo and redo through the library's undo log, and the marks the reader draws.
 * A new mark is drawn at once and saved in the background; every library call runs off the JavaFX thread.
 */
public final class AnnotationLayerViewModel {
    private final Library library;
    private final ReaderViewModel reader;
    private final BlockTextConverter converter;
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
    private Map<Integer, String> speakerByBlock = Map.of();
    private long serial;
    private long pendingIds;

    /** The layer over {@code reader}'s documents, loaded by {@code documents} from {@code library}. */
    public AnnotationLayerViewModel(Library library, LibraryDocumentLoader documents, ReaderViewModel reader,
                                    BlockTextConverter converter, BackgroundRunner runner) {
        this.library = library;
        this.reader = reader;
        this.converter = converter;
        this.runner = runner;
        binding = new LibraryBinding(documents, reader, runner, this::attach,
                message -> failed(new IllegalStateException(message)));
    }

    /** Makes {@code d} (or nothing) the document annotations refer to. */
    private void attach(LoadedDocument d) {
        current.set(d);
        speakerByBlock = Map.of();
        setAll(d == null ? List.of() : d.annotations());
        if (d != null) {
            long id = d.info().id();
            runner.run(() -> library.speakers(id), s -> {
                if (isCurrent(id) && !s.byBlock().isEmpty()) {
                    speakerByBlock = s.byBlock();
                    setAll(List.copyOf(annotations));
                }
            }, runner.reportFailureOf("Reading the document's speakers"));
            refreshUndo();
        }
    }

    /**
     * Records the speakers the window found for the open document (block to name), and stores them in the library
     * when it has none for the document, so exports and filters by speaker see them.
     */
    public void setSpeakers(List<SpeakerSummary> found) {
        LoadedDocument d = current.get();
        if (d == null || found.isEmpty()) {
            return;
        }
        Map<Integer, String> byBlock = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (SpeakerSummary s : found) {
            if (!s.reporter()) {
                names.add(s.name());
                s.statementBlocks().forEach(b -> byBlock.putIfAbsent(b, s.name()));
            }
        }
        if (speakerByBlock.isEmpty()) {
            speakerByBlock = Map.copyOf(byBlock);
            setAll(List.copyOf(annotations));
            long id = d.info().id();
            runner.run(() -> {
                if (library.speakers(id).byBlock().isEmpty()) {
                    library.storeSpeakers(id, new Speakers(names, byBlock));
                }
                return true;
            }, ok -> { }, runner.reportFailureOf("Storing the document's speakers"));
        }
    }

    /** The speaker whose statement holds {@code a}, or null. */
    public String speakerOf(Annotation a) {
        return a.orphan() ? null : speakerByBlock.get(a.anchor().block());
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
        if (fromBlock < toBlock && fromCol >= reader.shownText(fromBlock).length()) {
            fromBlock++;
            fromCol = 0;
        }
        if (toBlock > fromBlock && toCol == 0) {
            toBlock--;
            toCol = reader.shownText(toBlock).length();
        }
        if (fromBlock > toBlock || (fromBlock == toBlock && fromCol >= toCol)) {
            return false;
        }
        int start = toOriginal(doc, fromBlock, fromCol, reader.shownText(fromBlock).length())[0];
        int end = toOriginal(doc, toBlock, 0, toCol)[1];
        if (fromBlock == toBlock && start >= end) {
            return false;
        }
        int sourceStart = blocks.get(fromBlock).sourceMap().sourceOffset(start);
        int sourceEnd = end == 0 ? blocks.get(toBlock).sourceStart()
                : blocks.get(toBlock).sourceMap().sourceOffset(end - 1) + 1;
        if (sourceEnd <= sourceStart || blocks.subList(fromBlock, toBlock + 1).stream().allMatch(b -> b.text().isBlank())) {
            return false;
        }
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

    private int[] toOriginal(Document doc, int block, int start, int end) {
        ScriptChoice shown = scriptOf(block);
        return converter.toOriginalRange(doc, block, shown, Math.min(start, end), end);
    }

    /** The script block {@code block} is currently shown in (blocks far from the view may lag behind a switch). */
    public ScriptChoice scriptOf(int block) {
        Document doc = reader.documentProperty().get();
        String shown = reader.shownText(block);
        if (doc == null || shown.equals(doc.blocks().get(block).text())) {
            return ScriptChoice.ORIGINAL;
        }
        ScriptChoice wanted = reader.shownScriptProperty().get();
        if (converter.convert(doc, block, wanted).equals(shown)) {
            return wanted;
        }
        for (ScriptChoice c : ScriptChoice.values()) {
            if (c != wanted && converter.convert(doc, block, c).equals(shown)) {
                return c;
            }
        }
        return ScriptChoice.ORIGINAL;
    }

    /** Marks of {@code block} in the offsets of its text as shown now. */
    public List<Mark> shownMarks(int block) {
        List<Mark> own = marks.get(block);
        Document doc = reader.documentProperty().get();
        if (own == null || own.isEmpty() || doc == null) {
            return List.of();
        }
        ScriptChoice script = scriptOf(block);
        if (script == ScriptChoice.ORIGINAL) {
            return List.copyOf(own);
        }
        List<Mark> out = new ArrayList<>(own.size());
        for (Mark m : own) {
            int[] r = converter.toShownRange(doc, block, script, m.start(), m.end());
            if (r[1] > r[0]) {
                out.add(new Mark(r[0], r[1], m.kind(), m.color(), m.hasNote(), m.annotationId()));
            }
        }
        return out;
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

    /** Moves the reader to {@code a}'s passage and selects it. */
    public void reveal(Annotation a) {
        LoadedDocument d = current.get();
        if (d == null || a.orphan()) {
            return;
        }
        int block = a.anchor().block();
        Block b = d.document().blocks().get(block);
        int s = b.sourceMap().textOffset(a.anchor().start());
        int e = Math.min(b.text().length(), b.sourceMap().textOffset(a.anchor().end()));
        int[] r = converter.toShownRange(d.document(), block, scriptOf(block), s, Math.max(s, e));
        reader.reveal(block, r[0], r[1]);
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
