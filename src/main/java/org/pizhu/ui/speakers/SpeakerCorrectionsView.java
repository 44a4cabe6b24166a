package org.pizhu.ui.speakers;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pizhu.ui.Messages;

/**
 * The sidebar's correction tools: a context menu on a speaker (rename, merge into, split an alias off, titles, not a
 * speaker, give the paragraph at the caret to them) and a menu in its header (add a speaker saying the selected
 * words, nobody speaks in the paragraph at the caret, undo the latest correction). Questions are asked in small
 * dialogs that do not block the window.
 */
public final class SpeakerCorrectionsView {
    private final SpeakerCorrectionsViewModel vm;
    private final SpeakerSidebarView sidebar;
    private final StyleClassedTextArea reader;
    private final Messages m;
    private final ContextMenu menu = new ContextMenu();
    private final MenuButton more;
    private Dialog<?> open;

    /** The tools for {@code sidebar}, acting through {@code vm} on the document shown in {@code reader}. */
    public SpeakerCorrectionsView(SpeakerCorrectionsViewModel vm, SpeakerSidebarView sidebar,
                                  StyleClassedTextArea reader, Messages m) {
        this.vm = vm;
        this.sidebar = sidebar;
        this.reader = reader;
        this.m = m;
        menu.setId("speaker-menu");
        menu.getItems().addAll(
                item("speaker-rename", "speakers.rename", name -> ask("speakers.rename", name,
                        text -> vm.rename(name, text))),
                item("speaker-merge", "speakers.merge", this::askMerge),
                item("speaker-split", "speakers.split", name -> ask("speakers.split", "",
                        text -> vm.split(name, text))),
                item("speaker-titles", "speakers.titles", name -> ask("speakers.titles",
                        String.join("\u3001", selectedTitles()), text -> vm.titles(name, text))),
                item("speaker-assign", "speakers.assign", name -> vm.attribute(reader.getCurrentParagraph(), name)),
                new SeparatorMenuItem(),
                item("speaker-not", "speakers.notASpeaker", vm::notASpeaker));
        sidebar.list().setContextMenu(menu);
        MenuItem add = new MenuItem(m.get("speakers.add"));
        add.setId("speaker-add");
        add.setOnAction(e -> {
            String quote = reader.getSelectedText();
            if (!quote.isBlank()) {
                ask("speakers.add", "", name -> vm.add(name, quote));
            }
        });
        MenuItem nobody = new MenuItem(m.get("speakers.nobody"));
        nobody.setId("speaker-nobody");
        nobody.setOnAction(e -> vm.attribute(reader.getCurrentParagraph(), null));
        MenuItem undo = new MenuItem(m.get("speakers.undo"));
        undo.setId("speaker-undo");
        undo.setOnAction(e -> vm.undo());
        more = new MenuButton(null, new FontIcon("mdi2a-account-edit-outline"), add, nobody, undo);
        more.setId("speaker-corrections");
        more.getStyleClass().add("flat");
        more.setTooltip(new Tooltip(m.get("speakers.corrections")));
        sidebar.addHeaderTool(more);
        vm.corrected().addListener((javafx.collections.SetChangeListener<String>) c -> sidebar.markCorrected(
                vm.corrected()));
    }

    private MenuItem item(String id, String key, Consumer<String> action) {
        MenuItem item = new MenuItem(m.get(key));
        item.setId(id);
        item.setOnAction(e -> {
            SpeakerSummary s = sidebar.list().getSelectionModel().getSelectedItem();
            if (s != null) {
                action.accept(s.name());
            }
        });
        return item;
    }

    private List<String> selectedTitles() {
        SpeakerSummary s = sidebar.list().getSelectionModel().getSelectedItem();
        return s == null ? List.of() : s.titles();
    }

    private void ask(String key, String initial, Consumer<String> answer) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setTitle(m.get(key));
        d.setHeaderText(null);
        d.setContentText(m.get(key + ".prompt"));
        d.getEditor().setId("speaker-correction-input");
        show(d, () -> {
            String text = d.getResult();
            if (text != null && !text.isBlank()) {
                answer.accept(text.strip());
            }
        });
    }

    private void askMerge(String name) {
        List<String> others = sidebar.list().getItems().stream().map(SpeakerSummary::name)
                .filter(n -> !n.equals(name)).toList();
        if (others.isEmpty()) {
            return;
        }
        ChoiceDialog<String> d = new ChoiceDialog<>(others.get(0), others);
        d.setTitle(m.get("speakers.merge"));
        d.setHeaderText(null);
        d.setContentText(m.get("speakers.merge.prompt", name));
        show(d, () -> {
            if (d.getResult() != null) {
                vm.merge(name, d.getResult());
            }
        });
    }

    private void show(Dialog<?> d, Runnable answered) {
        if (sidebar.node().getScene() != null) {
            d.initOwner(sidebar.node().getScene().getWindow());
        }
        d.setOnHidden(e -> {
            open = null;
            answered.run();
        });
        open = d;
        d.show();
    }

    /** Answers the open question with {@code text} (for tests): fills it in and presses OK. */
    public void answer(String text) {
        Dialog<?> d = open;
        if (d instanceof TextInputDialog t) {
            t.getEditor().setText(text);
        } else if (d instanceof ChoiceDialog<?> c) {
            @SuppressWarnings("unchecked")
            ChoiceDialog<String> choice = (ChoiceDialog<String>) c;
            choice.setSelectedItem(text);
        }
        if (d != null) {
            ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.OK)).fire();
        }
    }

    /** Whether a question is open (for tests). */
    public boolean asking() {
        return open != null;
    }

    /** The context menu of a speaker (for tests). */
    public ContextMenu menu() {
        return menu;
    }

    /** The header menu (for tests). */
    public MenuButton more() {
        return more;
    }
}
