package org.pizhu.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pizhu.document.Document;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Library;
import org.pizhu.library.LoadedDocument;
import org.pizhu.library.SearchResults;
import org.pizhu.ui.BackgroundRunner;
import org.pizhu.ui.Cancellable;
import org.pizhu.ui.Dialogs;
import org.pizhu.ui.MainViewModel;
import org.pizhu.ui.Messages;
import org.pizhu.ui.annotations.AnnotationLayerViewModel;
import org.pizhu.ui.reader.BlockTextConverter;
import org.pizhu.ui.reader.ScriptLabels;
import org.pizhu.ui.reader.TextUpdate;

/**
 * The library view: the documents, importing files (menu or drag-and-drop) with progress and cancel, deleting with
 * confirmation, and library-wide search whose hits open the document at the place found. All library work runs off
 * the JavaFX thread.
 */
public final class LibraryViewModel {
    /** How many search hits are listed. */
    static final int SEARCH_LIMIT = 200;

    private final Library library;
    private final LibraryDocumentLoader loader;
    private final MainViewModel main;
    private final AnnotationLayerViewModel layer;
    private final BlockTextConverter converter;
    private final BackgroundRunner runner;
    private final Dialogs dialogs;
    private final Messages messages;
    private final ObservableList<DocumentInfo> documents = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final ReadOnlyStringWrapper importStatus = new ReadOnlyStringWrapper(this, "importStatus", "");
    private volatile AtomicBoolean cancel = new AtomicBoolean();
    private long searchSerial;
    private final ReadOnlyLongWrapper currentId = new ReadOnlyLongWrapper(this, "currentId", -1);
    private Cancellable pendingSearch = Cancellable.DONE;

    /** One place a search found. */
    public record SearchHit(long documentId, String documentTitle, int block, int start, int end,
                            SearchResults.Snippet snippet, long annotationId) {
    }

    /** The library view over {@code library}, opening documents in {@code main}. */
    public LibraryViewModel(LibraryDocumentLoader loader, MainViewModel main, AnnotationLayerViewModel layer,
                            BlockTextConverter converter, BackgroundRunner runner, Dialogs dialogs) {
        this.library = loader.library();
        this.loader = loader;
        this.main = main;
        this.layer = layer;
        this.converter = converter;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = main.messages();
        layer.annotations().addListener((javafx.collections.ListChangeListener<Object>) c -> refresh());
        layer.currentProperty().addListener((o, a, d) -> currentId.set(d == null ? -1 : d.info().id()));
    }

    /** The library id of the document open in the reader, or -1. */
    public ReadOnlyLongProperty currentIdProperty() {
        return currentId.getReadOnlyProperty();
    }

    /** Titles and snippets in the reader's script. */
    public ScriptLabels labels() {
        return main.labels();
    }

    /** Reloads the list of documents. */
    public void refresh() {
        runner.run(library::documents, documents::setAll, this::failed);
    }

    /** Opens a document in the reader. */
    public void open(DocumentInfo d) {
        if (d.id() == currentId.get()) {
            return;
        }
        main.openWith(() -> loader.load(d.id()));
    }

