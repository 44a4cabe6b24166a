package org.pizhu.ui.export;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pizhu.app.ExportLoader;
import org.pizhu.export.ExportFormat;
import org.pizhu.export.ExportRequest;
import org.pizhu.export.ExportSource;
import org.pizhu.export.ExportTemplate;
import org.pizhu.export.ExportWriter;
import org.pizhu.export.Exporter;
import org.pizhu.export.GroupBy;
import org.pizhu.export.TextConverter;
import org.pizhu.library.Library;
import org.pizhu.library.LoadedDocument;
import org.pizhu.script.ScriptTarget;
import org.pizhu.ui.BackgroundRunner;
import org.pizhu.ui.Dialogs;
import org.pizhu.ui.annotations.AnnotationLayerViewModel;

/**
 * The export dialog: scope (this document, all, by tag, by speaker), grouping, script, format and template, a live
 * preview rendered by the export engine in the background, and saving exactly the previewed text.
 */
public final class ExportDialogViewModel {
    /** Which annotations to export. */
    public enum Scope { DOCUMENT, ALL, TAG, SPEAKER }

    private final Library library;
    private final AnnotationLayerViewModel layer;
    private final BackgroundRunner runner;
    private final Dialogs dialogs;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.DOCUMENT);
    private final StringProperty tag = new SimpleStringProperty(this, "tag", "");
    private final StringProperty speaker = new SimpleStringProperty(this, "speaker", "");
    private final ObjectProperty<GroupBy> groupBy = new SimpleObjectProperty<>(this, "groupBy", GroupBy.ORDER);
    private final ObjectProperty<ScriptTarget> script = new SimpleObjectProperty<>(this, "script", ScriptTarget.ORIGINAL);
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.MD);
    private final StringProperty template = new SimpleStringProperty(this, "template", "default");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Path> saved =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "saved");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> speakers = FXCollections.observableArrayList();
    private Instant exportedAt = Instant.now();
    private long serial;
    private String rendered;

    /** The dialog's model over {@code library} and the open document of {@code layer}. */
    public ExportDialogViewModel(Library library, AnnotationLayerViewModel layer, BackgroundRunner runner,
                                 Dialogs dialogs) {
        this.library = library;
        this.layer = layer;
        this.runner = runner;
        this.dialogs = dialogs;
        for (javafx.beans.Observable p : List.<javafx.beans.Observable>of(scope, tag, speaker, groupBy, script, format,
                template)) {
            p.addListener(o -> {
                saved.set(null);
                render();
            });
        }
        scope.addListener((o, a, now) -> {
            if (now == Scope.SPEAKER && (speaker.get() == null || speaker.get().isBlank()) && !speakers.isEmpty()) {
                speaker.set(speakers.get(0));
            }
        });
    }

    /** Fixes the export time and renders the preview; called when the dialog opens. */
    public void open() {
        exportedAt = Instant.now();
        saved.set(null);
        runner.run(() -> new ArrayList<>(library.tags().keySet()), tags::setAll, runner.reportFailureOf("Reading the library's tags"));
        List<String> names = new ArrayList<>();
        for (var a : layer.annotations()) {
            String s = layer.speakerOf(a);
            if (s != null && !names.contains(s)) {
                names.add(s);
            }
        }
        speakers.setAll(names);
        render();
    }

    /** Renders the preview in the background from the current choices. */
    public void render() {
        long mine = ++serial;
        LoadedDocument d = layer.currentProperty().get();
        Scope s = scope.get();
        Long docId = d == null ? null : d.info().id();
        String t = tag.get();
        String sp = speaker.get();
        GroupBy g = groupBy.get();
        ScriptTarget st = script.get();
        ExportFormat f = format.get();
        String tpl = template.get();
        Instant at = exportedAt;
        if (s == Scope.SPEAKER && (sp == null || sp.isBlank())) {
            // No speaker chosen (or none in this document): nothing is exported rather than everything.
            rendered = null;
            preview.set("");
            problem.set(speakers.isEmpty() ? "no annotation of this document is in a speaker's statement"
                    : "choose a speaker");
            return;
        }
        runner.run(() -> {
            List<ExportSource> sources = s == Scope.DOCUMENT || s == Scope.SPEAKER
                    ? (docId == null ? List.of() : ExportLoader.load(library, List.of(docId)))
                    : ExportLoader.loadAll(library);
            ExportRequest.Builder b = ExportRequest.builder(sources).groupBy(g)
                    .script(st, st == ScriptTarget.ORIGINAL ? TextConverter.identity() : TextConverter.standard())
                    .format(f).template(ExportTemplate.preset(tpl)).exportedAt(at, ZoneId.systemDefault());
            if (s == Scope.TAG && t != null && !t.isBlank()) {
                b.tags(List.of(t));
            }
            if (s == Scope.SPEAKER && sp != null && !sp.isBlank()) {
                b.speaker(sp);
            }
            return Exporter.render(b.build());
        }, text -> {
            if (mine == serial) {
                rendered = text;
                preview.set(text);
                problem.set("");
            }
        }, e -> {
            if (mine == serial) {
                rendered = null;
                preview.set("");
                problem.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        });
    }

    /** A file name for the export. */
    public String suggestedName() {
        LoadedDocument d = layer.currentProperty().get();
        String base = scope.get() == Scope.DOCUMENT && d != null ? d.info().sourceName().replaceAll("\\.[^.]*$", "")
                : "pizhu-annotations";
        ExportFormat f = format.get();
        String extension = f == ExportFormat.MD && "plain".equals(template.get()) ? "txt" : f.extension();
        return base + "." + extension;
    }

    /** Asks where to save and writes the previewed text there. */
    public void save() {
        dialogs.chooseSaveFile(suggestedName()).ifPresent(this::saveTo);
    }

    /** Writes the previewed text to {@code file} (replacing it) in the background. */
    public void saveTo(Path file) {
        String text = rendered;
        if (text == null) {
            return;
        }
        runner.run(() -> {
            ExportWriter.write(file, text, true);
            return file;
        }, saved::set, e -> dialogs.showError(layer.currentProperty().get() == null ? "" : "Export", e.getMessage()));
    }

    /** Shows the folder of the saved file in the system's file manager (in the background). */
    public void showInFolder() {
        Path file = saved.get();
        if (file == null) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        runner.run(() -> {
            if (!java.awt.Desktop.isDesktopSupported()
                    || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                throw new IllegalStateException("this system cannot open a folder; the file is in " + folder);
            }
            java.awt.Desktop.getDesktop().open(folder.toFile());
            return folder;
        }, done -> { }, e -> dialogs.showError("Export", e.getMessage()));
    }

    /** The file the preview was last saved to; null before a save and after any choice changes. */
    public javafx.beans.property.ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The scope. */
    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** The tag for {@link Scope#TAG}. */
    public StringProperty tagProperty() {
        return tag;
    }

    /** The speaker for {@link Scope#SPEAKER}. */
    public StringProperty speakerProperty() {
        return speaker;
    }

    /** The grouping. */
    public ObjectProperty<GroupBy> groupByProperty() {
        return groupBy;
    }

    /** The script of the quotes. */
    public ObjectProperty<ScriptTarget> scriptProperty() {
        return script;
    }

    /** Markdown or JSON. */
    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The Markdown preset. */
    public StringProperty templateProperty() {
        return template;
    }

    /** The rendered export. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why there is no preview (e.g. no annotation has the tag); empty when there is one. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Tags in the library. */
    public ObservableList<String> tags() {
        return tags;
    }

    /** Speakers of the open document's annotations. */
    public ObservableList<String> speakers() {
        return speakers;
    }
}
