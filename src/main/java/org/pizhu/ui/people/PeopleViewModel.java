package org.pizhu.ui.people;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.pizhu.export.ExportWriter;
import org.pizhu.library.Library;
import org.pizhu.library.Person;
import org.pizhu.library.Statement;
import org.pizhu.script.SearchKey;
import org.pizhu.ui.BackgroundRunner;
import org.pizhu.ui.Dialogs;

/**
 * The People view: everyone who speaks anywhere in the library (names matched across scripts, corrections applied)
 * with titles, documents and statements; a chosen person's statements in context, opened in the reader, and exported
 * as Markdown grouped by document.
 */
public final class PeopleViewModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private final Library library;
    private final BackgroundRunner runner;
    private final Dialogs dialogs;
    private final Consumer<Statement> opener;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final FilteredList<Person> shown = new FilteredList<>(people);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Statement> statements = FXCollections.observableArrayList();
    private long serial;

    /** People of {@code library}; {@code opener} shows a statement in the reader. */
    public PeopleViewModel(Library library, BackgroundRunner runner, Dialogs dialogs, Consumer<Statement> opener) {
        this.library = library;
        this.runner = runner;
        this.dialogs = dialogs;
        this.opener = opener;
        filter.addListener((o, a, f) -> {
            String key = SearchKey.of(f == null ? "" : f.strip());
            shown.setPredicate(p -> key.isEmpty() || SearchKey.of(p.name()).contains(key)
                    || p.otherForms().stream().anyMatch(n -> SearchKey.of(n).contains(key))
                    || p.titles().stream().anyMatch(t -> SearchKey.of(t).contains(key)));
        });
        selected.addListener((o, a, p) -> loadStatements(p));
    }

    /** Reads everyone again (after imports and corrections). */
    public void refresh() {
        runner.run(() -> library.speakerRecords().people(), all -> {
            Person keep = selected.get();
            people.setAll(all);
            if (keep != null) {
                selected.set(all.stream().filter(p -> p.name().equals(keep.name())).findFirst().orElse(null));
            }
        }, runner.reportFailureOf("Listing the people"));
    }

    private void loadStatements(Person p) {
        long mine = ++serial;
        if (p == null) {
            statements.clear();
            return;
        }
        runner.run(() -> library.speakerRecords().statementsOf(p.name()), found -> {
            if (mine == serial) {
                statements.setAll(found);
            }
        }, runner.reportFailureOf("Reading the statements of " + p.name()));
    }

    /** Shows {@code s} in the reader. */
    public void open(Statement s) {
        if (s != null) {
            opener.accept(s);
        }
    }

    /** Asks where to save and writes the chosen person's statements there as Markdown. */
    public void export() {
        Person p = selected.get();
        if (p != null) {
            dialogs.chooseSaveFile(p.name() + ".md").ifPresent(this::exportTo);
        }
    }

    /** Writes the chosen person's statements to {@code file} as Markdown, in the background. */
    public void exportTo(Path file) {
        Person p = selected.get();
        if (p == null) {
            return;
        }
        String text = markdown(p, List.copyOf(statements));
        runner.run(() -> {
            ExportWriter.write(file, text, true);
            return file;
        }, done -> { }, e -> dialogs.showError("Export", e.getMessage()));
    }

    /** A person's statements as Markdown: a heading per document, each statement quoted with its citation. */
    static String markdown(Person p, List<Statement> said) {
        StringBuilder md = new StringBuilder("# ").append(p.name()).append("\n\n");
        if (!p.titles().isEmpty()) {
            md.append(String.join("\u3001", p.titles())).append("\n\n");
        }
        long doc = Long.MIN_VALUE;
        for (Statement s : said) {
            if (s.documentId() != doc) {
                doc = s.documentId();
                md.append("## ").append(s.documentTitle()).append("\n\n");
            }
            md.append("> ").append(s.text().strip().replace("\n", "\n> ")).append("\n\n");
            md.append("\u2014 ").append(s.speaker()).append("\uff0c\u300a").append(s.documentTitle()).append("\u300b")
                    .append("\uff0c").append(day(s)).append("\uff0c\u7b2c ").append(s.block() + 1).append(" \u6bb5")
                    .append(" (pizhu://doc/").append(s.documentId()).append("#block-").append(s.block() + 1)
                    .append(")\n\n");
        }
        return md.toString();
    }

    /** The day {@code s}'s document entered the library. */
    public static String day(Statement s) {
        return DAY.format(s.importedAt().atZone(ZoneId.systemDefault()));
    }

    /** Everyone, filtered by the search text. */
    public ObservableList<Person> people() {
        return shown;
    }

    /** The search text (name, other form or title). */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The chosen person. */
    public ObjectProperty<Person> selectedProperty() {
        return selected;
    }

    /** The chosen person's statements, document by document. */
    public ObservableList<Statement> statements() {
        return statements;
    }
}
