package org.pizhu.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pizhu.ui.reader.FindBarView;
import org.pizhu.ui.reader.FindPainter;
import org.pizhu.ui.reader.ReaderView;
import org.pizhu.ui.reader.ScriptChoice;
import org.pizhu.ui.settings.ReadingSettingsView;
import org.pizhu.ui.speakers.SpeakerSidebarView;

/**
 * The window's layout: toolbar and find bar on top, reader in the centre with the side panes docked beside it (or
 * collapsed, floating on demand, when the window is too narrow), status below.
 */
public final class MainView {
    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ReaderView reader;
    private final SpeakerSidebarView sidebar;
    private final FindBarView findBar;
    private final FindPainter findPainter;
    private final ToggleGroup scripts = new ToggleGroup();
    private final ToolBar toolbar;
    private final SplitPane split = new SplitPane();
    private final StackPane centre = new StackPane(split);
    private final ToggleButton sidebarToggle = new ToggleButton(null, new FontIcon("mdi2p-page-layout-sidebar-right"));
    private ToggleButton libraryToggle;
    private ReadingSettingsView settingsView;
    private Node libraryPane;
    private Node sidebarPane;
    private Runnable beforeSpeakers = () -> { };

    /** The window's content for {@code vm}. */
    public MainView(MainViewModel vm) {
        this.vm = vm;
        Messages m = vm.messages();
        reader = new ReaderView(vm);
        sidebar = new SpeakerSidebarView(vm.sidebar(), m, vm.labels());
        findBar = new FindBarView(vm.find(), m);
        findPainter = new FindPainter(reader.area(), vm.find(), vm.reader());
        root.getStyleClass().add("main");
        toolbar = toolbar(m);
        root.setTop(new VBox(toolbar, findBar.node()));
        sidebarPane = sidebar.node();
        split.getItems().setAll(reader.node(), sidebarPane);
        split.setOrientation(Orientation.HORIZONTAL);
        root.setCenter(centre);
        centre.getStyleClass().add("panes");
        sidebarToggle.setId("sidebar-toggle");
        sidebarToggle.setTooltip(new Tooltip(m.get("sidebar.toggle")));
        sidebarToggle.setOnAction(e -> {
            vm.layout().toggle(WindowLayoutViewModel.Side.SIDEBAR, root.getWidth(), reader.minimumWidth(),
                    libraryPane != null);
            relayout();
        });
        // At the start of the toolbar, with the library's toggle: a narrow window moves the end into an overflow menu.
        toolbar.getItems().add(0, sidebarToggle);
        WindowLayoutViewModel layout = vm.layout();
        root.widthProperty().addListener((o, a, b) -> relayout());
        vm.settings().fontSizeProperty().addListener((o, a, b) -> relayout());
        layout.libraryWantedProperty().addListener((o, a, b) -> relayout());
        layout.sidebarWantedProperty().addListener((o, a, b) -> relayout());
        layout.floatingProperty().addListener((o, a, b) -> relayout());
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> rememberWidths());
        reader.node().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> layout.closeFloating());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusBinding());
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        root.setBottom(statusBar);
        chromeFont(vm.chromeFamily());
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                savePositionOnClose(scene.getWindow());
                scene.windowProperty().addListener((ow, aw, window) -> savePositionOnClose(window));
            }
        });
        // The first document on screen takes the keyboard focus, so no toolbar button starts with a focus ring.
        vm.reader().displayedProperty().addListener((o, a, d) -> {
            if (a == null && d != null) {
                reader.area().requestFocus();
            }
        });
        vm.find().openProperty().addListener((o, a, open) -> {
            if (!open) {
                reader.area().requestFocus();
            }
        });
    }

    private void savePositionOnClose(javafx.stage.Window window) {
        if (window != null) {
            window.addEventHandler(WindowEvent.WINDOW_HIDING, e -> vm.savePosition(true));
        }
    }

    /** Puts {@code pane} (the library) left of the reader, with a toggle at the start of the toolbar. */
    public void setLibraryPane(Node pane, String toggleTip) {
        libraryPane = pane;
        libraryToggle = new ToggleButton(null, new FontIcon("mdi2b-bookshelf"));
        libraryToggle.setId("library-toggle");
        libraryToggle.setTooltip(new Tooltip(toggleTip));
        libraryToggle.setOnAction(e -> {
            vm.layout().toggle(WindowLayoutViewModel.Side.LIBRARY, root.getWidth(), reader.minimumWidth(), true);
            relayout();
        });
        toolbar.getItems().add(0, libraryToggle);
        relayout();
    }

    /** Replaces the sidebar right of the reader with {@code pane} (e.g. tabs holding the speakers). */
    public void setSidebarPane(Node pane) {
        split.getItems().remove(sidebarPane);
        centre.getChildren().remove(sidebarPane);
        sidebarPane = pane;
        relayout();
    }

    /** Runs {@code action} before the speaker list takes the focus (Ctrl+Shift+S), e.g. to bring its tab to front. */
    public void beforeSpeakers(Runnable action) {
        beforeSpeakers = action;
    }

    /** Docks the side panes that fit beside the reader's minimum width; the others collapse or float. */
    private void relayout() {
        double width = root.getWidth();
        if (width <= 0) {
            return;
        }
        WindowLayoutViewModel layout = vm.layout();
        WindowLayoutViewModel.Placement p = layout.place(width, reader.minimumWidth(), libraryPane != null);
        List<Node> items = new ArrayList<>(3);
        if (p.library()) {
            items.add(libraryPane);
        }
        items.add(reader.node());
        if (p.sidebar()) {
            items.add(sidebarPane);
        }
        Node over = p.floating() == WindowLayoutViewModel.Side.LIBRARY ? libraryPane
                : p.floating() == WindowLayoutViewModel.Side.SIDEBAR ? sidebarPane : null;
        centre.getChildren().retainAll(split);
        // Only the side panes move: the reader stays in the split, so it keeps the focus.
        split.getItems().removeIf(n -> !items.contains(n));
        for (int i = 0; i < items.size(); i++) {
            if (i >= split.getItems().size() || split.getItems().get(i) != items.get(i)) {
                split.getItems().add(i, items.get(i));
            }
        }
        for (Node pane : new Node[] {libraryPane, sidebarPane}) {
            if (pane instanceof Region r) {
                boolean floats = pane == over;
                r.getStyleClass().remove("floating-pane");
                r.setMaxWidth(floats ? Math.min(width - 48, paneWidth(pane)) : Double.MAX_VALUE);
                if (floats) {
                    r.getStyleClass().add("floating-pane");
                    r.setMaxHeight(Double.MAX_VALUE);
                }
                SplitPane.setResizableWithParent(r, false);
            }
        }
        if (over != null) {
            StackPane.setAlignment(over, over == libraryPane ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
            centre.getChildren().add(over);
        }
        int divider = 0;
        if (p.library()) {
            split.setDividerPosition(divider++, layout.libraryWidthProperty().get() / width);
        }
        if (p.sidebar()) {
            split.setDividerPosition(divider, 1 - layout.sidebarWidthProperty().get() / width);
        }
        sidebarToggle.setSelected(p.sidebar() || over == sidebarPane);
        if (libraryToggle != null) {
            libraryToggle.setSelected(p.library() || over == libraryPane);
        }
    }

    private double paneWidth(Node pane) {
        return pane == libraryPane ? vm.layout().libraryWidthProperty().get()
                : vm.layout().sidebarWidthProperty().get();
    }

    /** After a divider drag, remembers the docked panes' widths. */
    private void rememberWidths() {
        double library = split.getItems().contains(libraryPane) ? ((Region) libraryPane).getWidth() : 0;
        double side = split.getItems().contains(sidebarPane) ? ((Region) sidebarPane).getWidth() : 0;
        WindowLayoutViewModel layout = vm.layout();
        boolean changed = library > 0 && Math.abs(library - layout.libraryWidthProperty().get()) > 1
                || side > 0 && Math.abs(side - layout.sidebarWidthProperty().get()) > 1;
        if (changed) {
            layout.resized(library, side);
        }
    }

    /** Shows the speaker list (docked or floating, its tab in front) and focuses it. */
    private void focusSpeakers() {
        vm.layout().reveal(WindowLayoutViewModel.Side.SIDEBAR, root.getWidth(), reader.minimumWidth(),
                libraryPane != null);
        relayout();
        beforeSpeakers.run();
        sidebar.list().requestFocus();
    }

    /** The panes floating over the reader and the split pane beside it, for tests. */
    public StackPane panes() {
        return centre;
    }

    /** The split pane holding the docked side panes and the reader, for tests. */
    public SplitPane split() {
        return split;
    }

    /** Lets go of the window (before it is built again, e.g. in another language): closes menus, saves the place. */
    public void close() {
        settingsView.node().hide();
        vm.close();
    }

    /** Names a CJK family for the controls too, since JavaFX's fallback would draw boxes for Chinese labels. */
    private void chromeFont(String family) {
        root.setStyle(family == null || family.isEmpty() ? "" : "-fx-font-family: \"" + family.replace("\"", "") + "\";");
    }

    private ToolBar toolbar(Messages m) {
        Button open = new Button(m.get("action.open"), new FontIcon("mdi2f-folder-open-outline"));
        open.setId("open");
        open.setTooltip(new Tooltip(m.get("action.open.tip")));
        open.setOnAction(e -> vm.openFile());
        Button sample = new Button(null, new FontIcon("mdi2n-newspaper-variant-outline"));
        sample.setTooltip(new Tooltip(m.get("action.sample")));
        sample.setOnAction(e -> vm.openSample());

        HBox scriptBox = new HBox();
        scriptBox.getStyleClass().add("segmented");
        scriptBox.setAlignment(Pos.CENTER);
        for (ScriptChoice c : ScriptChoice.values()) {
            ToggleButton b = new ToggleButton(m.get(c.messageKey()));
            b.setId("script-" + c.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(c);
            b.setToggleGroup(scripts);
            b.setTooltip(new Tooltip(m.get(c.messageKey() + ".tip")));
            b.setSelected(vm.reader().scriptProperty().get() == c);
            // A click leaves the focus in the reader (Alt+0..4 switch by keyboard), so no ring stays on a button
            // that is no longer the selected one.
            b.setFocusTraversable(false);
            scriptBox.getChildren().add(b);
        }
        scripts.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                vm.reader().scriptProperty().set((ScriptChoice) now.getUserData());
            }
        });
        vm.reader().scriptProperty().addListener((o, a, c) -> scripts.getToggles().stream()
                .filter(t -> t.getUserData() == c).findFirst().ifPresent(t -> t.setSelected(true)));

        Button smaller = new Button(null, new FontIcon("mdi2f-format-font-size-decrease"));
        smaller.setId("smaller");
        smaller.setTooltip(new Tooltip(m.get("action.smaller")));
        smaller.setOnAction(e -> vm.settings().smaller());
        Button larger = new Button(null, new FontIcon("mdi2f-format-font-size-increase"));
        larger.setId("larger");
        larger.setTooltip(new Tooltip(m.get("action.larger")));
        larger.setOnAction(e -> vm.settings().larger());
        Button find = new Button(null, new FontIcon("mdi2m-magnify"));
        find.setId("find");
        find.setTooltip(new Tooltip(m.get("action.find.tip")));
        find.setOnAction(e -> vm.find().openProperty().set(true));
        Button back = new Button(null, new FontIcon("mdi2a-arrow-left"));
        back.setId("back");
        back.setTooltip(new Tooltip(m.get("action.back")));
        back.setOnAction(e -> vm.reader().back());
        back.disableProperty().bind(vm.reader().canGoBackProperty().not());
        Button forward = new Button(null, new FontIcon("mdi2a-arrow-right"));
        forward.setId("forward");
        forward.setTooltip(new Tooltip(m.get("action.forward")));
        forward.setOnAction(e -> vm.reader().forward());
        forward.disableProperty().bind(vm.reader().canGoForwardProperty().not());
        HBox history = new HBox(back, forward);
        history.getStyleClass().add("history");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        settingsView = new ReadingSettingsView(vm);
        ReadingSettingsView settings = settingsView;
        Button about = new Button(null, new FontIcon("mdi2i-information-outline"));
        about.setId("about");
        about.setTooltip(new Tooltip(m.get("action.about")));
        about.setOnAction(e -> AboutDialog.show(root.getScene() == null ? null : root.getScene().getWindow(), m,
                vm.settings().fontFamilyProperty().get()));
        return new ToolBar(open, sample, history, new Separator(), scriptBox, grow, find, smaller, larger, settings.node(),
                about);
    }

    /** Installs keyboard shortcuts on {@code scene}. */
    public void installShortcuts(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), vm::openFile);
        acc.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            vm.find().openProperty().set(false);
            vm.find().openProperty().set(true);
        });
        acc.put(new KeyCodeCombination(KeyCode.F3), () -> vm.find().next());
        acc.put(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), () -> vm.find().previous());
        for (KeyCode k : new KeyCode[] {KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD}) {
            acc.put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN), vm.settings()::larger);
        }
        acc.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                vm.settings()::larger);
        for (KeyCode k : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            acc.put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN), vm.settings()::smaller);
        }
        acc.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), vm.settings()::resetSize);
        ScriptChoice[] all = ScriptChoice.values();
        for (int i = 0; i < all.length; i++) {
            ScriptChoice c = all[i];
            acc.put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i)), KeyCombination.ALT_DOWN),
                    () -> vm.reader().scriptProperty().set(c));
        }
        acc.put(new KeyCodeCombination(KeyCode.ESCAPE), () -> {
            vm.find().openProperty().set(false);
            vm.layout().closeFloating();
        });
        acc.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), () -> vm.reader().back());
        acc.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), () -> vm.reader().forward());
        acc.put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), () -> vm.sidebar().next());
        acc.put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> vm.sidebar().previous());
        acc.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::focusSpeakers);
    }

    /** The root node. */
    public Parent node() {
        return root;
    }

    /** The window's view model. */
    public MainViewModel viewModel() {
        return vm;
    }

    /** The reader pane. */
    public ReaderView reader() {
        return reader;
    }

    /** The speaker sidebar. */
    public SpeakerSidebarView sidebar() {
        return sidebar;
    }

    /** The painter of find hits. */
    public FindPainter findPainter() {
        return findPainter;
    }

    /** The find bar. */
    public FindBarView findBar() {
        return findBar;
    }
}
