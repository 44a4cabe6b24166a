package org.pizhu.library;

import java.util.List;
import java.util.Optional;
import org.pizhu.annotate.CompactText;

/**
 * The speakers a library keeps beyond what the engine detected: the user's corrections of each document (kept apart
 * and applied on top of every new detection, so they survive re-analysis and re-import), and the people across all
 * documents. Obtained from {@link Library#speakerRecords()}.
 */
public final class SpeakerRecords {
    private final Library library;

    SpeakerRecords(Library library) {
        this.library = library;
    }

    /** Renames a speaker everywhere in a document. */
    public void rename(long documentId, String from, String to) {
        correct(documentId, "rename", from, to);
    }

    /** Merges speaker {@code from} into {@code into} (e.g. a name and its surname-only form). */
    public void merge(long documentId, String from, String into) {
        correct(documentId, "merge", from, into);
    }

    /** Attributes a block to {@code speaker}, or to no one when {@code speaker} is null. */
    public void attribute(long documentId, int blockIndex, String speaker) {
        String text = library.call("read block", c -> {
            try (var ps = c.prepareStatement("SELECT text FROM blocks WHERE document_id = ? AND idx = ?")) {
                ps.setLong(1, documentId);
                ps.setInt(2, blockIndex);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }, false);
        if (text == null) {
            throw new LibraryException("document " + documentId + " has no block " + blockIndex);
        }
        correct(documentId, "attribute", CompactText.compact(text), speaker);
    }

    /** How many blocks document {@code documentId} has (0 for an unknown document). */
    public int blockCount(long documentId) {
        return library.call("count blocks", c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM blocks WHERE document_id = ?")) {
                ps.setLong(1, documentId);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        }, false);
    }

    /** Marks {@code name} as no speaker of the document (the engine took a common word or a mention for one). */
    public void remove(long documentId, String name) {
        correct(documentId, "remove", name, null);
    }

    /** Sets a speaker's titles in a document (none: clears them). */
    public void setTitles(long documentId, String name, List<String> titles) {
        correct(documentId, "titles", name, SpeakerStore.joinTitles(titles));
    }

    /** The user's corrections to a document's speakers, oldest first. */
    public List<SpeakerCorrection> corrections(long documentId) {
        library.document(documentId);
        return library.call("read speaker corrections", c -> SpeakerStore.corrections(c, documentId), false);
    }

    /** Takes back the latest correction to a document's speakers; empty when there is none. */
    public Optional<SpeakerCorrection> undo(long documentId) {
        library.document(documentId);
        return Optional.ofNullable(library.call("undo a speaker correction",
                c -> SpeakerStore.undoLatest(c, documentId), true));
    }

    /** Everyone who speaks anywhere in the library (corrections applied), names matched across scripts. */
    public List<Person> people() {
        return library.call("list people", PeopleIndex::people, false);
    }

    /** Every statement of the person {@code name} (any script, or a name merged into them) across the library. */
    public List<Statement> statementsOf(String name) {
        return library.call("read statements", c -> PeopleIndex.statements(c, name), false);
    }

    private void correct(long documentId, String action, String subject, String value) {
        library.document(documentId);
        library.call("correct speakers", c -> {
            SpeakerStore.correct(c, documentId, action, subject, value);
            return null;
        }, true);
    }
}
