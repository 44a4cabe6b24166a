package org.pizhu.ui.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pizhu.app.Citations;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.DocumentMeta;
import org.pizhu.library.DocumentMetas;
import org.pizhu.library.Library;
import org.pizhu.ui.BackgroundRunner;
import org.pizhu.ui.Dialogs;
import org.pizhu.ui.Messages;

/**
 * The citation dialog of one document: the fields the user saved (title, authors, outlet, date, section, page, URL,
 * language, citekey), and for each what the engine found, shown where the user set nothing. Reading and saving run
 * off the JavaFX thread; an empty field keeps the found value.
 */
public final class CitationDialogViewModel {
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}]");

    private final Library library;
    private final DocumentInfo info;
    private final BackgroundRunner runner;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Runnable onSaved;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty authors = new SimpleStringProperty(this, "authors", "");
    private final StringProperty outlet = new SimpleStringProperty(this, "outlet", "");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty section = new SimpleStringProperty(this, "section", "");
    private final StringProperty page = new SimpleStringProperty(this, "page", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty language = new SimpleStringProperty(this, "language", "");
    private final StringProperty citekey = new SimpleStringProperty(this, "citekey", "");
    private final ReadOnlyObjectWrapper<DocumentMeta> found = new ReadOnlyObjectWrapper<>(this, "found",
            DocumentMeta.EMPTY);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");

    /** The dialog for document {@code info} in {@code library}; {@code onSaved} runs (JavaFX thread) after a save. */
    public CitationDialogViewModel(Library library, DocumentInfo info, BackgroundRunner runner, Dialogs dialogs,
                                   Messages messages, Runnable onSaved) {
        this.library = library;
        this.info = info;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.onSaved = onSaved;
    }

    private record Loaded(DocumentMeta saved, DocumentMeta found) {
    }

    /** Reads what was saved and what the engine finds, in the background, then fills the fields. */
    public void load() {
        runner.run(() -> new Loaded(DocumentMetas.get(library, info.id()),
                Citations.found(info, library.load(info.id()).document())), l -> {
                    found.set(l.found());
                    show(l.saved());
                    loaded.set(true);
                }, this::failed);
    }

    private void show(DocumentMeta m) {
        title.set(m.title());
        authors.set(String.join("\n", m.authors()));
        outlet.set(m.outlet());
        date.set(m.date());
        section.set(m.section());
        page.set(m.page());
        url.set(m.url());
        language.set(m.language());
        citekey.set(m.citekey());
    }

    /**
     * Authors as typed: one a line, or several on a line separated by {@code 、，；;}, or by {@code ,} between Chinese
     * names; a Latin {@code Family, Given} stays one name.
     */
    static List<String> parseAuthors(String text) {
        List<String> out = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String sep = CJK.matcher(line).find() ? "[\u3001\uff0c\uff1b;,]" : "[\u3001\uff0c\uff1b;]";
            Arrays.stream(line.split(sep)).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    /** The fields as citation data. */
    public DocumentMeta meta() {
        return new DocumentMeta(title.get(), parseAuthors(authors.get()), outlet.get(), padded(date.get()),
                section.get(), page.get(), url.get(), language.get(), citekey.get());
    }

    /** {@code 2024-3-5} as {@code 2024-03-05}; anything else as it is. */
    private static String padded(String date) {
        String d = date == null ? "" : date.strip();
        if (!DocumentMeta.isDate(d)) {
            return d;
        }
        String[] p = d.split("-");
        StringBuilder s = new StringBuilder(p[0]);
        for (int i = 1; i < p.length; i++) {
            s.append(p[i].length() == 1 ? "-0" : "-").append(p[i]);
        }
        return s.toString();
    }

    /** Saves the fields (a date that is not ISO 8601 is refused with a message); closes the dialog when saved. */
    public void save() {
        DocumentMeta m = meta();
        if (!m.date().isEmpty() && !DocumentMeta.isDate(m.date())) {
            dialogs.showError(messages.get("citation.failed"), messages.get("citation.badDate", m.date()));
            return;
        }
        if (!m.citekey().isEmpty() && !DocumentMeta.isCitekey(m.citekey())) {
            dialogs.showError(messages.get("citation.failed"), messages.get("citation.badKey", m.citekey()));
            return;
        }
        runner.run(() -> {
            DocumentMetas.put(library, info.id(), m);
            return m;
        }, saved -> {
            done.set(true);
            onSaved.run();
        }, this::failed);
    }

    private void failed(Throwable e) {
        String m = e.getMessage();
        dialogs.showError(messages.get("citation.failed"), m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
    }

    /** The document whose citation this is. */
    public DocumentInfo document() {
        return info;
    }

    /** What the engine found (title, reporters, language, citekey): the fields' placeholders. */
    public ReadOnlyObjectProperty<DocumentMeta> foundProperty() {
        return found.getReadOnlyProperty();
    }

    /** Whether the fields have been filled from the library. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Whether the data was saved (the dialog closes). */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** The title to cite. */
    public StringProperty titleProperty() {
        return title;
    }

    /** Authors, one a line. */
    public StringProperty authorsProperty() {
        return authors;
    }

    /** The newspaper, magazine or site. */
    public StringProperty outletProperty() {
        return outlet;
    }

    /** Publication date, ISO 8601. */
    public StringProperty dateProperty() {
        return date;
    }

    /** The paper's section. */
    public StringProperty sectionProperty() {
        return section;
    }

    /** The page (range). */
    public StringProperty pageProperty() {
        return page;
    }

    /** Where it was published online. */
    public StringProperty urlProperty() {
        return url;
    }

    /** BCP 47 language tag. */
    public StringProperty languageProperty() {
        return language;
    }

    /** The key Markdown and BibTeX cite it by. */
    public StringProperty citekeyProperty() {
        return citekey;
    }
}
