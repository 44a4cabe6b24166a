package org.pizhu.ui.people;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pizhu.library.Person;
import org.pizhu.library.Statement;
import org.pizhu.ui.Messages;

/**
 * The People view: a search field, everyone who speaks in the library (name, other forms, titles, documents and
 * statements), and below the chosen person's statements with document, date and paragraph; a double click or Enter
 * opens one in the reader, Export writes them all as Markdown.
 */
public final class PeopleView {
    private final VBox root = new VBox(6);
    private final ListView<Person> people = new ListView<>();
    private final ListView<Statement> statements = new ListView<>();

    /** The view of {@code vm}. */
    public PeopleView(PeopleViewModel vm, Messages m) {
        root.setId("people");
        root.getStyleClass().add("people-view");
        root.setPadding(new Insets(8));
        Label title = new Label(m.get("people.title"));
        title.getStyleClass().add("sidebar-title");
        TextField search = new TextField();
        search.setId("people-search");
        search.setPromptText(m.get("people.search"));
        search.textProperty().bindBidirectional(vm.filterProperty());
        Button refresh = new Button(null, new FontIcon("mdi2r-refresh"));
        refresh.setId("people-refresh");
        refresh.getStyleClass().add("flat");
        refresh.setOnAction(e -> vm.refresh());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox top = new HBox(4, search, refresh);

        people.setId("people-list");
        people.setItems(vm.people());
        people.setPlaceholder(new Label(m.get("people.none")));
        people.setCellFactory(l -> cell(p -> person(p, m)));
        people.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> vm.selectedProperty().set(p));

        statements.setId("people-statements");
        statements.setItems(vm.statements());
        statements.setCellFactory(l -> cell(st -> statement(st, m)));
        statements.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.open(statements.getSelectionModel().getSelectedItem());
            }
        });
        statements.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(statements.getSelectionModel().getSelectedItem());
            }
        });
        Button open = new Button(m.get("people.open"));
        open.setId("people-open");
        open.disableProperty().bind(statements.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.open(statements.getSelectionModel().getSelectedItem()));
        Button export = new Button(m.get("people.export"), new FontIcon("mdi2e-export-variant"));
        export.setId("people-export");
        export.disableProperty().bind(vm.selectedProperty().isNull());
        export.setOnAction(e -> vm.export());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(4, open, grow, export);
        VBox below = new VBox(4, statements, actions);
        VBox.setVgrow(statements, Priority.ALWAYS);
        SplitPane split = new SplitPane(people, below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(title, top, split);
        root.sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.refresh();
            }
        });
    }

    /** A list cell showing the node {@code graphic} makes of its item. */
    private static <T> ListCell<T> cell(java.util.function.Function<T, Node> graphic) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : graphic.apply(item));
            }
        };
    }

    /** One person: name (other forms), titles, documents and statements. */
    private static Node person(Person p, Messages m) {
        Label name = new Label(p.name() + (p.otherForms().isEmpty() ? "" : "  (" + String.join("\u3001",
                p.otherForms()) + ")"));
        name.getStyleClass().add("speaker-name");
        Label titles = new Label(String.join("\u3001", p.titles()));
        titles.getStyleClass().add("speaker-titles");
        titles.setWrapText(true);
        titles.setManaged(!p.titles().isEmpty());
        titles.setVisible(!p.titles().isEmpty());
        Label count = new Label(m.get("people.count", p.documents(), p.statements()));
        count.getStyleClass().add("speaker-count");
        return new VBox(1, name, titles, count);
    }

    /** One statement: document, date and paragraph above the words. */
    private static Node statement(Statement s, Messages m) {
        Label where = new Label(m.get("people.where", s.documentTitle(), PeopleViewModel.day(s), s.block() + 1));
        where.getStyleClass().add("hit-document");
        Label text = new Label(s.text().strip());
        text.setWrapText(true);
        text.setMaxWidth(260);
        text.setMaxHeight(60);
        return new VBox(1, where, text);
    }

    /** The root node. */
    public Node node() {
        return root;
    }

    /** The list of people. */
    public ListView<Person> people() {
        return people;
    }

    /** The chosen person's statements. */
    public ListView<Statement> statements() {
        return statements;
    }
}
