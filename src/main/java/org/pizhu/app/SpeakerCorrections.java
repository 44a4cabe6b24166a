package org.pizhu.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.library.Library;
import org.pizhu.library.SpeakerCorrection;
import org.pizhu.library.Speakers;

/**
 * The user's corrections to what the speaker engine found in a document: rename a name cut short, merge two forms of
 * one person, take away a speaker that is none, set titles, give a statement to someone (or no one), add a speaker
 * from a quotation, and take the latest correction back. Each is checked against the document's speakers as the
 * reader sees them, so a misspelt name is refused instead of stored; blocks are numbered from 1, as in exports.
 */
public final class SpeakerCorrections {
    private final Library library;

    /** Corrections stored in {@code library}. */
    public SpeakerCorrections(Library library) {
        this.library = library;
    }

    /** Renames speaker {@code name} (e.g. a name cut short) to {@code newName}. */
    public void rename(long documentId, String name, String newName) {
        requireSpeaker(documentId, name);
        library.speakerRecords().rename(documentId, name, requireName(newName));
    }

    /** Merges speaker {@code name} into speaker {@code into} (two forms of one person). */
    public void merge(long documentId, String name, String into) {
        requireSpeaker(documentId, name);
        requireSpeaker(documentId, into);
        if (name.equals(into)) {
            throw new IllegalArgumentException("cannot merge " + name + " into itself");
        }
        library.speakerRecords().merge(documentId, name, into);
    }

    /**
     * Splits {@code alias} off speaker {@code name}: the statements of {@code name} that mention {@code alias} (in
     * any script) become those of {@code alias}, a speaker of their own (two people taken for one). Stored as one
     * re-attribution per statement (so it survives re-import; undo takes them back one by one). Returns how many
     * statements moved.
     */
    public int split(long documentId, String name, String alias) {
        Speakers speakers = requireSpeaker(documentId, name);
        String other = requireName(alias);
        if (other.equals(name)) {
            throw new IllegalArgumentException("cannot split " + name + " off itself");
        }
        String key = org.pizhu.script.SearchKey.of(other);
        Document doc = library.load(documentId).document();
        List<Integer> moved = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (name.equals(speakers.byBlock().get(b.index())) && org.pizhu.script.SearchKey.of(b.text()).contains(key)) {
                moved.add(b.index());
            }
        }
        if (moved.isEmpty()) {
            throw new IllegalArgumentException("no statement of " + name + " in document " + documentId
                    + " mentions " + other);
        }
        for (int b : moved) {
            library.speakerRecords().attribute(documentId, b, other);
        }
        return moved.size();
    }

    /** Takes {@code name} off the speakers (a common word or someone only mentioned). */
    public void remove(long documentId, String name) {
        requireSpeaker(documentId, name);
        library.speakerRecords().remove(documentId, name);
    }

    /** Sets the titles of {@code name} (none clears them). */
    public void titles(long documentId, String name, List<String> titles) {
        requireSpeaker(documentId, name);
        List<String> clean = titles.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        library.speakerRecords().setTitles(documentId, name, clean);
    }

    /** Gives block {@code blockNumber} (from 1) to {@code name}, or to no one when {@code name} is null. */
    public void attribute(long documentId, int blockNumber, String name) {
        library.document(documentId);
        int blocks = library.speakerRecords().blockCount(documentId);
        if (blockNumber < 1 || blockNumber > blocks) {
            throw new IllegalArgumentException("document " + documentId + " has blocks 1 to " + blocks + ", not "
                    + blockNumber);
        }
        library.speakerRecords().attribute(documentId, blockNumber - 1, name == null ? null : requireName(name));
    }

    /**
     * Adds {@code name} as the speaker of the blocks holding {@code quote} (its first occurrence, found in any script
     * and ignoring whitespace); returns the block numbers (from 1) given to them.
     */
    public List<Integer> add(long documentId, String name, String quote) {
        requireName(name);
        List<int[]> found = library.findQuote(documentId, quote);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("the quotation is not in document " + documentId);
        }
        int[] range = found.get(0);
        Document doc = library.load(documentId).document();
        TreeSet<Integer> blocks = new TreeSet<>();
        for (Block b : doc.blocks()) {
            if (b.sourceStart() < range[1] && b.sourceEnd() > range[0]) {
                blocks.add(b.index());
            }
        }
        List<Integer> numbers = new ArrayList<>();
        for (int b : blocks) {
            library.speakerRecords().attribute(documentId, b, name);
            numbers.add(b + 1);
        }
        return numbers;
    }

    /** Takes back the latest correction of the document; empty when there was none. */
    public Optional<SpeakerCorrection> undo(long documentId) {
        return library.speakerRecords().undo(documentId);
    }

    private Speakers requireSpeaker(long documentId, String name) {
        Speakers speakers = library.speakers(documentId);
        if (name == null || !speakers.names().contains(name)) {
            throw new IllegalArgumentException("document " + documentId + " has no speaker " + name
                    + (speakers.names().isEmpty() ? "" : " (its speakers: " + String.join(", ", speakers.names()) + ")"));
        }
        return speakers;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 60 || name.contains("\n")) {
            throw new IllegalArgumentException("a speaker's name must be one line of 1 to 60 characters");
        }
        return name.strip();
    }
}
