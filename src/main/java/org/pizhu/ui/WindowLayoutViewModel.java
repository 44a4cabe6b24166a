package org.pizhu.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pizhu.ui.settings.SettingsStore;

/**
 * Where the side panes go: the library on the left and the sidebar on the right are docked beside the reader while
 * the window leaves the reader its minimum width; below that they collapse, and their toolbar toggle shows them
 * floating over the reader instead. Whether each pane is wanted, its width and the sidebar's tab are remembered.
 */
public final class WindowLayoutViewModel {
    /** A side pane. */
    public enum Side { LIBRARY, SIDEBAR }

    /** Narrowest and default widths of a side pane, in pixels. */
    static final double MIN_PANE = 180;
    static final double DEFAULT_LIBRARY = 320;
    static final double DEFAULT_SIDEBAR = 300;

    private final SettingsStore store;
    private final BooleanProperty libraryWanted = new SimpleBooleanProperty(this, "libraryWanted", true);
    private final BooleanProperty sidebarWanted = new SimpleBooleanProperty(this, "sidebarWanted", true);
    private final DoubleProperty libraryWidth = new SimpleDoubleProperty(this, "libraryWidth", DEFAULT_LIBRARY);
    private final DoubleProperty sidebarWidth = new SimpleDoubleProperty(this, "sidebarWidth", DEFAULT_SIDEBAR);
    private final ObjectProperty<Side> floating = new SimpleObjectProperty<>(this, "floating");
    private final StringProperty sidebarTab = new SimpleStringProperty(this, "sidebarTab", "speakers");

    /** The layout remembered in {@code store}; changes are written back. */
    public WindowLayoutViewModel(SettingsStore store) {
        this.store = store;
        libraryWanted.set(!"false".equals(store.get("layout.library", "true")));
        sidebarWanted.set(!"false".equals(store.get("layout.sidebar", "true")));
        libraryWidth.set(Math.max(MIN_PANE, number(store.get("layout.libraryWidth", ""), DEFAULT_LIBRARY)));
        sidebarWidth.set(Math.max(MIN_PANE, number(store.get("layout.sidebarWidth", ""), DEFAULT_SIDEBAR)));
        sidebarTab.set(store.get("layout.sidebarTab", "speakers"));
        libraryWanted.addListener((o, a, b) -> store.put("layout.library", b.toString()));
        sidebarWanted.addListener((o, a, b) -> store.put("layout.sidebar", b.toString()));
        sidebarTab.addListener((o, a, b) -> store.put("layout.sidebarTab", b == null ? "" : b));
    }

    /**
     * Which panes are docked in a window {@code width} wide whose reader needs {@code readerMin}; {@code hasLibrary}
     * says whether the window has a library pane at all. The sidebar is docked before the library.
     */
    public Placement place(double width, double readerMin, boolean hasLibrary) {
        boolean sidebar = sidebarWanted.get() && width - sidebarWidth.get() >= readerMin;
        double left = width - (sidebar ? sidebarWidth.get() : 0);
        boolean library = hasLibrary && libraryWanted.get() && left - libraryWidth.get() >= readerMin;
        Side over = floating.get();
        if (over == Side.LIBRARY && (library || !hasLibrary) || over == Side.SIDEBAR && sidebar) {
            over = null;
        }
        return new Placement(library, sidebar, over);
    }

    /**
     * The user pressed the toggle of {@code side} in a window {@code width} wide: a pane that can be docked is shown
     * or hidden (and remembered); one that cannot is shown floating over the reader, or closed.
     */
    public void toggle(Side side, double width, double readerMin, boolean hasLibrary) {
        Placement now = place(width, readerMin, hasLibrary);
        boolean docked = side == Side.LIBRARY ? now.library() : now.sidebar();
        if (docked) {
            wanted(side).set(false);
            return;
        }
        if (now.floating() == side) {
            floating.set(null);
            return;
        }
        wanted(side).set(true);
        Placement after = place(width, readerMin, hasLibrary);
        if (!(side == Side.LIBRARY ? after.library() : after.sidebar())) {
            floating.set(side);
        }
    }

    /** Shows {@code side} (docked if it fits, else floating), e.g. before focusing the speaker list. */
    public void reveal(Side side, double width, double readerMin, boolean hasLibrary) {
        Placement now = place(width, readerMin, hasLibrary);
        boolean docked = side == Side.LIBRARY ? now.library() : now.sidebar();
        if (!docked && now.floating() != side) {
            toggle(side, width, readerMin, hasLibrary);
        }
    }

    /** Closes a floating pane (Escape, or a click in the reader). */
    public void closeFloating() {
        floating.set(null);
    }

    /** Remembers the widths the user dragged the panes to; a width of 0 or less keeps the old one. */
    public void resized(double library, double sidebar) {
        if (library > 0) {
            libraryWidth.set(Math.max(MIN_PANE, library));
            store.put("layout.libraryWidth", Long.toString(Math.round(libraryWidth.get())));
        }
        if (sidebar > 0) {
            sidebarWidth.set(Math.max(MIN_PANE, sidebar));
            store.put("layout.sidebarWidth", Long.toString(Math.round(sidebarWidth.get())));
        }
    }

    private BooleanProperty wanted(Side side) {
        return side == Side.LIBRARY ? libraryWanted : sidebarWanted;
    }

    /** Whether the user wants the library pane. */
    public BooleanProperty libraryWantedProperty() {
        return libraryWanted;
    }

    /** Whether the user wants the sidebar. */
    public BooleanProperty sidebarWantedProperty() {
        return sidebarWanted;
    }

    /** The library pane's width when docked. */
    public DoubleProperty libraryWidthProperty() {
        return libraryWidth;
    }

    /** The sidebar's width when docked. */
    public DoubleProperty sidebarWidthProperty() {
        return sidebarWidth;
    }

    /** The pane shown floating over the reader, or null. */
    public ObjectProperty<Side> floatingProperty() {
        return floating;
    }

    /** The id of the sidebar tab in front ({@code speakers} by default). */
    public StringProperty sidebarTabProperty() {
        return sidebarTab;
    }

    private static double number(String s, double fallback) {
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) && v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Where the panes are.
     *
     * @param library  whether the library is docked left of the reader
     * @param sidebar  whether the sidebar is docked right of the reader
     * @param floating the pane floating over the reader, or null
     */
    public record Placement(boolean library, boolean sidebar, Side floating) {
    }
}
