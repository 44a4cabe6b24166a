package org.pizhu.ui.library;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pizhu.library.DocumentInfo;
import org.pizhu.ui.Messages;
import org.pizhu.ui.reader.ScriptLabels;

/**
 * The library view: a sortable table of documents, import by button or drag-and-drop with progress and cancel,
 * delete with confirmation, and library-wide search with hits in context.
 */
public final class LibraryView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.systemDefault());
    private final LibraryViewModel vm;
    private final VBox root = new VBox(6);
    private final TableView<DocumentInfo> table = new TableView<>();
    private final CustomTextField search = new CustomTextField();
    private final ListView<LibraryViewModel.SearchHit> hits = new ListView<>();
    private final javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(SEARCH_DELAY);
    /** How long live search waits after the last key. */
    static final javafx.util.Duration SEARCH_DELAY = javafx.util.Duration.millis(250);
    private static final javafx.css.PseudoClass OPEN = javafx.css.PseudoClass.getPseudoClass("open");
    private java.util.function.Consumer<DocumentInfo> onCitation = d -> { };

    /** The view for {@code vm}. */
    public LibraryView(LibraryViewModel vm, Messages m) {
        this.vm = vm;
        root.setId("library-view");
        root.getStyleClass().add("library-view");
        root.setPadding(new Insets(8));

        Button importButton = new Button(m.get("library.import"), new FontIcon("mdi2f-file-import-outline"));
        importButton.setId("library-import");
        importButton.setTooltip(new Tooltip(m.get("library.import.tip")));
        importButton.setOnAction(e -> vm.importChosen());
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button(null, new FontIcon("mdi2c-close"));
        cancel.setId("import-cancel");
        cancel.setTooltip(new Tooltip(m.get("library.cancel")));
        cancel.setOnAction(e -> vm.cancelImport());
        Label status = new Label();
        status.textProperty().bind(vm.importStatusProperty());
        HBox progressBox = new HBox(4, progress, cancel);
        progressBox.visibleProperty().bind(vm.importingProperty());
        progressBox.managedProperty().bind(vm.importingProperty());
        HBox top = new HBox(6, importButton, progressBox);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        table.setId("library-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ScriptLabels labels = vm.labels();
        TableColumn<DocumentInfo, String> titleColumn = column(m.get("library.col.title"), d -> labels.shown(d.title()),
                150);
        titleColumn.setCellFactory(c -> new TitleCell());
        table.getColumns().add(titleColumn);
        TableColumn<DocumentInfo, String> source = column(m.get("library.col.source"), d -> d.sourceName(), 80);
        source.setVisible(false);
        table.getColumns().add(source);
        table.setTableMenuButtonVisible(true);
        TableColumn<DocumentInfo, String> date = column(m.get("library.col.date"), d -> DATE.format(d.importedAt()), 84);
        // Hidden at first so the title has room in a narrow pane; the table's menu shows it.
        date.setVisible(false);
        table.getColumns().add(date);
        table.getColumns().add(column(m.get("library.col.script"), d -> m.get("library.script." + d.script()), 48));
        TableColumn<DocumentInfo, Integer> count = new TableColumn<>(m.get("library.col.annotations"));
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().annotations()));
        count.setPrefWidth(50);
        table.getColumns().add(count);
        for (TableColumn<DocumentInfo, ?> c : table.getColumns()) {
            // Headers stay readable: no column narrower than its name.
            double header = new Text(c.getText()).getLayoutBounds().getWidth() + 28;
            c.setMinWidth(c == titleColumn ? Math.max(80, header) : header);
            c.setPrefWidth(Math.max(c.getPrefWidth(), header));
        }
        labels.scriptProperty().addListener((o, a, b) -> {
            table.refresh();
            hits.refresh();
        });
        vm.currentIdProperty().addListener((o, a, b) -> table.refresh());
        SortedList<DocumentInfo> sorted = new SortedList<>(vm.documents());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label empty = new Label(m.get("library.empty"));
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        empty.maxWidthProperty().bind(table.widthProperty().subtract(8));
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<DocumentInfo> row = new TableRow<>() {
                @Override
                protected void updateItem(DocumentInfo d, boolean isEmpty) {
                    super.updateItem(d, isEmpty);
                    pseudoClassStateChanged(OPEN, !isEmpty && d != null && d.id() == vm.currentIdProperty().get());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 1
                        && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        MenuItem open = new MenuItem(m.get("library.open"));
        open.setOnAction(e -> selected(vm::open));
        MenuItem citation = new MenuItem(m.get("library.citation"));
        citation.setId("library-citation");
        citation.setOnAction(e -> selected(d -> onCitation.accept(d)));
        MenuItem delete = new MenuItem(m.get("library.delete"));
        delete.setOnAction(e -> selected(vm::delete));
        table.setContextMenu(new ContextMenu(open, citation, delete));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                selected(vm::delete);
            } else if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                selected(vm::open);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        search.setId("library-search");
        search.setPromptText(m.get("library.search"));
        search.setLeft(new FontIcon("mdi2m-magnify"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setOnAction(e -> {
            typing.stop();
            vm.search();
        });
        // Live search: a quarter of a second after the last key (the model cancels a search still running).
        typing.setOnFinished(e -> vm.search());
        search.textProperty().addListener((o, a, b) -> typing.playFromStart());
        hits.setId("library-hits");
        hits.setItems(vm.hits());
        hits.setCellFactory(l -> new HitCell(labels));
        hits.setPrefHeight(220);
        hits.setOnMouseClicked(e -> {
            LibraryViewModel.SearchHit h = hits.getSelectionModel().getSelectedItem();
            if (h != null) {
                vm.openHit(h);
            }
        });
        Label title = new Label(m.get("library.title"));
        title.getStyleClass().add("sidebar-title");
        root.getChildren().addAll(title, top, status, table, search, hits);
        installDrop(root);
        root.setPrefWidth(380);
        vm.refresh();
    }

    /** Accepts files dropped on {@code target} and imports them. */
    public void installDrop(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                vm.importFiles(files.stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void selected(java.util.function.Consumer<DocumentInfo> action) {
        DocumentInfo d = table.getSelectionModel().getSelectedItem();
        if (d != null) {
            action.accept(d);
        }
    }

    private static TableColumn<DocumentInfo, String> column(String name,
                                                           java.util.function.Function<DocumentInfo, String> value,
                                                           double width) {
        TableColumn<DocumentInfo, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A title, cut with an ellipsis where the column ends; the full title on hover. */
    private static final class TitleCell extends javafx.scene.control.TableCell<DocumentInfo, String> {
        @Override
        protected void updateItem(String title, boolean empty) {
            super.updateItem(title, empty);
            setText(empty ? null : title);
            setTooltip(empty || title == null ? null : new Tooltip(title));
        }
    }

    /** A search hit: the document's title, then the snippet with the hit emphasised, wrapped to the list's width. */
    private final class HitCell extends ListCell<LibraryViewModel.SearchHit> {
        private final ScriptLabels labels;

        HitCell(ScriptLabels labels) {
            this.labels = labels;
        }

        @Override
        protected void updateItem(LibraryViewModel.SearchHit h, boolean empty) {
            super.updateItem(h, empty);
            if (empty || h == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String title = labels.shown(h.documentTitle());
            Label doc = new Label(title);
            doc.getStyleClass().add("hit-document");
            doc.setMinWidth(0);
            Text hit = new Text(labels.shown(h.snippet().hit()));
            hit.getStyleClass().add("hit-text");
            Text before = new Text(labels.shown(h.snippet().before()));
            Text after = new Text(labels.shown(h.snippet().after()));
            before.getStyleClass().add("hit-context");
            after.getStyleClass().add("hit-context");
            TextFlow flow = new TextFlow(before, hit, after);
            flow.setMinWidth(0);
            flow.prefWidthProperty().bind(hits.widthProperty().subtract(36));
            flow.maxWidthProperty().bind(flow.prefWidthProperty());
            doc.maxWidthProperty().bind(flow.prefWidthProperty());
            VBox box = new VBox(1, doc, flow);
            box.setMinWidth(0);
            setGraphic(box);
            setPrefWidth(0);
            setTooltip(new Tooltip(title + "\n" + before.getText() + hit.getText() + after.getText()));
        }
    }

    /** What the context menu's "Citation…" does with the selected document. */
    public void setOnCitation(java.util.function.Consumer<DocumentInfo> action) {
        onCitation = action;
    }

    /** The root node. */
    public Node node() {
        return root;
    }

    /** The documents table. */
    public TableView<DocumentInfo> table() {
        return table;
    }

    /** The search field. */
    public CustomTextField searchField() {
        return search;
    }

    /** The list of search hits. */
    public ListView<LibraryViewModel.SearchHit> hits() {
        return hits;
    }
}