    /** Asks for files and imports them. */
    public void importChosen() {
        List<Path> files = dialogs.chooseImportFiles();
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /** Imports {@code files} in the background, one at a time, with progress; cancel stops before the next file. */
    public void importFiles(List<Path> files) {
        if (importing.get() || files.isEmpty()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        importing.set(true);
        progress.set(0);
        importStatus.set(messages.get("library.importing", files.get(0).getFileName(), 1, files.size()));
        importNext(files, 0, stop, new ArrayList<>());
    }

    private void importNext(List<Path> files, int i, AtomicBoolean stop, List<String> errors) {
        if (i >= files.size() || stop.get()) {
            importing.set(false);
            importStatus.set(stop.get() ? messages.get("library.importCancelled") : "");
            refresh();
            if (!errors.isEmpty()) {
                dialogs.showError(messages.get("library.importFailed"), String.join("\n", errors));
            }
            return;
        }
        Path file = files.get(i);
        importStatus.set(messages.get("library.importing", file.getFileName(), i + 1, files.size()));
        runner.run(() -> loader.importFile(file, stop::get), info -> {
            progress.set((i + 1) / (double) files.size());
            importNext(files, i + 1, stop, errors);
        }, e -> {
            if (!stop.get()) {
                errors.add(file.getFileName() + ": " + messageOf(e));
            }
            progress.set((i + 1) / (double) files.size());
            importNext(files, i + 1, stop, errors);
        });
    }

    /** Stops an import before its next file. */
    public void cancelImport() {
        cancel.set(true);
    }

    /** Deletes {@code d} with its annotations, after confirmation. */
    public void delete(DocumentInfo d) {
        if (!dialogs.confirm(messages.get("library.deleteTitle", d.title()),
                messages.get("library.deleteMessage", d.annotations()))) {
            return;
        }
        runner.run(() -> {
            library.delete(d.id());
            return d;
        }, gone -> refresh(), this::failed);
    }

    /** Searches the library for the current query. */
    public void search() {
        String q = query.get() == null ? "" : query.get().trim();
        long serial = ++searchSerial;
        pendingSearch.cancel();
        if (q.isEmpty()) {
            hits.clear();
            return;
        }
        pendingSearch = runner.run(() -> library.search(q, SEARCH_LIMIT), r -> {
            if (serial != searchSerial) {
                return;
            }
            List<SearchHit> out = new ArrayList<>();
            for (SearchResults.BlockHit h : r.blocks()) {
                out.add(new SearchHit(h.documentId(), h.documentTitle(), h.blockIndex(), h.hitStart(), h.hitEnd(),
                        h.snippet(), 0));
            }
            for (SearchResults.AnnotationHit h : r.annotations()) {
                out.add(new SearchHit(h.documentId(), h.documentTitle(), -1, 0, 0, h.snippet(), h.annotationId()));
            }
            hits.setAll(out);
        }, this::failed);
    }

    /** Opens the hit's document and shows the hit (or the annotation whose note or tag matched). */
    public void openHit(SearchHit hit) {
        LoadedDocument now = layer.currentProperty().get();
        if (now != null && now.info().id() == hit.documentId()) {
            showHit(hit);
            return;
        }
        javafx.beans.value.ChangeListener<TextUpdate>[] once = new javafx.beans.value.ChangeListener[1];
        once[0] = (o, a, u) -> {
            if (u == null || !u.wholeDocument()) {
                return;
            }
            main.reader().updateProperty().removeListener(once[0]);
            LoadedDocument d = layer.currentProperty().get();
            if (d != null && d.info().id() == hit.documentId()) {
                showHit(hit);
            }
        };
        main.reader().updateProperty().addListener(once[0]);
        main.openWith(() -> loader.load(hit.documentId()));
    }

    private void showHit(SearchHit hit) {
        if (hit.annotationId() > 0) {
            org.pizhu.annotate.Annotation a = layer.byId(hit.annotationId());
            if (a != null) {
                layer.reveal(a);
            }
            return;
        }
        Document doc = main.reader().documentProperty().get();
        int[] r = converter.toShownRange(doc, hit.block(), layer.scriptOf(hit.block()), hit.start(), hit.end());
        main.reader().reveal(hit.block(), r[0], r[1]);
    }

    private void failed(Throwable e) {
        dialogs.showError(messages.get("error.title"), messageOf(e));
    }

    private static String messageOf(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** The library's documents. */
    public ObservableList<DocumentInfo> documents() {
        return documents;
    }

    /** The latest search's hits. */
    public ObservableList<SearchHit> hits() {
        return hits;
    }

    /** The search query. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Whether files are being imported. */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** Fraction of the files imported. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Which file is being imported. */
    public ReadOnlyStringProperty importStatusProperty() {
        return importStatus.getReadOnlyProperty();
    }
}
