package org.pizhu.ui.outline;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.pizhu.ui.Messages;
import org.pizhu.ui.outline.OutlineViewModel.OutlineEntry;

/** The outline pane: title, headings and bylines, indented; a click jumps, the current place stays selected. */
public final class OutlineView {
    private final ListView<OutlineEntry> list = new ListView<>();
    private final VBox root = new VBox();
    private boolean following;

    /** The pane for {@code vm}. */
    public OutlineView(OutlineViewModel vm, Messages m) {
        root.getStyleClass().addAll("speaker-sidebar", "outline");
        root.setId("outline");
        Label title = new Label(m.get("outline.title"));
        title.getStyleClass().add("sidebar-title");
        VBox header = new VBox(title);
        header.getStyleClass().add("sidebar-header");
        list.setId("outline-list");
        list.setItems(vm.entries());
        list.setPlaceholder(new Label(m.get("outline.none")));
        list.setCellFactory(l -> new EntryCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.jump(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.jump(list.getSelectionModel().getSelectedItem());
            }
        });
        vm.currentProperty().addListener((o, a, i) -> follow(i.intValue()));
        vm.entries().addListener((javafx.collections.ListChangeListener<OutlineEntry>) c ->
                follow(vm.currentProperty().get()));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(header, list);
    }

    private void follow(int index) {
        if (following) {
            return;
        }
        following = true;
        try {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            following = false;
        }
    }

    /** The node to place in the window. */
    public Node node() {
        return root;
    }

    /** The list of entries, for tests. */
    public ListView<OutlineEntry> list() {
        return list;
    }

    /** An entry, indented by its level; the title bold, bylines muted. */
    private static final class EntryCell extends ListCell<OutlineEntry> {
        @Override
        protected void updateItem(OutlineEntry e, boolean empty) {
            super.updateItem(e, empty);
            getStyleClass().removeAll("outline-title", "outline-heading", "outline-byline");
            if (empty || e == null) {
                setText(null);
                return;
            }
            setText(e.text());
            setPadding(new Insets(5, 12, 5, 12 + 14 * e.level()));
            getStyleClass().add(e.byline() ? "outline-byline" : e.level() == 0 ? "outline-title" : "outline-heading");
        }
    }
}
