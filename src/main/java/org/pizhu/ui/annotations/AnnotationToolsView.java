package org.pizhu.ui.annotations;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.TwoDimensional.Position;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.ui.Messages;

/**
 * The annotation tools: colour, underline and note buttons for the toolbar, the reader's context menu, the keys 1–5
 * (highlight), U (underline) and N (note) on the reader's selection (without one, on the mark under the caret, through
 * {@link MarkMenu}), and undo/redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y).
 */
public final class AnnotationToolsView {
    private final StyleClassedTextArea area;
    private final AnnotationLayerViewModel layer;
    private final HBox bar = new HBox(2);
    private Color lastColor = Color.YELLOW;
    private boolean noteWanted;
    private MarkMenu marks;

    /** Tools acting on {@code area}'s selection through {@code layer}. */
    public AnnotationToolsView(StyleClassedTextArea area, AnnotationLayerViewModel layer, Messages m) {
        this.area = area;
        this.layer = layer;
        bar.getStyleClass().add("annotation-tools");
        bar.setAlignment(javafx.geometry.Pos.CENTER);
        Color[] colors = Color.values();
        for (int i = 0; i < colors.length; i++) {
            Color c = colors[i];
            Region dot = new Region();
            dot.getStyleClass().addAll("swatch", "swatch-" + c.id());
            dot.setMinSize(14, 14);
            dot.setMaxSize(14, 14);
            Button b = new Button(null, dot);
            b.setId("highlight-" + c.id());
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip(m.get("annotate.highlight", m.get("colour." + c.id()), i + 1)));
            b.setOnAction(e -> mark(AnnotationKind.HIGHLIGHT, c));
            bar.getChildren().add(b);
        }
        Button underline = new Button(null, new FontIcon("mdi2f-format-underline"));
        underline.setId("underline");
        underline.setFocusTraversable(false);
        underline.setTooltip(new Tooltip(m.get("annotate.underline")));
        underline.setOnAction(e -> mark(AnnotationKind.UNDERLINE, lastColor));
        Button note = new Button(null, new FontIcon("mdi2n-note-text-outline"));
        note.setId("note-only");
        note.setFocusTraversable(false);
        note.setTooltip(new Tooltip(m.get("annotate.note")));
        note.setOnAction(e -> mark(AnnotationKind.NOTE, lastColor));
        Button undo = new Button(null, new FontIcon("mdi2u-undo"));
        undo.setId("undo");
        undo.setFocusTraversable(false);
        undo.setTooltip(new Tooltip(m.get("annotate.undo")));
        undo.setOnAction(e -> layer.undo());
        undo.disableProperty().bind(layer.canUndoProperty().not());
        Button redo = new Button(null, new FontIcon("mdi2r-redo"));
        redo.setId("redo");
        redo.setFocusTraversable(false);
        redo.setTooltip(new Tooltip(m.get("annotate.redo")));
        redo.setOnAction(e -> layer.redo());
        redo.disableProperty().bind(layer.canRedoProperty().not());
        bar.getChildren().addAll(underline, note, undo, redo);
        bar.disableProperty().bind(layer.currentProperty().isNull());

        ContextMenu menu = new ContextMenu();
        for (int i = 0; i < colors.length; i++) {
            Color c = colors[i];
            MenuItem item = new MenuItem(m.get("annotate.highlight", m.get("colour." + c.id()), i + 1));
            item.setOnAction(e -> mark(AnnotationKind.HIGHLIGHT, c));
            menu.getItems().add(item);
        }
        MenuItem ul = new MenuItem(m.get("annotate.underline"));
        ul.setOnAction(e -> mark(AnnotationKind.UNDERLINE, lastColor));
        MenuItem nt = new MenuItem(m.get("annotate.note"));
        nt.setOnAction(e -> mark(AnnotationKind.NOTE, lastColor));
        menu.getItems().addAll(new SeparatorMenuItem(), ul, nt);
        area.setContextMenu(menu);
        area.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        menu.setOnShowing(e -> menu.setStyle(MarkMenu.interfaceFont()));
        layer.createdProperty().addListener((o, a, made) -> {
            if (made != null && noteWanted && marks != null) {
                noteWanted = false;
                marks.edit(made, true);
            }
        });
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (area.getSelection().getLength() == 0 && marks != null && marks.key(code)) {
            e.consume();
            return;
        }
        Color[] colors = Color.values();
        for (int i = 0; i < colors.length; i++) {
            if (code == KeyCode.getKeyCode(String.valueOf(i + 1)) || code == KeyCode.valueOf("NUMPAD" + (i + 1))) {
                if (mark(AnnotationKind.HIGHLIGHT, colors[i])) {
                    e.consume();
                }
                return;
            }
        }
        if (code == KeyCode.U && mark(AnnotationKind.UNDERLINE, lastColor)) {
            e.consume();
        } else if (code == KeyCode.N && mark(AnnotationKind.NOTE, lastColor)) {
            e.consume();
        }
    }

    /** Annotates the reader's selection; false when nothing is selected. */
    public boolean mark(AnnotationKind kind, Color color) {
        IndexRange sel = area.getSelection();
        if (sel.getLength() == 0) {
            return false;
        }
        Position from = area.offsetToPosition(sel.getStart(), Bias.Forward);
        Position to = area.offsetToPosition(sel.getEnd(), Bias.Backward);
        boolean done = layer.annotate(from.getMajor(), from.getMinor(), to.getMajor(), to.getMinor(), kind, color);
        if (done) {
            noteWanted = kind == AnnotationKind.NOTE;
            if (kind == AnnotationKind.HIGHLIGHT) {
                lastColor = color;
            }
            area.deselect();
        }
        return done;
    }

    /** Lets the keys act on the mark under the caret when nothing is selected, and new notes open the editor. */
    public void setMarks(MarkMenu marks) {
        this.marks = marks;
    }

    /** Installs undo and redo shortcuts on {@code scene}. */
    public void installShortcuts(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), layer::undo);
        acc.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), layer::redo);
        acc.put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), layer::redo);
    }

    /** The toolbar buttons. */
    public Node node() {
        return bar;
    }
}
