package org.pizhu.ui.annotations;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.ui.Messages;

/**
 * The editor of a mark's tags and note, by the caret: labelled fields, Save (Ctrl+Enter) and Cancel (Esc; clicking
 * elsewhere cancels too). One Save is one change, so one undo step.
 */
public final class NoteEditor {
    private final StyleClassedTextArea area;
    private final AnnotationLayerViewModel layer;
    private final AnnotationsPanelViewModel panel;
    private final Popup popup = new Popup();
    private final VBox box;
    private final TextField tags = new TextField();
    private final TextArea note = new TextArea();
    private Annotation editing;
    private boolean fresh;

    /** An editor over {@code area} saving through {@code panel}. */
    public NoteEditor(StyleClassedTextArea area, AnnotationLayerViewModel layer, AnnotationsPanelViewModel panel,
                      Messages m) {
        this.area = area;
        this.layer = layer;
        this.panel = panel;
        Label title = new Label(m.get("noteEditor.title"));
        title.getStyleClass().add("sidebar-title");
        Label tagsLabel = new Label(m.get("annotations.tags"));
        tagsLabel.setLabelFor(tags);
        tags.setId("note-editor-tags");
        Label noteLabel = new Label(m.get("annotations.note"));
        noteLabel.setLabelFor(note);
        note.setId("note-editor-note");
        note.setWrapText(true);
        note.setPrefSize(340, 120);
        Button save = new Button(m.get("noteEditor.save"));
        save.setId("note-editor-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        Button cancel = new Button(m.get("noteEditor.cancel"));
        cancel.setId("note-editor-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancel());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(6, grow, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        box = new VBox(4, title, tagsLabel, tags, noteLabel, note, buttons);
        box.setId("note-editor");
        box.getStyleClass().add("note-editor");
        box.setPadding(new Insets(10));
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                save();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel();
            }
        });
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);
        popup.setOnAutoHide(e -> cancel());
    }

    /** Opens the editor on {@code a}; {@code fresh}: a note-only mark just made, taken away again when cancelled. */
    public void edit(Annotation a, boolean fresh) {
        if (area.getScene() == null || area.getScene().getWindow() == null || a == null) {
            return;
        }
        this.editing = a;
        this.fresh = fresh;
        tags.setText(String.join(", ", a.tags()));
        note.setText(a.note());
        Parent root = area.getScene().getRoot();
        box.getStylesheets().setAll(area.getScene().getStylesheets());
        box.getStyleClass().setAll("note-editor");
        box.getStyleClass().addAll(root.getStyleClass());
        box.setStyle(root.getStyle());
        var at = area.getCaretBounds();
        if (at.isPresent()) {
            popup.show(area, at.get().getMinX(), at.get().getMaxY() + 4);
        } else {
            var p = area.localToScreen(40, 40);
            popup.show(area, p.getX(), p.getY());
        }
        note.requestFocus();
        note.end();
    }

    /** Saves tags and note in one change and closes. */
    public void save() {
        Annotation a = editing == null ? null : layer.byId(editing.id());
        close();
        if (a != null) {
            panel.save(a, tags.getText(), note.getText());
        }
    }

    /** Closes without saving (a fresh note-only mark with no note is taken away). */
    public void cancel() {
        Annotation a = editing == null ? null : layer.byId(editing.id());
        boolean drop = fresh && a != null && a.kind() == AnnotationKind.NOTE && a.note().isBlank();
        close();
        if (drop) {
            panel.delete(a);
        }
    }

    private void close() {
        editing = null;
        fresh = false;
        popup.hide();
        area.requestFocus();
    }

    /** Whether the editor is open. */
    public boolean isShowing() {
        return popup.isShowing();
    }

    /** The editor's node (for tests). */
    public VBox node() {
        return box;
    }
}
