package org.pizhu.ui.citation;

import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.pizhu.library.DocumentMeta;
import org.pizhu.ui.Messages;

/**
 * The "Citation…" dialog of a document: a form of its citation fields, each showing what the engine found as its
 * placeholder; Save (or Ctrl+Enter) stores them, Cancel (or Esc) closes without saving.
 */
public final class CitationDialogView {
    private final CitationDialogViewModel vm;
    private final Stage stage = new Stage();
    private final GridPane form = new GridPane();
    private int row;

    /** The dialog for {@code vm} over {@code owner}. */
    public CitationDialogView(CitationDialogViewModel vm, Messages m, Window owner) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("citation.title", vm.document().title()));
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(12));
        field("citation-title", m.get("citation.field.title"), new TextField(), vm.titleProperty(), DocumentMeta::title);
        TextArea authors = new TextArea();
        authors.setPrefRowCount(3);
        field("citation-authors", m.get("citation.field.authors"), authors, vm.authorsProperty(),
                f -> String.join("\n", f.authors()));
        field("citation-outlet", m.get("citation.field.outlet"), new TextField(), vm.outletProperty(),
                DocumentMeta::outlet);
        TextField date = new TextField();
        field("citation-date", m.get("citation.field.date"), date, vm.dateProperty(), DocumentMeta::date);
        if (date.getPromptText().isEmpty()) {
            date.setPromptText("YYYY-MM-DD");
        }
        vm.foundProperty().addListener((o, a, f) -> date.setPromptText(f.date().isEmpty() ? "YYYY-MM-DD" : f.date()));
        field("citation-section", m.get("citation.field.section"), new TextField(), vm.sectionProperty(),
                DocumentMeta::section);
        field("citation-page", m.get("citation.field.page"), new TextField(), vm.pageProperty(), DocumentMeta::page);
        field("citation-url", m.get("citation.field.url"), new TextField(), vm.urlProperty(), DocumentMeta::url);
        field("citation-language", m.get("citation.field.language"), new TextField(), vm.languageProperty(),
                DocumentMeta::language);
        field("citation-citekey", m.get("citation.field.citekey"), new TextField(), vm.citekeyProperty(),
                DocumentMeta::citekey);
        Label hint = new Label(m.get("citation.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.getStyleClass().add("citation-hint");
        form.add(hint, 0, row, 2, 1);

        Button save = new Button(m.get("citation.save"));
        save.setId("citation-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.loadedProperty().not());
        save.setOnAction(e -> vm.save());
        Button cancel = new Button(m.get("citation.cancel"));
        cancel.setId("citation-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(0, 12, 12, 12));
        BorderPane root = new BorderPane(form, null, null, buttons, null);
        root.setId("citation-dialog");
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                if (vm.loadedProperty().get()) {
                    vm.save();
                }
            }
        });
        vm.doneProperty().addListener((o, a, done) -> {
            if (done) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    /** A labelled row: the control bound to {@code value}, its placeholder what the engine found. */
    private void field(String id, String label, TextInputControl control, StringProperty value,
                       Function<DocumentMeta, String> found) {
        control.setId(id);
        control.textProperty().bindBidirectional(value);
        control.setPromptText(found.apply(vm.foundProperty().get()));
        vm.foundProperty().addListener((o, a, f) -> control.setPromptText(found.apply(f)));
        if (control instanceof TextField f) {
            f.setPrefColumnCount(32);
        }
        Label l = new Label(label);
        l.setLabelFor(control);
        form.addRow(row++, l, control);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }

    /** Shows the dialog and fills it from the library. */
    public void show() {
        vm.load();
        stage.show();
    }

    /** The dialog's window. */
    public Stage stage() {
        return stage;
    }

    /** The form's field with {@code id} (e.g. {@code citation-outlet}). */
    public TextInputControl field(String id) {
        return (TextInputControl) form.lookup("#" + id);
    }
}
