package org.pizhu.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.event.Event;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Library;
import org.pizhu.ui.MainView;
import org.pizhu.ui.TestDocuments;
import org.pizhu.ui.WindowFixture;
import org.pizhu.ui.Workspace;
import org.pizhu.ui.export.ExportDialogView;
import org.pizhu.ui.library.LibraryViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the window with a real library in a temporary folder, headless (Monocle): highlight by key, tags and note,
 * script switch, undo/redo, orphans, search, drag-and-drop import and export. One window for the whole class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnotationWindowTest {
    @TempDir
    static Path dir;
    private static final Preferences NODE = TestDocuments.tempPrefs();
    private static Library library;
    private static WindowFixture window;
    private static MainView view;
    private static Workspace workspace;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        window = WindowFixture.open(dir, NODE);
        library = window.library();
        view = window.view();
        workspace = window.workspace();
        // The speakers' tab is in front at first; these tests work in the annotations' tab, as a user would open it.
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.TabPane) view.node().lookup("#sidebar-tabs"))
                .getSelectionModel().select(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
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

    private static long docId() {
        return workspace.layer().currentProperty().get().info().id();
    }

    /** The text of paragraph {@code par} drawn with style class {@code cls}. */
    private static String styled(int par, String cls) {
        StringBuilder out = new StringBuilder();
        String text = area().getParagraph(par).getText();
        int at = 0;
        for (StyleSpan<Collection<String>> s : area().getParagraph(par).getStyleSpans()) {
            if (s.getStyle().contains(cls)) {
                out.append(text, at, at + s.getLength());
            }
            at += s.getLength();
        }
        return out.toString();
    }

    /** The first body paragraph with at least 20 characters. */
    private static int bodyParagraph() {
        for (int i = 1; i < area().getParagraphs().size(); i++) {
            if (area().getParagraph(i).getParagraphStyle().contains("paragraph")
                    && area().getParagraph(i).getText().length() > 20) {
                return i;
            }
        }
        throw new AssertionError("no body paragraph");
    }

    @Test
    @Order(1)
    void firstLaunchImportsTheSampleIntoTheLibrary() throws TimeoutException {
        assertThat(library.documents()).hasSize(1);
        assertThat(library.documents().get(0).sourceName()).startsWith("takungpao");
        waitUntil(() -> workspace.library().table().getItems().size() == 1);
    }

    @Test
    @Order(2)
    void selectingAndPressingOneHighlightsAndStores() throws TimeoutException {
        int par = bodyParagraph();
        robot.interact(() -> {
            area().showParagraphAtTop(par);
            area().selectRange(par, 2, par, 8);
            area().requestFocus();
        });
        String selected = area().getSelectedText();
        robot.press(KeyCode.DIGIT1).release(KeyCode.DIGIT1);
        assertThat(styled(par, "hl-yellow")).isEqualTo(selected);
        waitUntil(() -> library.annotations(docId()).size() == 1);
        Annotation a = library.annotations(docId()).get(0);
        assertThat(a.kind()).isEqualTo(AnnotationKind.HIGHLIGHT);
        assertThat(a.color()).isEqualTo(Color.YELLOW);
        assertThat(a.quote()).isEqualTo(selected.replaceAll("\\s", ""));
        waitUntil(() -> workspace.panel().list().getItems().size() == 1);
    }

    @Test
    @Order(3)
    void addingATagAndANote() throws TimeoutException {
        robot.interact(() -> workspace.panel().list().getSelectionModel().select(0));
        waitUntil(() -> !workspace.panel().tags().isDisabled());
        // A click in the panel points at the mark (caret, outline) rather than selecting over its colour.
        int par = workspace.layer().annotations().get(0).anchor().block();
        waitUntil(() -> styled(par, "mark-outlined").equals(styled(par, "hl-yellow"))
                && !styled(par, "hl-yellow").isEmpty());
        assertThat(area().getSelection().getLength()).isZero();
        robot.interact(() -> {
            workspace.panel().tags().setText("科技, 政策");
            workspace.panel().note().setText("**要點**：創新");
        });
        robot.clickOn("#annotation-save");
        waitUntil(() -> !library.annotations(docId()).get(0).note().isEmpty()
                && library.annotations(docId()).get(0).tags().size() == 2);
        Annotation a = library.annotations(docId()).get(0);
        assertThat(a.tags()).containsExactlyInAnyOrder("科技", "政策");
        assertThat(a.note()).isEqualTo("**要點**：創新");
        assertThat(workspace.panelModel().citation(a)).contains(a.quote(), "**要點**");
    }

    @Test
    @Order(4)
    void switchingToSimplifiedAndBackKeepsTheHighlightOnTheSameWords() throws TimeoutException {
        int par = workspace.layer().annotations().get(0).anchor().block();
        String before = styled(par, "hl-yellow");
        String original = area().getParagraph(par).getText();
        robot.clickOn("#script-simplified");
        waitUntil(() -> !area().getParagraph(par).getText().equals(original) && !styled(par, "hl-yellow").isEmpty());
        String simplified = styled(par, "hl-yellow");
        assertThat(simplified).hasSameSizeAs(before);
        assertThat(org.pizhu.script.SearchKey.of(simplified)).isEqualTo(org.pizhu.script.SearchKey.of(before));
        robot.clickOn("#script-original");
        waitUntil(() -> area().getParagraph(par).getText().equals(original));
        waitUntil(() -> styled(par, "hl-yellow").equals(before));
    }

    @Test
    @Order(5)
    void undoRemovesTheHighlightAndRedoRestoresIt() throws TimeoutException {
        int par = workspace.layer().annotations().get(0).anchor().block();
        String words = styled(par, "hl-yellow");
        robot.clickOn("#undo");
        robot.clickOn("#undo");
        waitUntil(() -> library.annotations(docId()).isEmpty());
        waitUntil(() -> styled(par, "hl-yellow").isEmpty());
        robot.interact(() -> area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> library.annotations(docId()).size() == 1);
        waitUntil(() -> styled(par, "hl-yellow").equals(words));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> library.annotations(docId()).isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> library.annotations(docId()).size() == 1);
        robot.clickOn("#redo");
        waitUntil(() -> !library.annotations(docId()).get(0).note().isEmpty());
        waitUntil(() -> !workspace.layer().canRedoProperty().get());
    }

    @Test
    @Order(6)
    void anOrphanIsListedWithItsQuote() throws TimeoutException {
        String text = "測試文件\n\n第一段講的是港口。\n\n第二段提到獨特的詞語藍鯨號。\n";
        DocumentInfo d = new DocumentImports(library).importText("orphan-test.txt", text);
        int at = text.indexOf("藍鯨號");
        library.annotate(d.id(), at, at + 3, AnnotationKind.HIGHLIGHT, Color.BLUE, "", List.of());
        new DocumentImports(library).reimport(d.id(), "orphan-test.txt", "測試文件\n\n第一段講的是港口。\n\n第二段已經改寫。\n");
        robot.interact(() -> workspace.libraryModel().open(library.document(d.id())));
        waitUntil(() -> workspace.layer().currentProperty().get() != null && docId() == d.id());
        waitUntil(() -> workspace.panel().orphans().getItems().size() == 1);
        assertThat(workspace.panel().orphans().getItems().get(0).quote()).isEqualTo("藍鯨號");
        assertThat(workspace.panel().orphans().isVisible()).isTrue();
        assertThat(workspace.panel().list().getItems()).isEmpty();
    }

    @Test
    @Order(7)
    void librarySearchOpensTheDocumentAtTheHit() throws TimeoutException {
        long sample = library.documents().stream().filter(d -> d.sourceName().startsWith("takungpao")).findFirst()
                .orElseThrow().id();
        assertThat(docId()).isNotEqualTo(sample);
        robot.interact(() -> workspace.library().searchField().setText("数码港"));
        robot.clickOn("#library-search").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> !workspace.library().hits().getItems().isEmpty());
        robot.interact(() -> workspace.library().hits().getSelectionModel().select(0));
        LibraryViewModel.SearchHit hit = workspace.library().hits().getItems().get(0);
        robot.interact(() -> workspace.libraryModel().openHit(hit));
        waitUntil(() -> docId() == sample && "數碼港".equals(area().getSelectedText()));
        assertThat(area().getCurrentParagraph()).isEqualTo(hit.block());
        waitUntil(() -> view.reader().visibleBlocks().contains(hit.block()));
    }

    @Test
    @Order(8)
    void droppingAFileImportsIt() throws Exception {
        Path file = dir.resolve("dropped.txt");
        Files.writeString(file, "拖放的文件\n\n這是一篇用拖放加入書庫的短文。\n", StandardCharsets.UTF_8);
        int before = library.documents().size();
        robot.interact(() -> {
            Dragboard board = com.sun.javafx.scene.input.DragboardHelper.createDragboard(
                    com.sun.javafx.tk.Toolkit.getToolkit().createLocalClipboard());
            board.setContent(java.util.Map.of(DataFormat.FILES, List.of(file.toFile())));
            javafx.scene.Node target = workspace.library().node();
            Event.fireEvent(target, new DragEvent(target, target, DragEvent.DRAG_DROPPED, board, 10, 10, 10, 10,
                    TransferMode.COPY, null, null, null));
        });
        waitUntil(() -> library.documents().size() == before + 1);
        waitUntil(() -> workspace.library().table().getItems().stream()
                .anyMatch(d -> d.sourceName().equals("dropped.txt")));
    }

    @Test
    @Order(9)
    void exportPreviewEqualsTheWrittenFile() throws Exception {
        ExportDialogView[] dialog = new ExportDialogView[1];
        robot.interact(() -> dialog[0] = workspace.showExport());
        waitUntil(() -> !dialog[0].preview().getText().isEmpty());
        Path out = dir.resolve("export.md");
        robot.interact(() -> workspace.exportModel().saveTo(out));
        waitUntil(() -> Files.exists(out));
        Annotation a = library.annotations(docId()).get(0);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(dialog[0].preview().getText())
                .contains(a.quote()).contains("要點");
        robot.interact(() -> workspace.exportModel().formatProperty().set(org.pizhu.export.ExportFormat.JSON));
        waitUntil(() -> dialog[0].preview().getText().startsWith("{"));
        Path json = dir.resolve("export.json");
        robot.interact(() -> workspace.exportModel().saveTo(json));
        waitUntil(() -> Files.exists(json));
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo(dialog[0].preview().getText());
        robot.interact(() -> dialog[0].stage().close());
    }

    @Test
    @Order(10)
    void pressingNOpensTheLabelledNoteEditorWhichCtrlEnterSavesAndEscCancels() throws TimeoutException {
        int par = bodyParagraph() + 1;
        while (area().getParagraph(par).getText().length() < 12) {
            par++;
        }
        int p = par;
        int before = library.annotations(docId()).size();
        select(p, 1, 5);
        robot.press(KeyCode.N).release(KeyCode.N);
        waitUntil(() -> workspace.marks().editor().isShowing());
        assertThat(workspace.panelModel().selectedProperty().get().kind()).isEqualTo(AnnotationKind.NOTE);
        assertThat(robot.lookup("#note-editor-cancel").tryQuery()).isPresent();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !workspace.marks().editor().isShowing() && library.annotations(docId()).size() == before);

        select(p, 1, 5);
        robot.press(KeyCode.N).release(KeyCode.N);
        waitUntil(() -> workspace.marks().editor().isShowing());
        javafx.scene.control.TextArea text = robot.lookup("#note-editor-note")
                .queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> text.setText("值得**再**讀"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> !workspace.marks().editor().isShowing() && library.annotations(docId()).size() == before + 1
                && library.annotations(docId()).stream().anyMatch(a -> a.note().equals("值得**再**讀")));
        waitUntil(() -> styled(p, "has-note").length() == 4);
    }

    /** Selects columns {@code from}–{@code to} of paragraph {@code par} in the reader, focused. */
    private void select(int par, int from, int to) {
        robot.interact(() -> {
            area().showParagraphAtTop(par);
            area().selectRange(par, from, par, to);
            area().requestFocus();
        });
    }

    @Test
    @Order(11)
    void aNewFileIsShownAtOnceThenStoredAndAnnotatable() throws Exception {
        Path file = dir.resolve("opened.txt");
        Files.writeString(file, "新開的文件\n\n港口擴建計劃今天公布，居民普遍表示歡迎，工程明年動工。\n", StandardCharsets.UTF_8);
        int before = library.documents().size();
        robot.interact(() -> view.viewModel().open(file));
        waitUntil(() -> view.viewModel().reader().documentProperty().get().sourceName().equals("opened.txt"));
        waitUntil(() -> workspace.layer().currentProperty().get() != null
                && workspace.layer().currentProperty().get().document() == view.viewModel().reader().documentProperty().get());
        assertThat(library.documents()).hasSize(before + 1);
        int par = 1;
        robot.interact(() -> {
            area().selectRange(par, 0, par, 4);
            area().requestFocus();
        });
        robot.press(KeyCode.DIGIT2).release(KeyCode.DIGIT2);
        waitUntil(() -> library.annotations(docId()).size() == 1);
        assertThat(library.annotations(docId()).get(0).quote()).isEqualTo("港口擴建");
        assertThat(styled(par, "hl-green")).isEqualTo("港口擴建");
    }

    @Test
    @Order(12)
    void aMarksContextMenuInTheInterfaceFontRecoloursAndDeletesIt() throws Exception {
        waitUntil(() -> library.annotations(docId()).size() == 1);
        Annotation a = library.annotations(docId()).get(0);
        int par = a.anchor().block();
        javafx.scene.input.ContextMenuEvent[] event = new javafx.scene.input.ContextMenuEvent[1];
        robot.interact(() -> {
            area().deselect();
            int at = area().getAbsolutePosition(par, 1);
            javafx.geometry.Bounds b = area().getCharacterBoundsOnScreen(at, at + 1).orElseThrow();
            // The event's x and y are in the scene; it is delivered to the reader in the reader's own coordinates.
            javafx.geometry.Point2D scene = area().localToScene(area().screenToLocal(b.getCenterX(), b.getCenterY()));
            event[0] = new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), b.getCenterX(), b.getCenterY(), false, null);
            Event.fireEvent(area(), event[0]);
        });
        javafx.scene.control.ContextMenu menu = workspace.marks().menu();
        waitUntil(menu::isShowing);
        org.pizhu.ui.Screenshots.save("screenshot-mark-menu.png", window.stage(), menu);
        assertThat(area().getContextMenu().isShowing()).as("the menu for making a mark").isFalse();
        // The mark acted on is outlined, its colour still drawn (not covered by a selection).
        waitUntil(() -> styled(par, "mark-outlined").equals(a.quote()) && styled(par, "hl-green").equals(a.quote()));
        assertThat(area().getSelection().getLength()).isZero();
        javafx.scene.text.Font readerFont = ((javafx.scene.text.Text) area().lookup(".text")).getFont();
        javafx.scene.control.Label item = (javafx.scene.control.Label) menu.getSkin().getNode().lookup(".label");
        assertThat(item.getFont().getFamily()).isNotEqualTo(readerFont.getFamily());
        assertThat(item.getFont().getSize()).isEqualTo(javafx.scene.text.Font.getDefault().getSize());
        robot.interact(() -> menuItem(menu, "mark-colour-blue").fire());
        waitUntil(() -> library.annotations(docId()).get(0).color() == Color.BLUE);
        waitUntil(() -> styled(par, "hl-blue").equals(a.quote()));
        robot.interact(() -> {
            menu.hide();
            menuItem(menu, "mark-copy-citation").fire();
        });
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).startsWith("\u300c" + a.quote() + "\u300d");
        robot.interact(() -> menuItem(menu, "mark-delete").fire());
        waitUntil(() -> library.annotations(docId()).isEmpty());
        waitUntil(() -> styled(par, "hl-blue").isEmpty());
    }

    private static javafx.scene.control.MenuItem menuItem(javafx.scene.control.ContextMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    @Order(13)
    void keysRightAfterMakingAMarkActOnIt() throws TimeoutException {
        select(1, 0, 4);
        robot.press(KeyCode.DIGIT1).release(KeyCode.DIGIT1);
        robot.press(KeyCode.DIGIT3).release(KeyCode.DIGIT3);
        waitUntil(() -> library.annotations(docId()).size() == 1
                && library.annotations(docId()).get(0).color() == Color.BLUE);
        waitUntil(() -> styled(1, "hl-blue").equals("港口擴建") && styled(1, "hl-yellow").isEmpty());
        robot.press(KeyCode.U).release(KeyCode.U);
        waitUntil(() -> library.annotations(docId()).get(0).kind() == AnnotationKind.UNDERLINE);
        waitUntil(() -> styled(1, "ul-blue").equals("港口擴建"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil(() -> library.annotations(docId()).isEmpty());
        assertThat(area().getParagraph(1).getText()).startsWith("港口擴建");
    }

    @Test
    @Order(14)
    void oneSaveOfTagsAndNoteIsOneUndoStepAndTheHoverShowsTheNoteFormatted() throws TimeoutException {
        select(1, 0, 2);
        robot.press(KeyCode.DIGIT2).release(KeyCode.DIGIT2);
        waitUntil(() -> library.annotations(docId()).size() == 1 && library.annotations(docId()).get(0).id() > 0);
        waitUntil(() -> workspace.layer().byId(library.annotations(docId()).get(0).id()) != null);
        Annotation a = library.annotations(docId()).get(0);
        robot.interact(() -> workspace.marks().edit(workspace.layer().byId(a.id()), false));
        waitUntil(() -> workspace.marks().editor().isShowing());
        robot.interact(() -> {
            robot.lookup("#note-editor-tags").queryAs(javafx.scene.control.TextField.class).setText("港口, 工程");
            robot.lookup("#note-editor-note").queryAs(javafx.scene.control.TextArea.class).setText("**要點**：動工");
        });
        robot.clickOn("#note-editor-save");
        waitUntil(() -> library.annotations(docId()).get(0).tags().size() == 2);
        assertThat(library.annotations(docId()).get(0).note()).isEqualTo("**要點**：動工");
        robot.interact(() -> {
            int at = area().getAbsolutePosition(1, 1);
            workspace.painter().hover(at, new javafx.geometry.Point2D(100, 100));
        });
        StringBuilder shown = new StringBuilder();
        workspace.painter().popupText().getChildren().forEach(n -> shown.append(((javafx.scene.text.Text) n).getText()));
        assertThat(shown.toString()).matches("#(港口  #工程|工程  #港口)\n要點：動工");
        assertThat(workspace.painter().popupText().getChildren().stream()
                .filter(n -> n.getStyleClass().contains("note-strong")).map(n -> ((javafx.scene.text.Text) n).getText()))
                .containsExactly("要點");
        robot.clickOn("#undo");
        waitUntil(() -> library.annotations(docId()).size() == 1 && library.annotations(docId()).get(0).note().isEmpty()
                && library.annotations(docId()).get(0).tags().isEmpty());
        robot.clickOn("#undo");
        waitUntil(() -> library.annotations(docId()).isEmpty());
    }

    @Test
    @Order(15)
    void theExportDialogConfirmsASaveAndEscapeClosesIt() throws Exception {
        select(1, 0, 4);
        robot.press(KeyCode.DIGIT1).release(KeyCode.DIGIT1);
        waitUntil(() -> library.annotations(docId()).size() == 1);
        ExportDialogView[] dialog = new ExportDialogView[1];
        robot.interact(() -> dialog[0] = workspace.showExport());
        waitUntil(() -> !dialog[0].preview().getText().isEmpty());
        robot.interact(() -> workspace.exportModel().scopeProperty().set(
                org.pizhu.ui.export.ExportDialogViewModel.Scope.SPEAKER));
        waitUntil(() -> dialog[0].preview().getText().isEmpty());
        assertThat(robot.lookup("#export-speaker").queryAs(javafx.scene.control.ComboBox.class).isVisible()).isTrue();
        robot.interact(() -> workspace.exportModel().scopeProperty().set(
                org.pizhu.ui.export.ExportDialogViewModel.Scope.DOCUMENT));
        waitUntil(() -> dialog[0].preview().getText().contains("港口擴建"));
        assertThat(robot.lookup("#export-saved").queryAs(javafx.scene.control.Label.class).getParent().isVisible())
                .isFalse();
        Path out = dir.resolve("saved-export.md");
        robot.interact(() -> workspace.exportModel().saveTo(out));
        waitUntil(() -> robot.lookup("#export-saved").queryAs(javafx.scene.control.Label.class).getParent().isVisible());
        assertThat(robot.lookup("#export-saved").queryAs(javafx.scene.control.Label.class).getText())
                .contains("saved-export.md");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(dialog[0].preview().getText());
        robot.clickOn("#export-copy");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(dialog[0].preview().getText());
        robot.interact(() -> dialog[0].stage().requestFocus());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !dialog[0].stage().isShowing());
    }
}
