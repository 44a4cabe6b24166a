package org.pizhu.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;
import org.pizhu.document.Document;
import org.pizhu.importing.ImportOptions;
import org.pizhu.importing.Importer;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Library;
import org.pizhu.library.LoadedDocument;

/**
 * A {@link DocumentLoader} backed by the library: the sample and opened files are imported (once; a text already in
 * the library is opened from it) and every document is loaded from the library with its annotations. Remembers which
 * library document each returned {@link Document} is, for the annotation layer. Thread-safe.
 */
public final class LibraryDocumentLoader implements DocumentLoader {
    private final Library library;
    private final DocumentLoader files;
    private final Map<Document, LoadedDocument> loaded = new WeakHashMap<>();

    /** Loads through {@code library}, reading the sample and files with {@code files}. */
    public LibraryDocumentLoader(Library library, DocumentLoader files) {
        this.library = library;
        this.files = files;
    }

    /** The library. */
    public Library library() {
        return library;
    }

    @Override
    public Document sample() throws Exception {
        return importAndLoad(files.sample());
    }

    @Override
    public Document open(Path file) throws Exception {
        return load(importFile(file).id());
    }

    /**
     * Imports {@code file} (text in any Chinese encoding, Markdown, HTML, PDF or EPUB) into the library without
     * opening it; a text already there is not imported again.
     */
    public DocumentInfo importFile(Path file) throws Exception {
        return importFile(file, () -> false);
    }

    /** As {@link #importFile(Path)}, stopping with an exception when {@code cancelled} turns true (between pages). */
    public DocumentInfo importFile(Path file, java.util.function.BooleanSupplier cancelled) throws Exception {
        Document doc = new Importer().importFile(file, ImportOptions.defaults().withCancel(cancelled)).document();
        return library.documentWithText(doc.source()).orElseGet(() -> library.importDocument(doc));
    }

    /** Loads library document {@code id}. */
    public Document load(long id) {
        LoadedDocument d = library.load(id);
        synchronized (loaded) {
            loaded.put(d.document(), d);
        }
        return d.document();
    }

    private Document importAndLoad(Document read) {
        DocumentInfo info = library.documentWithText(read.source()).orElseGet(() -> library.importDocument(read));
        return load(info.id());
    }

    /** The library's record of a document this loader returned; null for any other. */
    public LoadedDocument loaded(Document document) {
        synchronized (loaded) {
            return loaded.get(document);
        }
    }
}
