package org.pizhu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.library.Library;
import org.pizhu.ui.reader.ReaderView;
import org.pizhu.ui.settings.PreferencesSettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader as a daily tool, driven headless (Monocle) with a library in a temporary folder: layout at small window
 * sizes, remembered panes. One window for the whole class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderWindowTest {
    @TempDir
    static Path dir;
    private static final Preferences NODE = TestDocuments.tempPrefs();
    private static Library library;
    private static WindowFixture window;
    private static Stage stage;
    private static MainView view;
    private static Workspace workspace;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        window = WindowFixture.open(dir, NODE);
        stage = window.stage();
        library = window.library();
        view = window.view();
        workspace = window.workspace();
    }

    @AfterAll
    static void close() throws Exception {
        window.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WindowFixture.waitUntil(condition);
    }

    private static StyleClassedTextArea area() {
        return view.reader().area();
    }

    private void resize(double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Characters a line of the first visible body paragraph that wraps (its average line, the last one included). */
    private static double charactersPerLine() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            for (int v = 0; v < area().getVisibleParagraphs().size(); v++) {
                int par = area().visibleParToAllParIndex(v);
                int length = area().getParagraphLength(par);
                if (area().getParagraph(par).getParagraphStyle().contains("paragraph") && length > 60) {
                    return (double) length / area().getParagraphLinesCount(par);
                }
            }
            throw new AssertionError("no long body paragraph on screen");
        }).get();
    }

    @Test
    @Order(1)
    void smallWindowsCollapseTheSidePanesSoTheReaderKeepsTwentyCharactersALine() throws Exception {
        assertThat(area().getScene().getFocusOwner()).as("focus after start-up").isSameAs(area());
        robot.interact(() -> area().showParagraphAtTop(3));
        for (double[] size : new double[][] {{640, 480}, {800, 560}}) {
            resize(size[0], size[1]);
            assertThat(stage.getWidth()).isEqualTo(size[0]);
            assertThat(area().getWidth()).as("reader width at %s", size[0])
                    .isGreaterThanOrEqualTo(view.reader().minimumWidth() - 20);
            assertThat(charactersPerLine()).as("characters a line at %s", size[0])
                    .isGreaterThanOrEqualTo(ReaderView.MIN_CHARS);
        }
        assertThat(view.split().getItems()).doesNotContain(workspace.library().node());
        resize(1280, 800);
        assertThat(view.split().getItems()).hasSize(3);
    }

    @Test
    @Order(2)
    void aCollapsedPaneFloatsOverTheReaderWhenToggledAndEscapeClosesIt() throws Exception {
        resize(640, 480);
        assertThat(view.split().getItems()).containsExactly(view.reader().node());
        robot.clickOn("#sidebar-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.panes().getChildren()).hasSize(2);
        assertThat(view.panes().getChildren().get(1).getStyleClass()).contains("floating-pane");
        Bounds pane = view.panes().getChildren().get(1).getBoundsInParent();
        assertThat(pane.getWidth()).isLessThan(640);
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.panes().getChildren()).hasSize(1);
        resize(1280, 800);
    }

    @Test
    @Order(3)
    void theLastLineReachesTheBottomOfThePaneInsteadOfBeingCutAboveAnEmptyBand() throws Exception {
        robot.interact(() -> area().showParagraphAtTop(5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area().getPadding().getTop()).isZero();
        assertThat(area().getPadding().getBottom()).isZero();
        double bottom = WaitForAsyncUtils.asyncFx(() -> {
            double max = 0;
            for (int i = 0; i < area().getVisibleParagraphs().size(); i++) {
                max = Math.max(max, area().getVisibleParagraphBoundsOnScreen(i).getMaxY());
            }
            return max;
        }).get();
        Bounds pane = area().localToScreen(area().getBoundsInLocal());
        assertThat(bottom).as("bottom of the last visible paragraph").isGreaterThanOrEqualTo(pane.getMaxY() - 1);
    }

    @Test
    @Order(4)
    void hidingTheLibraryAndDraggingTheSidebarAreRemembered() throws Exception {
        resize(1280, 800);
        robot.clickOn("#library-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.split().getItems()).doesNotContain(workspace.library().node());
        robot.interact(() -> view.viewModel().layout().resized(0, 260));
        WindowLayoutViewModel again = new WindowLayoutViewModel(new PreferencesSettingsStore(NODE));
        assertThat(again.libraryWantedProperty().get()).isFalse();
        assertThat(again.sidebarWidthProperty().get()).isEqualTo(260);
        robot.clickOn("#library-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.split().getItems()).contains(workspace.library().node());
    }

    private static javafx.scene.control.TableRow<?> row(String title) {
        return new FxRobot().lookup("#library-table .table-row-cell")
                .match(r -> ((javafx.scene.control.TableRow<?>) r).getItem() instanceof org.pizhu.library.DocumentInfo d
                        && d.title().equals(title))
                .queryAs(javafx.scene.control.TableRow.class);
    }

    @Test
    @Order(5)
    void aSingleClickOpensADocumentTitledByItsFirstSentenceAndItsPositionIsRestoredOnReturn() throws Exception {
        org.pizhu.library.DocumentInfo sample = workspace.layer().currentProperty().get().info();
        new org.pizhu.app.DocumentImports(library).importText("news-02.broken.txt",
                "記者昨日走訪市場。攤販表示生意平淡。\n\n第二段說的是天氣。\n");
        robot.interact(() -> workspace.libraryModel().refresh());
        waitUntil(() -> workspace.library().table().getItems().size() == 2);
        assertThat(row(sample.title()).getPseudoClassStates()).extracting(Object::toString).contains("open");
        robot.interact(() -> area().showParagraphAtTop(30));
        waitUntil(() -> view.viewModel().reader().firstVisibleProperty().get() == 30);
        assertThat(robot.lookup("#status").queryAs(javafx.scene.control.Label.class).getText())
                .contains("Block 31 of", "%");

        robot.clickOn(row("記者昨日走訪市場。"));
        waitUntil(() -> workspace.layer().currentProperty().get() != null
                && workspace.layer().currentProperty().get().info().id() != sample.id());
        waitUntil(() -> row("記者昨日走訪市場。").getPseudoClassStates().toString().contains("open"));
        assertThat(row(sample.title()).getPseudoClassStates().toString()).doesNotContain("open");

        robot.clickOn(row(sample.title()));
        waitUntil(() -> workspace.layer().currentProperty().get().info().id() == sample.id()
                && view.viewModel().reader().firstVisibleProperty().get() == 30
                && area().firstVisibleParToAllParIndex() == 30);
        robot.interact(() -> area().showParagraphAtTop(0));
    }

    @Test
    @Order(6)
    void altLeftReturnsToWhereTheReaderWasBeforeJumpingToASpeaker() throws Exception {
        waitUntil(() -> !view.sidebar().list().getItems().isEmpty());
        robot.interact(() -> area().showParagraphAtTop(0));
        waitUntil(() -> area().firstVisibleParToAllParIndex() == 0);
        var speakers = view.sidebar().list().getItems();
        var last = speakers.get(speakers.size() - 1);
        int target = last.statementBlocks().get(0);
        robot.interact(() -> view.viewModel().sidebar().activate(last));
        waitUntil(() -> view.reader().visibleBlocks().contains(target));
        assertThat(area().firstVisibleParToAllParIndex()).isGreaterThan(0);
        robot.interact(() -> area().requestFocus());
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.LEFT)
                .release(javafx.scene.input.KeyCode.LEFT, javafx.scene.input.KeyCode.ALT);
        waitUntil(() -> area().firstVisibleParToAllParIndex() == 0);
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.RIGHT)
                .release(javafx.scene.input.KeyCode.RIGHT, javafx.scene.input.KeyCode.ALT);
        waitUntil(() -> view.reader().visibleBlocks().contains(target));
    }

    @Test
    @Order(7)
    void theLibrarySearchRunsAsOneTypesAndItsHitsFitTheList() throws Exception {
        robot.interact(() -> workspace.library().searchField().setText("數碼港"));
        waitUntil(() -> !workspace.library().hits().getItems().isEmpty());
        double list = workspace.library().hits().getWidth();
        for (javafx.scene.Node cell : robot.lookup("#library-hits .list-cell").queryAll()) {
            javafx.scene.control.ListCell<?> c = (javafx.scene.control.ListCell<?>) cell;
            if (c.getGraphic() != null) {
                assertThat(c.getGraphic().getBoundsInParent().getMaxX()).isLessThanOrEqualTo(list);
                assertThat(c.getTooltip().getText()).contains("數碼港");
            }
        }
        robot.interact(() -> workspace.library().searchField().setText(""));
        waitUntil(() -> workspace.library().hits().getItems().isEmpty());
    }

    @Test
    @Order(8)
    void theSidebarLibraryAndStatusFollowTheScriptSwitch() throws Exception {
        waitUntil(() -> !view.sidebar().list().getItems().isEmpty());
        String name = view.sidebar().list().getItems().get(0).name();
        String simplifiedName = org.pizhu.script.ScriptConverters.get("t2s").convertText(name);
        String title = workspace.layer().currentProperty().get().info().title();
        String simplifiedTitle = org.pizhu.script.ScriptConverters.get("t2s").convertText(title);
        assertThat(simplifiedName).isNotEqualTo(name);
        robot.clickOn("#script-simplified");
        waitUntil(() -> robot.lookup(".speaker-name").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals(simplifiedName)));
        assertThat(row(title).getChildrenUnmodifiable().stream()
                .map(c -> ((javafx.scene.control.Labeled) c).getText()).toList()).contains(simplifiedTitle);
        assertThat(robot.lookup("#status").queryAs(javafx.scene.control.Label.class).getText())
                .contains(simplifiedTitle.length() <= 40 ? simplifiedTitle : "");
        robot.clickOn("#script-original");
        waitUntil(() -> robot.lookup(".speaker-name").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals(name)));
    }

    @Test
    @Order(9)
    void ctrlShiftSFocusesTheSpeakersWhicheverTabIsInFrontAndTheTabIsRemembered() throws Exception {
        javafx.scene.control.TabPane tabs = robot.lookup("#sidebar-tabs").queryAs(javafx.scene.control.TabPane.class);
        assertThat(tabs.getTabs().get(0).getId()).isEqualTo("tab-speakers");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(new WindowLayoutViewModel(new PreferencesSettingsStore(NODE)).sidebarTabProperty().get())
                .isEqualTo("annotations");
        robot.interact(() -> area().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.S, javafx.scene.input.KeyCode.SHIFT,
                        javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(view.sidebar().list().isFocused()).isTrue();
    }

    @Test
    @Order(10)
    void findMarksEveryHitOnScreenAndTheCurrentOneApart() throws Exception {
        robot.interact(() -> area().showParagraphAtTop(0));
        robot.interact(() -> {
            view.viewModel().find().openProperty().set(true);
            view.viewModel().find().queryProperty().set("數碼");
        });
        waitUntil(() -> view.findPainter().paintedBlocks().size() > 1);
        java.util.List<org.pizhu.ui.reader.FindHit> hits = view.viewModel().find().hitsProperty().get();
        int current = view.viewModel().find().currentProperty().get();
        for (int i = 0; i < hits.size(); i++) {
            org.pizhu.ui.reader.FindHit h = hits.get(i);
            if (view.findPainter().paintedBlocks().contains(h.block())) {
                java.util.Collection<String> style = area().getStyleOfChar(h.block(), h.start() + 1);
                assertThat(style).as("hit %s", i).contains(org.pizhu.ui.reader.FindPainter.HIT);
                assertThat(style.contains(org.pizhu.ui.reader.FindPainter.CURRENT)).isEqualTo(i == current);
            }
        }
        robot.interact(() -> view.viewModel().find().openProperty().set(false));
        waitUntil(() -> view.findPainter().paintedBlocks().isEmpty());
        assertThat(area().getStyleOfChar(hits.get(0).block(), hits.get(0).start() + 1))
                .doesNotContain(org.pizhu.ui.reader.FindPainter.HIT);
    }

    @Test
    @Order(11)
    void theScriptButtonsKeepNoFocusRingAfterAClickAndShowWhichIsSelected() throws Exception {
        robot.clickOn("#script-simplified");
        robot.interact(() -> area().requestFocus());
        robot.interact(() -> view.viewModel().reader().scriptProperty()
                .set(org.pizhu.ui.reader.ScriptChoice.TRADITIONAL));
        WaitForAsyncUtils.waitForFxEvents();
        for (javafx.scene.Node b : robot.lookup(".segmented .toggle-button").queryAll()) {
            assertThat(b.isFocused()).as(b.getId()).isFalse();
        }
        javafx.scene.control.ToggleButton selected = robot.lookup("#script-traditional")
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(selected.isSelected()).isTrue();
        javafx.scene.control.ToggleButton other = robot.lookup("#script-simplified")
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(selected.getBackground().getFills()).isNotEqualTo(other.getBackground().getFills());
        robot.clickOn("#script-original");
        robot.interact(() -> area().requestFocus());
    }

    @Test
    @Order(12)
    void theSettingsMenuIsThemedAndShowsTheSliderValues() throws Exception {
        robot.interact(() -> view.viewModel().settings().themeProperty()
                .set(org.pizhu.ui.settings.Theme.DARK));
        robot.clickOn("#settings");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ContextMenu menu = ((javafx.scene.control.CustomMenuItem)
                robot.lookup("#settings").queryAs(javafx.scene.control.MenuButton.class).getItems().get(0))
                .getParentPopup();
        assertThat(menu.isShowing()).isTrue();
        assertThat(menu.getStyleClass()).contains("theme-dark", "settings-popup");
        javafx.scene.layout.Region content = (javafx.scene.layout.Region) menu.getSkin().getNode();
        javafx.scene.paint.Color fill = (javafx.scene.paint.Color) content.getBackground().getFills()
                .get(content.getBackground().getFills().size() - 1).getFill();
        assertThat(fill.getBrightness()).as("menu background in the dark theme").isLessThan(0.4);
        assertThat(robot.lookup(".slider-value").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("19 px");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        robot.interact(() -> view.viewModel().settings().themeProperty()
                .set(org.pizhu.ui.settings.Theme.LIGHT));
    }

    @Test
    @Order(13)
    void clickingAnOutlineEntryJumpsThereAndTheOutlineFollowsTheReader() throws Exception {
        javafx.scene.control.TabPane tabs = robot.lookup("#sidebar-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        robot.interact(() -> area().showParagraphAtTop(0));
        var list = workspace.outline().list();
        waitUntil(() -> list.getItems().size() > 2);
        // The outline follows the reader back to the top (selecting and scrolling to its first entry) once the reader
        // reports where it is, which on a loaded machine can come after the list was scrolled below: wait for it.
        waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 0);
        java.util.concurrent.atomic.AtomicReference<javafx.scene.Node> found =
                new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<org.pizhu.ui.outline.OutlineViewModel.OutlineEntry> last =
                new java.util.concurrent.atomic.AtomicReference<>();
        // Scrolled again while its cell is not there: the list is rebuilt (and follows the reader) when the speakers'
        // bylines arrive, and its cells are made in the next layout pulse.
        waitUntil(() -> {
            WaitForAsyncUtils.asyncFx(() -> {
                var entry = list.getItems().get(list.getItems().size() - 1);
                last.set(entry);
                list.lookupAll(".list-cell").stream()
                        .filter(c -> c.isVisible() && entry.equals(((javafx.scene.control.ListCell<?>) c).getItem()))
                        .findFirst().ifPresentOrElse(found::set, () -> list.scrollTo(entry));
            }).get();
            return found.get() != null;
        });
        var entry = last.get();
        javafx.scene.Node cell = found.get();
        robot.clickOn(cell);
        waitUntil(() -> area().firstVisibleParToAllParIndex() == entry.block()
                || view.reader().visibleBlocks().contains(entry.block()));
        robot.interact(() -> area().showParagraphAtTop(0));
        waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 0);
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    @Test
    @Order(20)
    void choosingAnotherInterfaceLanguageRebuildsTheWindowAtOnceOnTheSamePlaceAndTab() throws Exception {
        robot.interact(() -> area().showParagraphAtTop(20));
        waitUntil(() -> view.viewModel().reader().firstVisibleProperty().get() == 20);
        javafx.scene.control.TabPane tabs = robot.lookup("#sidebar-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-people");
        MainView old = view;
        javafx.scene.Scene scene = area().getScene();
        robot.interact(() -> old.viewModel().settings().languageProperty().set("zh-Hans"));
        waitUntil(() -> PizhuApp.view(scene) != old);
        MainView fresh = PizhuApp.view(scene);
        assertThat(robot.lookup("#open").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo(new Messages(java.util.Locale.forLanguageTag("zh-Hans")).get("action.open"));
        javafx.scene.control.TabPane rebuilt = (javafx.scene.control.TabPane) scene.lookup("#sidebar-tabs");
        assertThat(rebuilt.getSelectionModel().getSelectedItem().getId()).as("the remembered sidebar tab")
                .isEqualTo("tab-people");
        waitUntil(() -> fresh.viewModel().reader().firstVisibleProperty().get() == 20);
        robot.interact(() -> fresh.viewModel().settings().languageProperty().set("en"));
    }
}
