package org.pizhu.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pizhu.document.Document;
import org.pizhu.importing.ImportedText;
import org.pizhu.importing.SourceFormat;
import org.pizhu.importing.SourceMetadata;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.DocumentMeta;
import org.pizhu.library.DocumentMetas;
import org.pizhu.library.Library;
import org.pizhu.library.LoadedDocument;
import org.pizhu.library.ReimportReport;
import org.pizhu.library.Speakers;
import org.pizhu.reflow.Reflower;
import org.pizhu.speakers.Speaker;
import org.pizhu.speakers.SpeakerAnalysis;
import org.pizhu.speakers.SpeakerAnalyzer;

/**
 * Bringing documents into the library: text is reflowed, the speaker engine runs, and the library stores the result
 * in one transaction. The window and the command line go through here; the library itself only stores.
 */
public final class DocumentImports {
    private final Library library;

    /** Imports into {@code library}. */
    public DocumentImports(Library library) {
        this.library = library;
    }

    /** Reflows and stores a new plain text; refuses a text already in the library. */
    public DocumentInfo importText(String sourceName, String text) {
        return importDocument(new Reflower().reflow(sourceName, text));
    }

    /** Stores a document read by the importer (any format) with its speakers; refuses a text already there. */
    public DocumentInfo importDocument(Document doc) {
        return library.importDocument(doc, DocumentImports::detectSpeakers);
    }

    /**
     * Stores a file read by the importer, refusing a text already there, with what the file says about itself: a
     * book's own title (an EPUB's package metadata, where the first heading is often a table of contents) and the
     * citation data (authors, outlet, date, address of a web page or book) as the document's editable metadata.
     */
    public DocumentInfo importDocument(ImportedText imported) {
        DocumentInfo info = importDocument(imported.document());
        return applySourceMetadata(info, imported);
    }

    /** As {@link #importIfNew(Document)}, keeping what the file says about itself when the text is new. */
    public Library.Imported importIfNew(ImportedText imported) {
        Library.Imported done = importIfNew(imported.document());
        return done.added() ? new Library.Imported(applySourceMetadata(done.info(), imported), true) : done;
    }

    private DocumentInfo applySourceMetadata(DocumentInfo info, ImportedText imported) {
        SourceMetadata m = imported.metadata();
        DocumentInfo now = info;
        if (imported.format() == SourceFormat.EPUB && m.title() != null && !m.title().isBlank()
                && !m.title().strip().equals(info.title())) {
            library.setTitle(info.id(), m.title());
            now = library.document(info.id());
        }
        boolean cites = !m.authors().isEmpty() || present(m.outlet()) || present(m.date()) || present(m.url());
        if (cites && DocumentMetas.get(library, info.id()).equals(DocumentMeta.EMPTY)) {
            DocumentMetas.put(library, info.id(), new DocumentMeta("", m.authors(), m.outlet(), m.date(), "", "",
                    m.url(), "", ""));
        }
        return now;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** Stores a document unless its text is already in the library; the record either way. */
    public Library.Imported importIfNew(Document doc) {
        return library.importIfNew(doc, DocumentImports::detectSpeakers);
    }

    /**
     * The library's copy of a document ready to display: read back with its annotations when the text was already
     * there, else stored now and returned with the very blocks given.
     */
    public LoadedDocument importOrLoad(Document doc) {
        return library.importOrLoad(doc, DocumentImports::detectSpeakers);
    }

    /** Replaces document {@code id} with a new version of its text; annotations re-anchored, orphans kept. */
    public ReimportReport reimport(long id, String sourceName, String text) {
        return reimport(id, new Reflower().reflow(sourceName, text));
    }

    /** Replaces document {@code id} with a new version read by the importer; annotations re-anchored, orphans kept. */
    public ReimportReport reimport(long id, Document doc) {
        return library.reimport(id, doc, DocumentImports::detectSpeakers);
    }

    /** What the speaker engine finds in {@code doc}, in the form the library stores. */
    public static Speakers detectSpeakers(Document doc) {
        SpeakerAnalysis analysis = new SpeakerAnalyzer().analyze(doc);
        Map<Integer, String> byBlock = new HashMap<>();
        for (int i = 0; i < analysis.blockSpeakers().size(); i++) {
            String name = analysis.blockSpeakers().get(i);
            if (name != null) {
                byBlock.put(i, name);
            }
        }
        Map<String, List<String>> titles = new HashMap<>();
        for (Speaker s : analysis.speakers()) {
            if (!s.titles().isEmpty()) {
                titles.put(s.name(), s.titles());
            }
        }
        return new Speakers(analysis.speakers().stream().map(Speaker::name).toList(), byBlock, titles);
    }
}
