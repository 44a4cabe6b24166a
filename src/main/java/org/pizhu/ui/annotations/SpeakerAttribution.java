package org.pizhu.ui.annotations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pizhu.annotate.Annotation;
import org.pizhu.library.Library;
import org.pizhu.library.Speakers;
import org.pizhu.ui.BackgroundRunner;
import org.pizhu.ui.speakers.SpeakerSummary;

/**
 * Who speaks in which block of the open library document, for the annotations panel and exports: read from the
 * library (detection plus the user's corrections); for a document stored before its speakers were, the speakers the
 * window found are stored once.
 */
final class SpeakerAttribution {
    private final Library library;
    private final BackgroundRunner runner;
    private Map<Integer, String> byBlock = Map.of();
    private long documentId = -1;

    SpeakerAttribution(Library library, BackgroundRunner runner) {
        this.library = library;
        this.runner = runner;
    }

    /** Reads document {@code id}'s speakers; {@code loaded} runs (on the JavaFX thread) once some are known. */
    void load(long id, Runnable loaded) {
        documentId = id;
        byBlock = Map.of();
        runner.run(() -> library.speakers(id), s -> {
            if (documentId == id && !s.byBlock().isEmpty()) {
                byBlock = s.byBlock();
                loaded.run();
            }
        }, runner.reportFailureOf("Reading the document's speakers"));
    }

    /** Reads document {@code id}'s speakers again after a correction, even when none are left; then {@code loaded}. */
    void reload(long id, Runnable loaded) {
        runner.run(() -> library.speakers(id), s -> {
            if (documentId == id) {
                byBlock = s.byBlock();
                loaded.run();
            }
        }, runner.reportFailureOf("Reading the document's speakers"));
    }

    /** Forgets the document (none is open). */
    void clear() {
        documentId = -1;
        byBlock = Map.of();
    }

    /**
     * Takes the speakers the window found for document {@code id} when the library had none for it, and stores
     * them; returns whether the attribution changed.
     */
    boolean found(long id, List<SpeakerSummary> found) {
        if (id != documentId || found.isEmpty() || !byBlock.isEmpty()) {
            return false;
        }
        Map<Integer, String> blocks = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (SpeakerSummary s : found) {
            if (!s.reporter()) {
                names.add(s.name());
                s.statementBlocks().forEach(b -> blocks.putIfAbsent(b, s.name()));
            }
        }
        byBlock = Map.copyOf(blocks);
        runner.run(() -> {
            if (library.speakers(id).byBlock().isEmpty()) {
                library.storeSpeakers(id, new Speakers(names, blocks));
            }
            return true;
        }, ok -> { }, runner.reportFailureOf("Storing the document's speakers"));
        return true;
    }

    /** The speaker whose statement holds {@code a}, or null. */
    String of(Annotation a) {
        return a.orphan() ? null : byBlock.get(a.anchor().block());
    }
}
