package org.pizhu.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.pizhu.app.DocumentImports;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.importing.ImportOptions;
import org.pizhu.importing.Importer;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Library;
import org.pizhu.library.LoadedDocument;
import org.pizhu.ui.DocumentLoader;

/**
 * A {@link DocumentLoader} backed by the library: the sample and opened files are imported (once; a text already in
 * the library is opened from it) and documents are loaded from the library with their annotations. A file opened for
 * the first time is returned as soon as it is read, so the reader shows it at once; {@link #store} then puts it in the
 * library (the annotation layer calls it off the JavaFX thread). Remembers which library document each returned
 * {@link Document} is, for the annotation layer. Thread-safe.
 */
public final class LibraryDocumentLoader implements DocumentLoader {
    private final Library library;
    private final DocumentImports imports;
    private final DocumentLoader files;
    private final Map<Document, LoadedDocument> loaded = new WeakHashMap<>();
    private final Map<Document, Boolean> unstored = new WeakHashMap<>();

    /** Loads through {@code library}, reading the sample and files with {@code files}. */
    public LibraryDocumentLoader(Library library, DocumentLoader files) {
        this.library = library;
        this.imports = new DocumentImports(library);
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

    /**
     * Reads {@code file} and returns it at once, not yet matched with the library: {@link #store} does that off the
     * display path (it hashes the text, and stores it if new).
     */
    @Override
    public Document open(Path file) throws Exception {
        Document read = read(file, () -> false);
        synchronized (loaded) {
            unstored.put(read, Boolean.TRUE);
        }
        return read;
    }

    /** Whether {@code document} was returned by {@link #open} and is not in the library yet. */
    public boolean isUnstored(Document document) {
        synchronized (loaded) {
            return unstored.containsKey(document);
        }
    }

    /**
     * Matches a document {@link #open} returned with the library and returns its record there: a new text is stored
     * (blocks kept); a text already there comes with its annotations, for the same document object when the stored
     * blocks are the same, else as the library's own copy (which the caller should show instead, since the
     * annotations are anchored to it). Call off the JavaFX thread.
     */
    public LoadedDocument store(Document document) {
        LoadedDocument known = loaded(document);
        if (known != null) {
            return known;
        }
        LoadedDocument stored = sameBlocks(imports.importOrLoad(document), document);
        synchronized (loaded) {
            unstored.remove(document);
            loaded.put(stored.document(), stored);
        }
        return stored;
    }

    /** {@code fromLibrary} for {@code shown} when their blocks are the same, else unchanged. */
    private static LoadedDocument sameBlocks(LoadedDocument fromLibrary, Document shown) {
        if (fromLibrary.document() == shown) {
            return fromLibrary;
        }
        List<Block> a = fromLibrary.document().blocks();
        List<Block> b = shown.blocks();
        if (a.size() != b.size()) {
            return fromLibrary;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).kind() != b.get(i).kind() || !a.get(i).text().equals(b.get(i).text())
                    || a.get(i).sourceStart() != b.get(i).sourceStart()) {
                return fromLibrary;
            }
        }
        return new LoadedDocument(fromLibrary.info(), shown, fromLibrary.annotations());
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
        return imports.importIfNew(new Importer().importFile(file, ImportOptions.defaults().withCancel(cancelled)))
                .info();
    }

    private static Document read(Path file, java.util.function.BooleanSupplier cancelled) throws Exception {
        return new Importer().importFile(file, ImportOptions.defaults().withCancel(cancelled)).document();
    }

    /** Loads library document {@code id}. */
    public Document load(long id) {
        return remember(library.load(id));
    }

    private Document importAndLoad(Document read) {
        return remember(imports.importOrLoad(read));
    }

    private Document remember(LoadedDocument d) {
        synchronized (loaded) {
            loaded.put(d.document(), d);
        }
        return d.document();
    }

    /** The library's record of a document this loader returned; null for any other. */
    public LoadedDocument loaded(Document document) {
        synchronized (loaded) {
            return loaded.get(document);
        }
    }
}
