package org.pizhu.ui.annotations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.Color;
import org.pizhu.app.Citations;
import org.pizhu.export.CitationStyle;
import org.pizhu.library.DocumentMeta;
import org.pizhu.library.LoadedDocument;
import org.pizhu.ui.BackgroundRunner;
import org.pizhu.ui.settings.SettingsStore;

/**
 * The annotations panel: the open document's annotations in reading order with colour, tag and speaker filters,
 * orphans apart, the selected annotation's tags and note for editing, and "copy with citation".
 */
public final class AnnotationsPanelViewModel {
    private final AnnotationLayerViewModel layer;
    private final BackgroundRunner runner;
    private final Consumer<String> clipboard;
    private final ObjectProperty<Color> colorFilter = new SimpleObjectProperty<>(this, "colorFilter");
    private final StringProperty tagFilter = new SimpleStringProperty(this, "tagFilter", "");
    private final StringProperty speakerFilter = new SimpleStringProperty(this, "speakerFilter", "");
    private final FilteredList<Annotation> placed;
    private final FilteredList<Annotation> orphans;
    private final ObservableList<String> allTags = FXCollections.observableArrayList();
    private final ObservableList<String> documentTags = FXCollections.observableArrayList();
    private final ObservableList<String> speakers = FXCollections.observableArrayList();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<CitationStyle> citationStyle = new SimpleObjectProperty<>(this, "citationStyle",
            CitationStyle.CHICAGO);
    /** The open document's citation data ({@link Citations#of}), read in the background; null until read. */
    private DocumentMeta citationData;

    /** The panel over {@code layer}; "copy with citation" hands its text to {@code clipboard}, in Chicago style. */
    public AnnotationsPanelViewModel(AnnotationLayerViewModel layer, BackgroundRunner runner,
                                     Consumer<String> clipboard) {
        this(layer, runner, clipboard, null);
    }

