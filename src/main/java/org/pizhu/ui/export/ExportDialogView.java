package org.pizhu.ui.export;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.pizhu.export.ExportFormat;
import org.pizhu.export.ExportTemplate;
import org.pizhu.export.GroupBy;
import org.pizhu.script.ScriptTarget;
import org.pizhu.ui.Messages;

/** The export dialog: choices on the left, the live preview on the right, Save below. */
public final class ExportDialogView {
    private final ExportDialogViewModel vm;
    private final Stage stage = new Stage();
    private final TextArea preview = new TextArea();

    /** The dialog for {@code vm} over {@code owner}. */
    public ExportDialogView(ExportDialogViewModel vm, Messages m, Window owner) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("export.title"));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(12));
        int row = 0;
        ComboBox<ExportDialogViewModel.Scope> scope = choice(List.of(ExportDialogViewModel.Scope.values()),
                vm.scopeProperty(), s -> m.get("export.scope." + s.name().toLowerCase(java.util.Locale.ROOT)));
        scope.setId("export-scope");
        form.addRow(row++, new Label(m.get("export.scope")), scope);
        ComboBox<String> tag = new ComboBox<>(vm.tags());
        tag.setId("export-tag");
        tag.valueProperty().bindBidirectional(vm.tagProperty());
        tag.visibleProperty().bind(vm.scopeProperty().isEqualTo(ExportDialogViewModel.Scope.TAG));
        form.addRow(row++, shownWith(new Label(m.get("export.tag")), tag), tag);
        ComboBox<String> speaker = new ComboBox<>(vm.speakers());
        speaker.setId("export-speaker");
        speaker.valueProperty().bindBidirectional(vm.speakerProperty());
        speaker.visibleProperty().bind(vm.scopeProperty().isEqualTo(ExportDialogViewModel.Scope.SPEAKER));
        speaker.setPromptText(m.get("export.speakerPrompt"));
        form.addRow(row++, shownWith(new Label(m.get("export.speaker")), speaker), speaker);
        ComboBox<GroupBy> group = choice(List.of(GroupBy.values()), vm.groupByProperty(), GroupBy::id);
        group.setId("export-group");
        form.addRow(row++, new Label(m.get("export.grouping")), group);
        ComboBox<ScriptTarget> script = choice(List.of(ScriptTarget.values()), vm.scriptProperty(),
                t -> m.get("script.name." + t.name()));
        script.setId("export-script");
        form.addRow(row++, new Label(m.get("export.script")), script);
        ComboBox<ExportFormat> format = choice(List.of(ExportFormat.values()), vm.formatProperty(),
                f -> f == ExportFormat.MD ? "Markdown" : "Web Annotation JSON");
        format.setId("export-format");
        form.addRow(row++, new Label(m.get("export.format")), format);
        ComboBox<String> template = new ComboBox<>();
        template.getItems().setAll(ExportTemplate.PRESETS);
        template.valueProperty().bindBidirectional(vm.templateProperty());
        template.setId("export-template");
        template.disableProperty().bind(vm.formatProperty().isEqualTo(ExportFormat.JSON));
        form.addRow(row++, new Label(m.get("export.template")), template);
        Label problem = new Label();
        problem.setWrapText(true);
        problem.setMaxWidth(220);
        problem.textProperty().bind(vm.problemProperty());
        form.addRow(row, problem);

        preview.setId("export-preview");
        preview.getStyleClass().add("export-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.textProperty().bind(vm.previewProperty());
        preview.setPrefSize(560, 520);
        Button save = new Button(m.get("export.save"));
        save.setId("export-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.previewProperty().isEmpty());
        save.setOnAction(e -> vm.save());
        Button close = new Button(m.get("export.close"));
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label saved = new Label();
        saved.setId("export-saved");
        saved.getStyleClass().add("export-saved");
        Button folder = new Button(m.get("export.showFolder"));
        folder.setId("export-show-folder");
        folder.setOnAction(e -> vm.showInFolder());
        Button copy = new Button(m.get("export.copy"));
        copy.setId("export-copy");
        copy.setOnAction(e -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(vm.previewProperty().get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        HBox result = new HBox(6, saved, folder, copy);
        result.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        result.visibleProperty().bind(vm.savedProperty().isNotNull());
        vm.savedProperty().addListener((o, a, file) -> saved.setText(file == null ? ""
                : m.get("export.saved", file.getFileName().toString())));
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        HBox buttons = new HBox(8, result, grow, close, save);
        buttons.setPadding(new Insets(8, 12, 12, 12));
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(preview, null, null, buttons, form);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    /** {@code label}, shown only when {@code field} is. */
    private static Label shownWith(Label label, javafx.scene.Node field) {
        label.visibleProperty().bind(field.visibleProperty());
        label.setLabelFor(field);
        return label;
    }

    private static <T> ComboBox<T> choice(List<T> items, ObjectProperty<T> value,
                                          java.util.function.Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.valueProperty().bindBidirectional(value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    /** Shows the dialog and renders the first preview. */
    public void show() {
        vm.open();
        stage.show();
    }

    /** The dialog's window. */
    public Stage stage() {
        return stage;
    }

    /** The preview text. */
    public TextArea preview() {
        return preview;
    }
}
