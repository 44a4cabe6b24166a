package org.pizhu.ui.annotations;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.TwoDimensional.Position;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.ui.Messages;

/**
 * Acting on a mark where it is: the context menu of an existing highlight (recolour, highlight/underline, tags and
 * note, delete, copy the quote plain or with citation and note), in the interface font rather than the reader's;
 * and the keys 1–5, U and Delete on the mark under the caret (a mark just made counts, even while it is saved).
 */
public final class MarkMenu {
    private final StyleClassedTextArea area;
    private final AnnotationLayerViewModel layer;
    private final AnnotationsPanelViewModel panel;
    private final NoteEditor editor;
    private final ContextMenu menu = new ContextMenu();
    private Annotation target;
    private Consumer<Annotation> afterSave;

    /** The menu and keys for marks in {@code area}. */
    public MarkMenu(StyleClassedTextArea area, AnnotationLayerViewModel layer, AnnotationsPanelViewModel panel,
                    Messages m) {
        this.area = area;
        this.layer = layer;
        this.panel = panel;
        this.editor = new NoteEditor(area, layer, panel, m);
        menu.setId("mark-menu");
        menu.getStyleClass().add("mark-menu");
        Color[] colors = Color.values();
        for (int i = 0; i < colors.length; i++) {
            Color c = colors[i];
            Region dot = new Region();
            dot.getStyleClass().addAll("swatch", "swatch-" + c.id());
            dot.setMinSize(12, 12);
            dot.setMaxSize(12, 12);
            menu.getItems().add(item("mark-colour-" + c.id(), m.get("mark.colour", m.get("colour." + c.id()), i + 1),
                    a -> recolour(a, c), dot));
        }
        menu.getItems().addAll(
                item("mark-kind", m.get("mark.switch"), this::switchKind, null),
                new SeparatorMenuItem(),
                item("mark-edit", m.get("mark.edit"), a -> editor.edit(a, false), null),
                item("mark-copy", m.get("mark.copy"), panel::copyQuote, null),
                item("mark-copy-citation", m.get("mark.copyCitation"), panel::copyWithCitation, null),
                new SeparatorMenuItem(),
                item("mark-delete", m.get("mark.delete"), panel::delete, null));
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
        // A mark that failed to save takes its waiting action with it, rather than handing it to the next one.
        layer.errorProperty().addListener((o, a, e) -> afterSave = null);
        layer.createdProperty().addListener((o, a, made) -> {
            if (made != null && afterSave != null) {
                Consumer<Annotation> act = afterSave;
                afterSave = null;
                act.accept(made);
            }
        });
    }

    private MenuItem item(String id, String text, Consumer<Annotation> action, javafx.scene.Node graphic) {
        MenuItem item = new MenuItem(text, graphic);
        item.setId(id);
        item.setOnAction(e -> {
            if (target != null) {
                action.accept(target);
            }
        });
        return item;
    }

    private void requested(ContextMenuEvent e) {
        CharacterHit hit = area.hit(e.getX(), e.getY());
        int index = hit.getCharacterIndex().orElse(-1);
        if (index < 0) {
            return;
        }
        Position p = area.offsetToPosition(index, Bias.Forward);
        Annotation a = saved(layer.markAt(p.getMajor(), p.getMinor()));
        if (a == null) {
            return;
        }
        e.consume();
        target = a;
        panel.selectedProperty().set(a);
        menu.setStyle(interfaceFont());
        menu.show(area, e.getScreenX(), e.getScreenY());
    }

    /** The window's interface font: the menu's owner is the reader, whose serif size it would inherit. */
    static String interfaceFont() {
        Font f = Font.getDefault();
        return "-fx-font-family: \"" + f.getFamily() + "\"; -fx-font-size: " + f.getSize() + "px;";
    }

    private Annotation saved(Mark mark) {
        return mark == null || mark.annotationId() <= 0 ? null : layer.byId(mark.annotationId());
    }

    /**
     * Acts on the mark under the caret for key {@code code} (1–5 recolour, U switches highlight and underline,
     * Delete/Backspace deletes); false when the key is not one of these or no mark is there.
     */
    public boolean key(KeyCode code) {
        Consumer<Annotation> action = action(code);
        if (action == null) {
            return false;
        }
        Mark mark = layer.markAt(area.getCurrentParagraph(), area.getCaretColumn());
        if (mark == null) {
            return false;
        }
        if (mark.annotationId() < 0) {
            afterSave = action;
            return true;
        }
        Annotation a = layer.byId(mark.annotationId());
        if (a == null) {
            return false;
        }
        action.accept(a);
        return true;
    }

    private Consumer<Annotation> action(KeyCode code) {
        Color[] colors = Color.values();
        for (int i = 0; i < colors.length; i++) {
            if (code == KeyCode.getKeyCode(String.valueOf(i + 1)) || code == KeyCode.valueOf("NUMPAD" + (i + 1))) {
                Color c = colors[i];
                return a -> recolour(a, c);
            }
        }
        return switch (code) {
            case U -> this::switchKind;
            case DELETE, BACK_SPACE -> panel::delete;
            default -> null;
        };
    }

    private void recolour(Annotation a, Color c) {
        Annotation changed = a.kind() == AnnotationKind.NOTE ? a.withKind(AnnotationKind.HIGHLIGHT).withColor(c)
                : a.withColor(c);
        if (!changed.equals(a)) {
            layer.update(changed);
        }
    }

    private void switchKind(Annotation a) {
        layer.update(a.withKind(a.kind() == AnnotationKind.HIGHLIGHT ? AnnotationKind.UNDERLINE
                : AnnotationKind.HIGHLIGHT));
    }

    /** Opens the tags-and-note editor on {@code a}; {@code fresh}: just made, so Cancel takes it away again. */
    public void edit(Annotation a, boolean fresh) {
        editor.edit(a, fresh);
    }

    /** The context menu of a mark (for tests). */
    public ContextMenu menu() {
        return menu;
    }

    /** The tags-and-note editor. */
    public NoteEditor editor() {
        return editor;
    }
}