    /** As above, with the citation style remembered in {@code settings} (key {@code citationStyle}). */
    public AnnotationsPanelViewModel(AnnotationLayerViewModel layer, BackgroundRunner runner,
                                     Consumer<String> clipboard, SettingsStore settings) {
        this.layer = layer;
        this.runner = runner;
        this.clipboard = clipboard;
        placed = new FilteredList<>(layer.annotations(), this::shown);
        orphans = new FilteredList<>(layer.annotations(), Annotation::orphan);
        colorFilter.addListener((o, a, b) -> refilter());
        tagFilter.addListener((o, a, b) -> refilter());
        speakerFilter.addListener((o, a, b) -> refilter());
        layer.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c -> changed());
        changed();
        layer.createdProperty().addListener((o, a, made) -> selected.set(made));
        selected.addListener((o, a, now) -> layer.outlinedProperty().set(now == null ? 0 : now.id()));
        if (settings != null) {
            citationStyle.set(CitationStyle.parse(settings.get(STYLE_KEY, CitationStyle.CHICAGO.name())));
            citationStyle.addListener((o, a, s) -> settings.put(STYLE_KEY, (s == null ? CitationStyle.CHICAGO
                    : s).name()));
        }
        layer.currentProperty().addListener((o, a, d) -> {
            if (a == null || d == null || a.info().id() != d.info().id()) {
                refreshCitation();
            }
        });
        refreshCitation();
    }

    /** Where the chosen citation style is remembered. */
    static final String STYLE_KEY = "citationStyle";

    /** Reads the open document's citation data again (after it was edited), in the background. */
    public void refreshCitation() {
        LoadedDocument d = layer.currentProperty().get();
        citationData = null;
        if (d == null) {
            return;
        }
        runner.run(() -> Citations.of(layer.library(), d.info(), d.document()), m -> {
            LoadedDocument now = layer.currentProperty().get();
            if (now != null && now.info().id() == d.info().id()) {
                citationData = m;
            }
        }, runner.reportFailureOf("Reading the citation data"));
    }

    private boolean shown(Annotation a) {
        if (a.orphan()) {
            return false;
        }
        if (colorFilter.get() != null && a.color() != colorFilter.get()) {
            return false;
        }
        String tag = tagFilter.get();
        if (tag != null && !tag.isEmpty() && !a.tags().contains(tag)) {
            return false;
        }
        String speaker = speakerFilter.get();
        return speaker == null || speaker.isEmpty() || speaker.equals(layer.speakerOf(a));
    }

    private void refilter() {
        placed.setPredicate(null);
        placed.setPredicate(this::shown);
    }

    private void changed() {
        TreeSet<String> tags = new TreeSet<>();
        TreeSet<String> names = new TreeSet<>();
        for (Annotation a : layer.annotations()) {
            tags.addAll(a.tags());
            String s = layer.speakerOf(a);
            if (s != null) {
                names.add(s);
            }
        }
        documentTags.setAll(tags);
        speakers.setAll(names);
        Annotation sel = selected.get();
        if (sel != null) {
            selected.set(layer.byId(sel.id()));
        }
        runner.run(() -> new ArrayList<>(layer.library().tags().keySet()), allTags::setAll,
                runner.reportFailureOf("Reading the library's tags"));
    }

    /** Moves the reader to {@code a}, selecting its passage (a link), and selects it here. */
    public void jump(Annotation a) {
        selected.set(a);
        layer.reveal(a);
    }

    /**
     * Points the reader at {@code a} (caret at its start, outlined, so its colour stays in view) and selects it here:
     * a click in the panel.
     */
    public void point(Annotation a) {
        selected.set(a);
        layer.point(a);
    }

    /** Tag names in {@code text}, separated by commas (either width), spaces or {@code #}. */
    static List<String> parseTags(String text) {
        return Arrays.stream(text.split("[,，、#\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    /**
     * Sets the tags (written as in {@code "政策, #科技 創新"}: commas, spaces or #) and the note of {@code a} in one
     * undoable change.
     */
    public void save(Annotation a, String tagsText, String note) {
        Annotation changed = a.withTags(parseTags(tagsText)).withNote(note);
        if (!changed.tags().equals(a.tags()) || !Objects.equals(a.note(), note)) {
            layer.update(changed);
        }
    }

    /** Deletes {@code a} (undoable). */
    public void delete(Annotation a) {
        if (selected.get() != null && selected.get().id() == a.id()) {
            selected.set(null);
        }
        layer.delete(a);
    }

    /** Puts {@code a}'s quote alone on the clipboard. */
    public void copyQuote(Annotation a) {
        clipboard.accept(a.quote());
    }

    /** Puts {@code a}'s quote, speaker, source and note on the clipboard. */
    public void copyWithCitation(Annotation a) {
        clipboard.accept(citation(a));
    }

    /**
     * The citation text: the quote in corner brackets, who said it, the document's reference in the chosen style
     * ({@link CitationStyle}), then the note.
     */
    public String citation(Annotation a) {
        StringBuilder s = new StringBuilder("\u300c").append(a.quote()).append("\u300d\n");
        String speaker = layer.speakerOf(a);
        if (speaker != null) {
            s.append("\u2014 ").append(speaker).append('\n');
        }
        LoadedDocument d = layer.currentProperty().get();
        if (citationData != null && d != null) {
            CitationStyle style = citationStyle.get() == null ? CitationStyle.CHICAGO : citationStyle.get();
            s.append(style.reference(citationData));
        } else if (d != null) {
            s.append("\u300a").append(d.info().title()).append("\u300b (").append(d.info().sourceName()).append(')');
        }
        if (!a.note().isBlank()) {
            s.append("\n\n").append(a.note().strip());
        }
        return s.append('\n').toString();
    }

    /** The style of the reference "copy with citation" writes. */
    public ObjectProperty<CitationStyle> citationStyleProperty() {
        return citationStyle;
    }

    /** The speaker of {@code a}, or null. */
    public String speakerOf(Annotation a) {
        return layer.speakerOf(a);
    }

    /** Placed annotations passing the filters, in reading order. */
    public ObservableList<Annotation> annotations() {
        return placed;
    }

    /** Annotations whose passage was not found in the current text, kept with their quote. */
    public ObservableList<Annotation> orphans() {
        return orphans;
    }

    /** Every tag in the library, for autocompletion. */
    public ObservableList<String> allTags() {
        return allTags;
    }

    /** Tags used in this document, for the filter. */
    public ObservableList<String> documentTags() {
        return documentTags;
    }

    /** Speakers of this document's annotations, for the filter. */
    public ObservableList<String> speakers() {
        return speakers;
    }

    /** Only this colour (null: all). */
    public ObjectProperty<Color> colorFilterProperty() {
        return colorFilter;
    }

    /** Only this tag (empty: all). */
    public StringProperty tagFilterProperty() {
        return tagFilter;
    }

    /** Only this speaker (empty: all). */
    public StringProperty speakerFilterProperty() {
        return speakerFilter;
    }

    /** The annotation being edited. */
    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    /** Whether the shown document is a file still being added to the library (annotations wait for it). */
    public javafx.beans.property.ReadOnlyBooleanProperty storingProperty() {
        return layer.storingProperty();
    }
}
