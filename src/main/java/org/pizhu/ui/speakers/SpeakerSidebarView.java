package org.pizhu.ui.speakers;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pizhu.ui.Messages;
import org.pizhu.ui.reader.ScriptLabels;

/** The speaker sidebar: speakers with kind icon, titles and number of statements, reporters listed apart. */
public final class SpeakerSidebarView {
    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");
    private final SpeakerSidebarViewModel vm;
    private final Messages messages;
    private final ListView<SpeakerSummary> speakers = new ListView<>();
    private final VBox reporters = new VBox();
    private final VBox root = new VBox();
    private final ScriptLabels labels;
    private HBox header;
    private java.util.Set<String> corrected = java.util.Set.of();

    /** The sidebar for {@code vm}, names and titles shown through {@code labels}. */
    public SpeakerSidebarView(SpeakerSidebarViewModel vm, Messages messages, ScriptLabels labels) {
        this.vm = vm;
        this.messages = messages;
        this.labels = labels;
        root.getStyleClass().add("speaker-sidebar");
        root.setId("speakers");
        Label title = new Label(messages.get("speakers.title"));
        title.getStyleClass().add("sidebar-title");
        Button previous = iconButton("mdi2c-chevron-up", messages.get("speakers.previous"));
        previous.setOnAction(e -> vm.previous());
        Button next = iconButton("mdi2c-chevron-down", messages.get("speakers.next"));
        next.setOnAction(e -> vm.next());
        javafx.scene.control.ToggleButton only = new javafx.scene.control.ToggleButton(null,
                new FontIcon("mdi2f-filter-variant"));
        only.setId("only-statements");
        only.getStyleClass().add("flat");
        only.setTooltip(new Tooltip(messages.get("speakers.only")));
        only.selectedProperty().bindBidirectional(vm.onlyStatementsProperty());
        previous.disableProperty().bind(vm.selectedProperty().isNull());
        next.disableProperty().bind(vm.selectedProperty().isNull());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        header = new HBox(6, title, grow, only, previous, next);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("sidebar-header");

        speakers.setId("speaker-list");
        speakers.setItems(vm.speakers());
        speakers.setCellFactory(l -> new SpeakerCell());
        speakers.setPlaceholder(new Label(messages.get("speakers.none")));
        speakers.setTooltip(new Tooltip(messages.get("speakers.tip")));
        speakers.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                vm.activate(speakers.getSelectionModel().getSelectedItem());
            }
        });
        speakers.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.activate(speakers.getSelectionModel().getSelectedItem());
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                speakers.getSelectionModel().clearSelection();
            } else if (!b.reporter()) {
                speakers.getSelectionModel().select(b);
            }
        });
        VBox.setVgrow(speakers, Priority.ALWAYS);

        Label reportersTitle = new Label(messages.get("speakers.reporters"));
        reportersTitle.getStyleClass().add("sidebar-subtitle");
        // The few reporters of a page are listed in full, sized to their rows, below the speakers' list.
        reporters.setId("reporter-list");
        reporters.getStyleClass().add("reporter-list");
        reporters.setMinHeight(Region.USE_PREF_SIZE);
        vm.reporters().addListener((javafx.collections.ListChangeListener<SpeakerSummary>) c -> fillReporters());
        vm.selectedProperty().addListener((o, a, b) -> markSelectedReporter());
        labels.scriptProperty().addListener((o, a, b) -> {
            speakers.refresh();
            fillReporters();
        });
        reportersTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.reporters()));
        reportersTitle.managedProperty().bind(reportersTitle.visibleProperty());
        reporters.visibleProperty().bind(reportersTitle.visibleProperty());
        reporters.managedProperty().bind(reportersTitle.visibleProperty());
        root.getChildren().addAll(header, speakers, reportersTitle, reporters);
    }

    private void fillReporters() {
        reporters.getChildren().clear();
        for (SpeakerSummary s : vm.reporters()) {
            HBox row = row(s);
            row.getStyleClass().add("reporter-row");
            row.setUserData(s);
            row.setOnMouseClicked(e -> vm.activate(s));
            reporters.getChildren().add(row);
        }
        markSelectedReporter();
    }

    private void markSelectedReporter() {
        for (Node n : reporters.getChildren()) {
            n.pseudoClassStateChanged(SELECTED, n.getUserData() == vm.selectedProperty().get());
        }
    }

    /** One speaker: kind icon, name, titles and number of statements, in the reader's script. */
    private HBox row(SpeakerSummary s) {
        FontIcon icon = new FontIcon(s.organisation() ? "mdi2o-office-building" : s.reporter()
                ? "mdi2p-pencil" : "mdi2a-account");
        icon.getStyleClass().add("speaker-icon");
        Label name = new Label(labels.shown(s.name()));
        name.getStyleClass().add("speaker-name");
        Label titles = new Label(labels.shown(String.join("\u3001", s.titles())));
        titles.getStyleClass().add("speaker-titles");
        titles.setWrapText(true);
        // Long (e.g. merged) titles wrap within the list instead of widening it.
        titles.maxWidthProperty().bind(speakers.widthProperty().subtract(70));
        titles.setVisible(!s.titles().isEmpty());
        titles.setManaged(!s.titles().isEmpty());
        Label count = new Label(messages.get(s.reporter() ? "speakers.bylines" : "speakers.statements",
                s.statementBlocks().size()));
        count.getStyleClass().add("speaker-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(1, name, titles, count);
        if (corrected.contains(s.name())) {
            Label mark = new Label(messages.get("speakers.corrected"));
            mark.getStyleClass().add("speaker-corrected");
            text.getChildren().add(1, mark);
        }
        HBox row = new HBox(8, icon, text);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** Adds a tool (button or menu) to the header, before the previous/next buttons. */
    public void addHeaderTool(Node tool) {
        header.getChildren().add(header.getChildren().size() - 3, tool);
    }

    /** Shows the speakers named in {@code names} as corrected by the user. */
    public void markCorrected(java.util.Set<String> names) {
        corrected = java.util.Set.copyOf(names);
        speakers.refresh();
    }

    /** The reporters' rows, for tests. */
    public VBox reporters() {
        return reporters;
    }

    /** The node to place in the window. */
    public Node node() {
        return root;
    }

    /** The list of speakers, for focus and tests. */
    public ListView<SpeakerSummary> list() {
        return speakers;
    }

    private static Button iconButton(String icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("flat");
        return b;
    }

    /** One speaker: icon, name, titles and number of statements. */
    private final class SpeakerCell extends ListCell<SpeakerSummary> {
        @Override
        protected void updateItem(SpeakerSummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            HBox row = row(s);
            setText(null);
            setGraphic(row);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
    }
}
