package org.pizhu.ui.reader;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pizhu.ui.Messages;

/** The find bar (Ctrl+F): query, hit count, previous/next, close. */
public final class FindBarView {
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final HBox root = new HBox(6);

    /** The bar for {@code vm}. */
    public FindBarView(FindViewModel vm, Messages messages) {
        root.getStyleClass().add("find-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        field.setId("find-field");
        field.setPromptText(messages.get("find.prompt"));
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(vm.queryProperty());
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.countText(messages.get("find.none")),
                vm.hitsProperty(), vm.currentProperty(), vm.queryProperty()));
        Button previous = button("mdi2c-chevron-up", messages.get("action.previous"));
        previous.setOnAction(e -> vm.previous());
        Button next = button("mdi2c-chevron-down", messages.get("action.next"));
        next.setId("find-next");
        next.setOnAction(e -> vm.next());
        Button close = button("mdi2c-close", messages.get("action.close"));
        close.setOnAction(e -> vm.openProperty().set(false));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    vm.previous();
                } else {
                    vm.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.openProperty().set(false);
                e.consume();
            }
        });
        root.getChildren().addAll(new FontIcon("mdi2m-magnify"), field, count, previous, next, close);
        root.visibleProperty().bind(vm.openProperty());
        root.managedProperty().bind(vm.openProperty());
        vm.openProperty().addListener((o, a, open) -> {
            if (open) {
                field.requestFocus();
                field.selectAll();
            }
        });
    }

    /** The node to place in the window. */
    public Node node() {
        return root;
    }

    /** The query field. */
    public TextField field() {
        return field;
    }

    private static Button button(String icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("flat");
        return b;
    }
}
