package org.pizhu.ui.speakers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import org.pizhu.app.SpeakerCorrections;
import org.pizhu.library.Library;
import org.pizhu.library.LoadedDocument;
import org.pizhu.library.SpeakerCorrection;
import org.pizhu.library.Speakers;
import org.pizhu.ui.BackgroundRunner;

/**
 * Correcting the open library document's speakers from the sidebar, through the same {@link SpeakerCorrections} the
 * CLI uses: rename, merge, split an alias off, not a speaker, titles, give a paragraph to someone or no one, add a
 * speaker from a quotation, undo. The sidebar then lists the corrected speakers (re-applied on every new detection,
 * e.g. after a re-import), and the names a correction touched are shown as corrected.
 */
public final class SpeakerCorrectionsViewModel {
    private final Library library;
    private final ObservableValue<LoadedDocument> current;
    private final SpeakerSidebarViewModel sidebar;
    private final BackgroundRunner runner;
    private final Runnable changed;
    private final Consumer<String> error;
    private final ObservableSet<String> corrected = FXCollections.observableSet();
    private List<SpeakerSummary> detected = List.of();
    private boolean applying;
    private boolean showingCorrected;
    private long serial;

    /**
     * Corrections of {@code current}'s speakers in {@code library}, shown in {@code sidebar}; {@code changed} runs
     * after each (annotations' speakers, exports), {@code error} gets a refused correction's one-line reason.
     */
    public SpeakerCorrectionsViewModel(Library library, ObservableValue<LoadedDocument> current,
                                       SpeakerSidebarViewModel sidebar, BackgroundRunner runner, Runnable changed,
                                       Consumer<String> error) {
        this.library = library;
        this.current = current;
        this.sidebar = sidebar;
        this.runner = runner;
        this.changed = changed;
        this.error = error;
        ListChangeListener<SpeakerSummary> found = c -> {
            if (!applying) {
                List<SpeakerSummary> all = new ArrayList<>(sidebar.speakers());
                all.addAll(sidebar.reporters());
                detected = all;
                showingCorrected = false;
                refresh();
            }
        };
        sidebar.speakers().addListener(found);
        sidebar.reporters().addListener(found);
        current.addListener((o, a, b) -> refresh());
    }

    private Long documentId() {
        LoadedDocument d = current.getValue();
        return d == null ? null : d.info().id();
    }

    /** Reads the document's corrections and, when it has some, lists the corrected speakers in the sidebar. */
    public void refresh() {
        Long id = documentId();
        long mine = ++serial;
        if (id == null) {
            corrected.clear();
            return;
        }
        List<SpeakerSummary> base = detected;
        runner.run(() -> {
            List<SpeakerCorrection> done = library.speakerRecords().corrections(id);
            return done.isEmpty() ? null : Map.entry(done, library.speakers(id));
        }, r -> {
            if (mine != serial || !id.equals(documentId())) {
                return;
            }
            if (r == null) {
                corrected.clear();
                if (showingCorrected) {
                    show(base, false);
                }
                return;
            }
            Set<String> names = new LinkedHashSet<>();
            for (SpeakerCorrection k : r.getKey()) {
                if (!k.action().equals("attribute")) {
                    names.add(k.subject());
                }
                if (k.value() != null && !k.action().equals("titles")) {
                    names.add(k.value());
                }
            }
            corrected.clear();
            corrected.addAll(names);
            show(corrected(base, r.getValue()), true);
        }, runner.reportFailureOf("Reading the speaker corrections"));
    }

    private void show(List<SpeakerSummary> list, boolean isCorrected) {
        applying = true;
        try {
            sidebar.setSpeakers(list);
        } finally {
            applying = false;
        }
        showingCorrected = isCorrected;
    }

    /** The engine's speakers as the library's corrected ones: names, titles and statements from the library. */
    static List<SpeakerSummary> corrected(List<SpeakerSummary> detected, Speakers effective) {
        List<SpeakerSummary> out = new ArrayList<>();
        for (String name : effective.names()) {
            List<Integer> blocks = effective.byBlock().entrySet().stream().filter(e -> e.getValue().equals(name))
                    .map(Map.Entry::getKey).sorted().toList();
            SpeakerSummary was = detected.stream().filter(s -> s.name().equals(name) && !s.reporter()).findFirst()
                    .orElse(null);
            out.add(new SpeakerSummary(name, was != null && was.organisation(), effective.titlesOf(name), blocks, false,
                    was == null ? List.of() : was.quotes().stream().filter(q -> blocks.contains(q.block())).toList()));
        }
        detected.stream().filter(SpeakerSummary::reporter).forEach(out::add);
        return out;
    }

    /** Renames {@code name} (a name cut short). */
    public void rename(String name, String newName) {
        correct(c -> c.rename(documentId(), name, newName));
    }

    /** Merges {@code name} into {@code into} (two forms of one person). */
    public void merge(String name, String into) {
        correct(c -> c.merge(documentId(), name, into));
    }

    /** Splits {@code alias} off {@code name}: the statements naming the alias become its own. */
    public void split(String name, String alias) {
        correct(c -> c.split(documentId(), name, alias));
    }

    /** Takes {@code name} off the speakers. */
    public void notASpeaker(String name) {
        correct(c -> c.remove(documentId(), name));
    }

    /** Sets the titles of {@code name}, written separated by commas or 、. */
    public void titles(String name, String titles) {
        correct(c -> c.titles(documentId(), name, List.of(titles.split("[,，、]"))));
    }

    /** Gives block {@code block} (index from 0) to {@code name}, or to no one when {@code name} is null. */
    public void attribute(int block, String name) {
        correct(c -> c.attribute(documentId(), block + 1, name));
    }

    /** Adds {@code name} as the speaker of the blocks holding {@code quote}. */
    public void add(String name, String quote) {
        correct(c -> c.add(documentId(), name, quote));
    }

    /** Takes back the latest correction of the document. */
    public void undo() {
        correct(c -> c.undo(documentId()));
    }

    private void correct(Consumer<SpeakerCorrections> change) {
        if (documentId() == null) {
            return;
        }
        Callable<Boolean> work = () -> {
            change.accept(new SpeakerCorrections(library));
            return true;
        };
        runner.run(work, ok -> {
            refresh();
            changed.run();
        }, e -> error.accept(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    /** Names a correction touched (shown as corrected). */
    public ObservableSet<String> corrected() {
        return corrected;
    }
}
