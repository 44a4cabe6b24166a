package org.pizhu.ui.annotations;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.pizhu.document.Document;
import org.pizhu.library.LoadedDocument;
import org.pizhu.ui.BackgroundRunner;
import org.pizhu.ui.library.LibraryDocumentLoader;
import org.pizhu.ui.reader.ReaderViewModel;

/**
 * Matches each document the reader shows with its library record, for the annotation layer: at once for a document
 * loaded from the library; for a file just opened (see {@link LibraryDocumentLoader#open}) by storing it once it is
 * on screen, or at once if another document replaces it first. When the library holds the same text in other blocks,
 * it offers the library's copy to be shown instead.
 */
final class LibraryBinding {
    private final LibraryDocumentLoader documents;
    private final ReaderViewModel reader;
    private final BackgroundRunner runner;
    private final Consumer<LoadedDocument> attach;
    private final Consumer<String> failed;
    private final ReadOnlyObjectWrapper<Document> libraryCopy = new ReadOnlyObjectWrapper<>(this, "libraryCopy");
    private final ReadOnlyBooleanWrapper storing = new ReadOnlyBooleanWrapper(this, "storing");
    /** A file opened but not yet drawn, to store once it is (or at once, if another document replaces it first). */
    private Document waitingToStore;

    /**
     * Follows {@code reader}'s documents; {@code attach} receives each one's record (null until there is one), on the
     * JavaFX thread, and {@code failed} a message when a file cannot be stored.
     */
    LibraryBinding(LibraryDocumentLoader documents, ReaderViewModel reader, BackgroundRunner runner,
                   Consumer<LoadedDocument> attach, Consumer<String> failed) {
        this.documents = documents;
        this.reader = reader;
        this.runner = runner;
        this.attach = attach;
        this.failed = failed;
        reader.documentProperty().addListener((o, a, doc) -> opened(doc));
    }

    private void opened(Document doc) {
        Document left = waitingToStore;
        waitingToStore = null;
        if (left != null && left != doc && documents.isUnstored(left)) {
            store(left);
        }
        LoadedDocument d = doc == null ? null : documents.loaded(doc);
        attach.accept(d);
        storing.set(d == null && doc != null && documents.isUnstored(doc));
        if (storing.get()) {
            waitingToStore = doc;
            reader.whenDisplayed(doc, () -> {
                if (waitingToStore == doc) {
                    waitingToStore = null;
                    store(doc);
                }
            });
        }
    }

    /** Stores a document shown before it was in the library; attaches its record if it is still shown. */
    private void store(Document doc) {
        runner.run(() -> documents.store(doc), stored -> {
            if (reader.documentProperty().get() != doc) {
                return;
            }
            storing.set(false);
            if (stored.document() == doc) {
                attach.accept(stored);
            } else {
                libraryCopy.set(stored.document());
            }
        }, e -> {
            if (reader.documentProperty().get() == doc) {
                storing.set(false);
            }
            failed.accept(doc.sourceName() + " is shown but could not be saved in the library, so it cannot be"
                    + " annotated: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        });
    }

    /** Whether the shown document is a file being added to the library (it cannot be annotated yet). */
    ReadOnlyBooleanProperty storingProperty() {
        return storing.getReadOnlyProperty();
    }

    /** The library's copy of the shown text when it was read into other blocks than the file just opened. */
    ReadOnlyObjectProperty<Document> libraryCopyProperty() {
        return libraryCopy.getReadOnlyProperty();
    }
}
