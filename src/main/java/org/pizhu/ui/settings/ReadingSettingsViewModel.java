package org.pizhu.ui.settings;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Reading settings: font family, size, line spacing, measure and theme, loaded from and saved to a
 * {@link SettingsStore} as they change.
 */
public final class ReadingSettingsViewModel {
    /** Smallest and largest font sizes, in pixels. */
    public static final double MIN_SIZE = 11;
    public static final double MAX_SIZE = 48;
    static final double DEFAULT_SIZE = 19;
    static final double DEFAULT_SPACING = 0.75;
    static final double DEFAULT_MEASURE = 34;

    private final StringProperty fontFamily = new SimpleStringProperty(this, "fontFamily", "");
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", DEFAULT_SIZE);
    private final DoubleProperty lineSpacing = new SimpleDoubleProperty(this, "lineSpacing", DEFAULT_SPACING);
    private final DoubleProperty measure = new SimpleDoubleProperty(this, "measure", DEFAULT_MEASURE);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final StringProperty language = new SimpleStringProperty(this, "language", "");

    /** Settings read from {@code store}, written back to it on every change. */
    public ReadingSettingsViewModel(SettingsStore store) {
        fontFamily.set(store.get("fontFamily", ""));
        fontSize.set(clamp(number(store.get("fontSize", ""), DEFAULT_SIZE), MIN_SIZE, MAX_SIZE));
        lineSpacing.set(clamp(number(store.get("lineSpacing", ""), DEFAULT_SPACING), 0.1, 2));
        measure.set(clamp(number(store.get("measure", ""), DEFAULT_MEASURE), 16, 80));
        theme.set(themeOf(store.get("theme", Theme.LIGHT.name())));
        language.set(store.get("language", ""));
        fontFamily.addListener((o, a, b) -> store.put("fontFamily", b == null ? "" : b));
        fontSize.addListener((o, a, b) -> store.put("fontSize", String.valueOf(b.doubleValue())));
        lineSpacing.addListener((o, a, b) -> store.put("lineSpacing", String.valueOf(b.doubleValue())));
        measure.addListener((o, a, b) -> store.put("measure", String.valueOf(b.doubleValue())));
        theme.addListener((o, a, b) -> store.put("theme", (b == null ? Theme.LIGHT : b).name()));
        language.addListener((o, a, b) -> store.put("language", b == null ? "" : b));
    }

    /** Makes the text larger by one step (Ctrl +). */
    public void larger() {
        fontSize.set(clamp(Math.round(fontSize.get() * 1.1), MIN_SIZE, MAX_SIZE));
    }

    /** Makes the text smaller by one step (Ctrl −). */
    public void smaller() {
        fontSize.set(clamp(Math.round(fontSize.get() / 1.1), MIN_SIZE, MAX_SIZE));
    }

    /** Returns the text to the default size (Ctrl 0). */
    public void resetSize() {
        fontSize.set(DEFAULT_SIZE);
    }

    /** The chosen font family; empty for the automatic choice. */
    public StringProperty fontFamilyProperty() {
        return fontFamily;
    }

    /** Body font size in pixels. */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Extra space between lines, as a fraction of the font size. */
    public DoubleProperty lineSpacingProperty() {
        return lineSpacing;
    }

    /** The longest line, in characters (ems). */
    public DoubleProperty measureProperty() {
        return measure;
    }

    /** The colour theme. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The interface language tag ({@code en}, {@code zh-TW}, {@code zh-CN}); empty to follow the system. */
    public StringProperty languageProperty() {
        return language;
    }

    private static Theme themeOf(String name) {
        try {
            return Theme.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    private static double number(String s, double fallback) {
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
