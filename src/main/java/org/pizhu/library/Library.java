package org.pizhu.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.pizhu.annotate.Anchorer;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import java.util.function.Function;
import org.pizhu.document.Document;

/**
 * The user's library: one SQLite file holding documents, their blocks and speakers, annotations with tags and notes,
 * the undo history and the search index. It stores and queries only; reading, reflowing and speaker detection run
 * above it, in {@code org.pizhu.app}. Methods are thread-safe: writes are serialised on one connection, each one
 * transaction; reads run beside them on read connections. Errors are {@link LibraryException}s with messages for the
 * user.
 */
public final class Library implements AutoCloseable {
    private final Database db;
    private final Annotations annotations;
    private final Map<Long, Anchorer> anchorers = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Anchorer> eldest) {
            return size() > 4;
        }
    };

    private final BackgroundCheck check;
    private final SpeakerRecords speakerRecords = new SpeakerRecords(this);

    private Library(Database db, LibraryOptions options) {
        this.db = db;
        this.annotations = new Annotations(db, this::anchorer);
        boolean checkedAlready = !options.integrityCheck() || db.fileSize() <= options.blockingCheckBytes();
        this.check = checkedAlready || !options.backgroundCheck()
                ? BackgroundCheck.done(checkedAlready && options.integrityCheck() ? "ok" : "not checked")
                : BackgroundCheck.start(db.path());
    }

    /** Opens (creating if needed) the library at {@code file} with the default options. */
    public static Library open(Path file) {
        return open(file, LibraryOptions.defaults());
    }

    /** Opens (creating if needed) the library at {@code file}. */
    public static Library open(Path file, LibraryOptions options) {
        return new Library(Database.open(file, options), options);
    }

    /** Opens the library at the default place (see {@link LibraryPaths}), creating the data folder if needed. */
    public static Library openDefault() {
        return openDefault(LibraryOptions.defaults());
    }

    /** Opens the library at the default place with {@code options}, creating the data folder if needed. */
    public static Library openDefault(LibraryOptions options) {
        Path file = LibraryPaths.resolve(null).toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new LibraryException("cannot create the data folder " + file.getParent() + ": " + e.getMessage(), e);
        }
        return open(file, options);
    }

    /** The library file. */
    public Path path() {
        return db.path();
    }

    /**
     * Stores a document with the speakers {@code detect} finds in it, in one transaction; refuses a text already in
     * the library. The library only stores: reading, reflowing and analysing happen above it (org.pizhu.app).
     */
    public DocumentInfo importDocument(Document doc, Function<Document, Speakers> detect) {
        Imported r = importIfNew(doc, detect);
        if (!r.added()) {
            throw new LibraryException(doc.sourceName() + " is already in the library as document " + r.info().id());
        }
        return r.info();
    }

    /** What {@link #importIfNew} did with a document: its record, and whether it was added (else it was there). */
    public record Imported(DocumentInfo info, boolean added) {
    }

    /**
     * Stores a document as {@link #importDocument} does unless its text is already in the library, and returns the
     * record either way (the text is hashed once for both; {@code detect} runs only for a new text).
     */
    public Imported importIfNew(Document doc, Function<Document, Speakers> detect) {
        String hash = DocumentStore.hash(doc.source());
        Optional<DocumentInfo> known = call("find document", c -> find(c, hash), false);
        if (known.isPresent()) {
            return new Imported(known.get(), false);
        }
        CompletableFuture<Speakers> detected = detectAsync(doc, detect);
        return call("import " + doc.sourceName(), c -> {
            Optional<DocumentInfo> raced = find(c, hash);
            if (raced.isPresent()) {
                return new Imported(raced.get(), false);
            }
            long id = DocumentStore.insert(c, doc, hash, Instant.now());
            SpeakerStore.storeDetected(c, id, join(detected));
            return new Imported(DocumentStore.find(c, id).orElseThrow(), true);
        }, true);
    }

    private static Optional<DocumentInfo> find(java.sql.Connection c, String hash) throws SQLException {
        Optional<Long> id = DocumentStore.idByHash(c, hash);
        return id.isPresent() ? DocumentStore.find(c, id.get()) : Optional.empty();
    }

    /**
     * Runs the speaker detection on another thread while the caller stores the text and its search index: the two
     * take about the same time on a large document, and machines have at least two cores.
     */
    private static CompletableFuture<Speakers> detectAsync(Document doc, Function<Document, Speakers> detect) {
        return CompletableFuture.supplyAsync(() -> detect.apply(doc));
    }

    private static Speakers join(CompletableFuture<Speakers> detected) {
        try {
            return detected.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The library's copy of {@code doc}'s text ready to display: read back with its annotations when the text was
     * already there; else stored now and returned with the very blocks given (nothing is read back), for a reader
     * that shows a file before it is stored.
     */
    public LoadedDocument importOrLoad(Document doc, Function<Document, Speakers> detect) {
        Imported r = importIfNew(doc, detect);
        if (!r.added()) {
            return load(r.info().id());
        }
        Anchorer anchorer = new Anchorer(doc);
        synchronized (anchorers) {
            anchorers.put(r.info().id(), anchorer);
        }
        return new LoadedDocument(r.info(), doc, List.of());
    }

    /** All documents, oldest first. */
    public List<DocumentInfo> documents() {
        return call("list documents", DocumentStore::list, false);
    }

    /** The document with this id. */
    public DocumentInfo document(long id) {
        return call("read document " + id, c -> DocumentStore.find(c, id), false)
                .orElseThrow(() -> new LibraryException("no document " + id + " in the library"));
    }

    /** The document whose source text is exactly {@code text}, if the library holds it (found by content hash). */
    public Optional<DocumentInfo> documentWithText(String text) {
        return documentWithHash(DocumentStore.hash(text));
    }

    /** The document whose source text has this SHA-256 ({@link org.pizhu.document.TextDigest}), if any. */
    public Optional<DocumentInfo> documentWithHash(String sha256) {
        return call("find document", c -> find(c, sha256), false);
    }

    /** A document ready to display: text, blocks, annotations in reading order (re-anchored if needed). */
    public LoadedDocument load(long id) {
        DocumentInfo info = document(id);
        Document doc = call("load document " + id, c -> DocumentStore.load(c, id), false);
        Anchorer anchorer = new Anchorer(doc);
        synchronized (anchorers) {
            anchorers.put(id, anchorer);
        }
        return new LoadedDocument(info, doc, annotations.loadFor(id, anchorer));
    }

    /**
     * Replaces a document with a new version (with the speakers {@code detect} finds in it); annotations re-anchored,
     * orphans kept.
     */
    public ReimportReport reimport(long id, Document doc, Function<Document, Speakers> detect) {
        document(id);
        String sourceName = doc.sourceName();
        String text = doc.source();
        CompletableFuture<Speakers> detected = detectAsync(doc, detect);
        Anchorer anchorer = new Anchorer(doc);
        String hash = DocumentStore.hash(text);
        ReimportReport report = call("re-import document " + id, c -> {
            Optional<Long> existing = DocumentStore.idByHash(c, hash);
            if (existing.isPresent() && existing.get() != id) {
                throw new LibraryException(sourceName + " is already in the library as document " + existing.get());
            }
            DocumentStore.replace(c, id, doc, hash, Instant.now());
            SpeakerStore.storeDetected(c, id, join(detected));
            UndoLog.forget(c, id);
            return annotations.reanchorAll(c, id, anchorer, DocumentStore.find(c, id).orElseThrow());
        }, true);
        synchronized (anchorers) {
            anchorers.put(id, anchorer);
        }
        return report;
    }

    /** Sets the title of document {@code id}; a re-import keeps it. */
    public void setTitle(long id, String title) {
        String t = title.strip();
        if (t.isEmpty() || !call("set the title of document " + id, c -> DocumentStore.setTitle(c, id, t, Instant.now()), true)) {
            throw new LibraryException(t.isEmpty() ? "a title cannot be empty" : "no document " + id + " in the library");
        }
    }

    /** Deletes a document with its annotations and speakers. */
    public void delete(long id) {
        boolean deleted = call("delete document " + id, c -> DocumentStore.delete(c, id), true);
        if (!deleted) {
            throw new LibraryException("no document " + id + " in the library");
        }
        synchronized (anchorers) {
            anchorers.remove(id);
        }
    }

    /** Annotates the source range {@code [start, end)} of a document. */
    public Annotation annotate(long documentId, int start, int end, AnnotationKind kind, Color color, String note,
                               List<String> tags) {
        return annotations.create(documentId, start, end, kind, color, note, tags);
    }

    /** Source ranges ({@code [start, end]}) where {@code quote} occurs, ignoring whitespace, script, width and case. */
    public List<int[]> findQuote(long documentId, String quote) {
        return anchorer(documentId).find(quote);
    }

    /**
     * Merges an annotation read from an export at {@code start..end} of a document, keeping its uid and times: added,
     * or replacing an older copy with the same uid, or (already there, as new or newer) left alone.
     */
    public ImportedAnnotation.Outcome mergeAnnotation(long documentId, int start, int end, ImportedAnnotation in) {
        return annotations.merge(documentId, start, end, in);
    }

    /** The annotation with this globally unique id, if the library has it. */
    public Optional<Annotation> annotationByUid(String uid) {
        return annotations.byUid(uid);
    }

    /** Saves changes to an annotation's kind, colour, note, tags or place (made with its {@code with…} methods). */
    public Annotation update(Annotation changed) {
        return annotations.update(changed);
    }

    /** Deletes an annotation (undoable). */
    public void deleteAnnotation(long id) {
        annotations.delete(id);
    }

    /** One annotation. */
    public Optional<Annotation> annotation(long id) {
        return call("read annotation " + id, c -> AnnotationStore.get(c, id), false);
    }

    /** A document's annotations in reading order, orphans last. */
    public List<Annotation> annotations(long documentId) {
        document(documentId);
        return call("read annotations", c -> AnnotationStore.forDocument(c, documentId), false);
    }

    /** Undoes the latest annotation change; returns what was undone, or empty if there is nothing to undo. */
    public Optional<String> undo() {
        return annotations.step(true);
    }

    /** Whether there is a change to undo (for enabling the menu item). */
    public boolean canUndo() {
        return call("read the undo history", c -> UndoLog.next(c, true).isPresent(), false);
    }

    /** Whether there is an undone change to redo. */
    public boolean canRedo() {
        return call("read the undo history", c -> UndoLog.next(c, false).isPresent(), false);
    }

    /** Redoes the latest undone change; returns what was redone, or empty if there is nothing to redo. */
    public Optional<String> redo() {
        return annotations.step(false);
    }

    /** Tag names with how many annotations carry each. */
    public Map<String, Integer> tags() {
        return call("read tags", AnnotationStore::tagCounts, false);
    }

    /** Finds {@code query} in documents (either script; 1-character queries too), notes and tags. */
    public SearchResults search(String query, int limit) {
        return call("search", c -> SearchIndex.search(c, query, limit), false);
    }

    /** Stores what the speaker engine detected for a document (replacing the previous detection, not corrections). */
    public void storeSpeakers(long documentId, Speakers detected) {
        document(documentId);
        call("store speakers", c -> {
            SpeakerStore.storeDetected(c, documentId, detected);
            return null;
        }, true);
    }

    /** The speakers the reader sees: detection with the user's corrections applied. */
    public Speakers speakers(long documentId) {
        return call("read speakers", c -> SpeakerStore.effective(c, documentId), false);
    }

    /** The user's corrections to each document's speakers, and the people across the library. */
    public SpeakerRecords speakerRecords() {
        return speakerRecords;
    }

    /** Writes a consistent copy of the library to {@code target} (online backup; the library stays usable). */
    public void backup(Path target) {
        Backups.backup(db, target);
    }

    /** Replaces the library at {@code library} with a checked backup; the replaced file is kept beside it. */
    public static Path restore(Path backup, Path library) {
        return Backups.restore(backup, library);
    }

    /** {@code PRAGMA integrity_check}: "ok" or the problems found. */
    public String checkIntegrity() {
        return call("check the library", Database::integrityCheck, false);
    }

    /**
     * The outcome of the integrity check made when the library was opened: "ok", the problems found, or "not
     * checked". Small libraries are checked before {@code open} returns; large ones in the background, so the window
     * can open at once and warn later if the file is damaged.
     */
    public java.util.concurrent.CompletableFuture<String> integrity() {
        return check.result();
    }

    Anchorer anchorer(long documentId) {
        synchronized (anchorers) {
            Anchorer a = anchorers.get(documentId);
            if (a != null) {
                return a;
            }
        }
        Document doc = call("load document " + documentId, c -> DocumentStore.load(c, documentId), false);
        Anchorer a = new Anchorer(doc);
        synchronized (anchorers) {
            anchorers.put(documentId, a);
        }
        return a;
    }

    Database database() {
        return db;
    }

    /** Runs {@code work} as a read ({@code write} false) or a write transaction; SQL errors become user messages. */
    <T> T call(String action, Database.Work<T> work, boolean write) {
        try {
            return write ? db.write(work) : db.read(work);
        } catch (SQLException e) {
            throw db.translate(e, action);
        }
    }

    @Override
    public void close() {
        check.cancel();
        db.close();
    }
}
