package org.pizhu.ui.annotations;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pizhu.annotate.Annotation;
import org.pizhu.export.CitationStyle;
import org.pizhu.annotate.Color;
import org.pizhu.ui.Messages;

/** The annotations panel: filters, the list in reading order, orphans apart, and the selected one's tags and note. */
public final class AnnotationsPanelView {
    private final AnnotationsPanelViewModel vm;
    private final VBox root = new VBox(6);
    private final ListView<Annotation> list = new ListView<>();
    private final ListView<Annotation> orphans = new ListView<>();
    private final TextField tags = new TextField();
    private final TextArea note = new TextArea();

    /** The panel for {@code vm}. */
    public AnnotationsPanelView(AnnotationsPanelViewModel vm, Messages m) {
        this.vm = vm;
        root.getStyleClass().add("annotations-panel");
        root.setPadding(new Insets(8));
        root.setId("annotations-panel");

        ComboBox<Color> colour = new ComboBox<>();
        colour.getItems().add(null);
        colour.getItems().addAll(Color.values());
        colour.setId("filter-colour");
        colour.setPromptText(m.get("annotations.allColours"));
        colour.setButtonCell(colourCell(m));
        colour.setCellFactory(l -> colourCell(m));
        colour.valueProperty().bindBidirectional(vm.colorFilterProperty());
        ComboBox<String> tag = filterBox(vm.documentTags(), m.get("annotations.allTags"));
        tag.setId("filter-tag");
        tag.valueProperty().addListener((o, a, b) -> vm.tagFilterProperty().set(b == null ? "" : b));
        ComboBox<String> speaker = filterBox(vm.speakers(), m.get("annotations.allSpeakers"));
        speaker.setId("filter-speaker");
        speaker.valueProperty().addListener((o, a, b) -> vm.speakerFilterProperty().set(b == null ? "" : b));
        // The filters wrap onto a second line rather than cut their words ("All colo…").
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(4, 4, colour, tag, speaker);
        colour.setMinWidth(Region.USE_PREF_SIZE);

        list.setId("annotation-list");
        list.setItems(vm.annotations());
        list.setCellFactory(l -> new AnnotationCell());
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.storingProperty())
                .then(m.get("annotations.storing")).otherwise(m.get("annotations.none")));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.point(b);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        orphans.setId("orphan-list");
        orphans.setItems(vm.orphans());
        orphans.setCellFactory(l -> new AnnotationCell());
        orphans.setPrefHeight(90);
        orphans.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        Label orphanTitle = new Label(m.get("annotations.orphans"));
        orphanTitle.getStyleClass().add("panel-subtitle");
        orphanTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.orphans()));
        orphanTitle.managedProperty().bind(orphanTitle.visibleProperty());
        orphans.visibleProperty().bind(orphanTitle.visibleProperty());
        orphans.managedProperty().bind(orphanTitle.visibleProperty());

        tags.setId("annotation-tags");
        tags.setPromptText(m.get("annotations.tags"));
        TextFields.bindAutoCompletion(tags, request -> complete(request.getUserText()));
        // Enter in the tags saves tags and note together, as Save does: one change, one undo step.
        tags.setOnAction(e -> withSelected(a -> vm.save(a, tags.getText(), note.getText())));
        note.setId("annotation-note");
        note.setPromptText(m.get("annotations.note"));
        note.setWrapText(true);
        note.setPrefRowCount(4);
        Button save = new Button(m.get("annotations.save"));
        save.setId("annotation-save");
        save.setOnAction(e -> withSelected(a -> vm.save(a, tags.getText(), note.getText())));
        Button delete = new Button(null, new FontIcon("mdi2d-delete-outline"));
        delete.setId("annotation-delete");
        delete.setTooltip(new Tooltip(m.get("annotations.delete")));
        delete.setOnAction(e -> withSelected(vm::delete));
        Button copy = new Button(null, new FontIcon("mdi2c-content-copy"));
        copy.setId("annotation-copy");
        copy.setTooltip(new Tooltip(m.get("annotations.copy")));
        copy.setOnAction(e -> withSelected(vm::copyWithCitation));
        ComboBox<CitationStyle> style = new ComboBox<>();
        style.setId("annotation-citation-style");
        style.getItems().setAll(CitationStyle.values());
        style.valueProperty().bindBidirectional(vm.citationStyleProperty());
        style.setTooltip(new Tooltip(m.get("annotations.citationStyle")));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(4, save, grow, style, copy, delete);
        VBox editor = new VBox(4, tags, note, actions);
        editor.disableProperty().bind(vm.selectedProperty().isNull());
        vm.selectedProperty().addListener((o, a, b) -> {
            if (a != null && b != null && a.id() == b.id() && !tags.isFocused() && !note.isFocused()) {
                tags.setText(String.join(", ", b.tags()));
                note.setText(b.note());
                return;
            } else if (a != null && b != null && a.id() == b.id()) {
                return;
            }
            tags.setText(b == null ? "" : String.join(", ", b.tags()));
            note.setText(b == null ? "" : b.note());
        });
        Label title = new Label(m.get("annotations.title"));
        title.getStyleClass().add("sidebar-title");
        root.getChildren().addAll(title, filters, list, orphanTitle, orphans, editor);
        root.setPrefWidth(300);
    }

    private void withSelected(java.util.function.Consumer<Annotation> action) {
        Annotation a = vm.selectedProperty().get();
        if (a != null) {
            action.accept(a);
        }
    }

    /** Completions for the last tag being typed. */
    private List<String> complete(String text) {
        int cut = Math.max(text.lastIndexOf(','), Math.max(text.lastIndexOf('\uff0c'), text.lastIndexOf(' ')));
        String head = text.substring(0, cut + 1);
        String last = text.substring(cut + 1).trim();
        List<String> out = new ArrayList<>();
        if (last.isEmpty()) {
            return out;
        }
        for (String t : vm.allTags()) {
            if (t.startsWith(last) && !t.equals(last)) {
                out.add(head + (head.isEmpty() || head.endsWith(" ") ? "" : " ") + t);
            }
        }
        return out;
    }

    private static ComboBox<String> filterBox(javafx.collections.ObservableList<String> items, String all) {
        ComboBox<String> box = new ComboBox<>();
        box.setPromptText(all);
        items.addListener((javafx.collections.ListChangeListener<String>) c -> {
            String keep = box.getValue();
            List<String> now = new ArrayList<>();
            now.add(null);
            now.addAll(items);
            box.getItems().setAll(now);
            box.setValue(items.contains(keep) ? keep : null);
        });
        box.setButtonCell(nullable(all));
        box.setCellFactory(l -> nullable(all));
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static ListCell<String> nullable(String all) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? all : item);
            }
        };
    }

    private static ListCell<Color> colourCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Color item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? m.get("annotations.allColours") : m.get("colour." + item.id()));
                setGraphic(empty || item == null ? null : swatch(item));
            }
        };
    }

    private static Node swatch(Color c) {
        Region r = new Region();
        r.getStyleClass().addAll("swatch", "swatch-" + c.id());
        r.setMinSize(12, 12);
        r.setMaxSize(12, 12);
        return r;
    }

    /** One annotation in the list: colour swatch, quote, speaker and tags. */
    private final class AnnotationCell extends ListCell<Annotation> {
        @Override
        protected void updateItem(Annotation a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label quote = new Label(a.quote());
            quote.getStyleClass().add("annotation-quote");
            quote.setMaxWidth(250);
            String speaker = vm.speakerOf(a);
            StringBuilder meta = new StringBuilder(speaker == null ? "" : speaker);
            for (String t : a.tags()) {
                meta.append(meta.length() == 0 ? "" : "  ").append('#').append(t);
            }
            if (!a.note().isBlank()) {
                meta.append(meta.length() == 0 ? "" : "  ").append("\u270e");
            }
            Label info = new Label(meta.toString());
            info.getStyleClass().add("annotation-meta");
            VBox text = new VBox(1, quote, info);
            HBox row = new HBox(6, swatch(a.color()), text);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }

    /** The root node. */
    public Node node() {
        return root;
    }

    /** The list of placed annotations. */
    public ListView<Annotation> list() {
        return list;
    }

    /** The list of orphans. */
    public ListView<Annotation> orphans() {
        return orphans;
    }

    /** The tags field. */
    public TextField tags() {
        return tags;
    }

    /** The note field. */
    public TextArea note() {
        return note;
    }
}
