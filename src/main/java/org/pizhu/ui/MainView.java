package org.pizhu.ui;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pizhu.ui.reader.FindBarView;
import org.pizhu.ui.reader.ReaderView;
import org.pizhu.ui.reader.ScriptChoice;
import org.pizhu.ui.settings.ReadingSettingsView;
import org.pizhu.ui.speakers.SpeakerSidebarView;

/** The window's layout: toolbar and find bar on top, reader in the centre, speakers on the right, status below. */
public final class MainView {
    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ReaderView reader;
    private final SpeakerSidebarView sidebar;
    private final FindBarView findBar;
    private final ToggleGroup scripts = new ToggleGroup();

    /** The window's content for {@code vm}. */
    public MainView(MainViewModel vm) {
        this.vm = vm;
        Messages m = vm.messages();
        reader = new ReaderView(vm);
        sidebar = new SpeakerSidebarView(vm.sidebar(), m);
        findBar = new FindBarView(vm.find(), m);
        root.getStyleClass().add("main");
        root.setTop(new VBox(toolbar(m), findBar.node()));
        root.setCenter(reader.node());
        root.setRight(sidebar.node());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusBinding());
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        root.setBottom(statusBar);
        chromeFont(vm.chromeFamily());
        vm.find().openProperty().addListener((o, a, open) -> {
            if (!open) {
                reader.area().requestFocus();
            }
        });
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
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ReadingSettingsView settings = new ReadingSettingsView(vm);
        Button about = new Button(null, new FontIcon("mdi2i-information-outline"));
        about.setId("about");
        about.setTooltip(new Tooltip(m.get("action.about")));
        about.setOnAction(e -> AboutDialog.show(root.getScene() == null ? null : root.getScene().getWindow(), m,
                vm.settings().fontFamilyProperty().get()));
        return new ToolBar(open, sample, new Separator(), scriptBox, grow, find, smaller, larger, settings.node(),
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
        acc.put(new KeyCodeCombination(KeyCode.ESCAPE), () -> vm.find().openProperty().set(false));
        acc.put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), () -> vm.sidebar().next());
        acc.put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> vm.sidebar().previous());
        acc.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> sidebar.list().requestFocus());
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

    /** The find bar. */
    public FindBarView findBar() {
        return findBar;
    }
}
