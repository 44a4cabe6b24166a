package org.pizhu.ui.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pizhu.ui.MainViewModel;
import org.pizhu.ui.Messages;

/** The reading settings menu: font family, size, line spacing, line width, theme and interface language. */
public final class ReadingSettingsView {
    private final MenuButton button = new MenuButton();
    private final ComboBox<String> family = new ComboBox<>();

    /** The settings menu for {@code main}. */
    public ReadingSettingsView(MainViewModel main) {
        Messages m = main.messages();
        ReadingSettingsViewModel s = main.settings();
        button.setGraphic(new FontIcon("mdi2f-format-size"));
        button.setTooltip(new Tooltip(m.get("action.settings")));
        button.setId("settings");
        button.getStyleClass().add("flat");

        family.setId("font-family");
        family.setOnShowing(e -> refreshFamilies(main));
        refreshFamilies(main);
        family.setCellFactory(l -> new FamilyCell(main));
        family.setButtonCell(new FamilyCell(main));
        family.setValue(s.fontFamilyProperty().get());
        family.valueProperty().addListener((o, a, b) -> s.fontFamilyProperty().set(b == null ? "" : b));
        s.fontFamilyProperty().addListener((o, a, b) -> family.setValue(b));
        main.bodyFamilyProperty().addListener((o, a, b) -> family.setButtonCell(new FamilyCell(main)));

        Slider size = slider(ReadingSettingsViewModel.MIN_SIZE, ReadingSettingsViewModel.MAX_SIZE);
        size.valueProperty().bindBidirectional(s.fontSizeProperty());
        Slider spacing = slider(0.2, 1.6);
        spacing.valueProperty().bindBidirectional(s.lineSpacingProperty());
        Slider measure = slider(20, 60);
        measure.valueProperty().bindBidirectional(s.measureProperty());

        ToggleGroup themes = new ToggleGroup();
        HBox themeRow = new HBox();
        themeRow.getStyleClass().add("segmented");
        for (Theme t : Theme.values()) {
            ToggleButton b = new ToggleButton(m.get(t.messageKey()));
            b.setToggleGroup(themes);
            b.setUserData(t);
            b.setSelected(s.themeProperty().get() == t);
            b.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            themeRow.getChildren().add(b);
        }
        themes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                s.themeProperty().set((Theme) b.getUserData());
            }
        });

        ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList("", "en", "zh-Hant", "zh-Hans"));
        language.setCellFactory(l -> new LanguageCell(m));
        language.setButtonCell(new LanguageCell(m));
        language.setValue(s.languageProperty().get());
        language.valueProperty().addListener((o, a, b) -> s.languageProperty().set(b == null ? "" : b));
        language.setId("language");
        language.setTooltip(new Tooltip(m.get("settings.language.note")));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8));
        grid.getStyleClass().add("settings-grid");
        grid.addRow(0, new Label(m.get("settings.font")), family);
        GridPane.setColumnSpan(family, 2);
        grid.addRow(1, new Label(m.get("settings.size")), size, value(size, "settings.size.value", m));
        grid.addRow(2, new Label(m.get("settings.spacing")), spacing, value(spacing, "settings.spacing.value", m));
        grid.addRow(3, new Label(m.get("settings.measure")), measure, value(measure, "settings.measure.value", m));
        grid.addRow(4, new Label(m.get("settings.theme")), themeRow);
        grid.addRow(5, new Label(m.get("settings.language")), language);
        GridPane.setColumnSpan(themeRow, 2);
        GridPane.setColumnSpan(language, 2);
        CustomMenuItem item = new CustomMenuItem(grid, false);
        item.getStyleClass().add("settings-item");
        button.getItems().add(item);
        // The menu is a window of its own, outside the themed root: it gets the theme's class while it shows.
        button.setOnShowing(e -> theme(item.getParentPopup(), s.themeProperty().get()));
        s.themeProperty().addListener((o, a, t) -> theme(item.getParentPopup(), t));
    }

    private static void theme(javafx.scene.control.ContextMenu popup, Theme theme) {
        if (popup == null) {
            return;
        }
        for (Theme t : Theme.values()) {
            popup.getStyleClass().remove(t.styleClass());
        }
        popup.getStyleClass().add((theme == null ? Theme.LIGHT : theme).styleClass());
        if (!popup.getStyleClass().contains("settings-popup")) {
            popup.getStyleClass().add("settings-popup");
        }
    }

    /** The slider's value, beside it. */
    private static Label value(Slider slider, String key, Messages m) {
        Label v = new Label();
        v.getStyleClass().add("slider-value");
        v.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get(key, slider.getValue()), slider.valueProperty()));
        return v;
    }

    /** The toolbar button opening the settings. */
    public MenuButton node() {
        return button;
    }

    private void refreshFamilies(MainViewModel main) {
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(main.cjkFamilies());
        String keep = family.getValue();
        family.getItems().setAll(items);
        family.setValue(keep);
    }

    private static Slider slider(double min, double max) {
        Slider s = new Slider(min, max, min);
        s.setPrefWidth(200);
        return s;
    }

    /** Shows a family in its own face; the empty entry as "Automatic (family)". */
    private static final class FamilyCell extends ListCell<String> {
        private final MainViewModel main;

        FamilyCell(MainViewModel main) {
            this.main = main;
        }

        @Override
        protected void updateItem(String f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setText(null);
            } else if (f.isEmpty()) {
                setText(main.messages().get("settings.font.auto", main.bodyFamilyProperty().get()));
            } else {
                setText(f);
            }
        }
    }

    /** Shows a language tag by its own name. */
    private static final class LanguageCell extends ListCell<String> {
        private final Messages messages;

        LanguageCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(String tag, boolean empty) {
            super.updateItem(tag, empty);
            if (empty || tag == null) {
                setText(null);
                return;
            }
            setText(switch (tag) {
                case "" -> messages.get("settings.language.system");
                case "en" -> "English";
                case "zh-Hant" -> "繁體中文";
                case "zh-Hans" -> "简体中文";
                default -> tag;
            });
        }
    }
}
