package org.pizhu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pizhu.script.ScriptConverters;
import org.pizhu.ui.reader.QuoteSpan;
import org.pizhu.ui.reader.ReaderView;
import org.pizhu.ui.reader.ReaderViewModel;
import org.pizhu.ui.reader.ScriptChoice;
import org.pizhu.ui.reader.ScriptLayerConverter;
import org.pizhu.ui.settings.PreferencesSettingsStore;
import org.pizhu.ui.settings.ReadingSettingsViewModel;
import org.pizhu.ui.speakers.AnalyzerSpeakerSource;
import org.pizhu.ui.speakers.SpeakerSummary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): sample, speakers, script switch, find, font size. */
@ExtendWith(ApplicationExtension.class)
class PizhuWindowTest {
    private final Preferences node = TestDocuments.tempPrefs();
    private MainView view;
    private FxBackgroundRunner runner;

    @Start
    void start(Stage stage) {
        runner = new FxBackgroundRunner();
        view = PizhuApp.show(stage, new PizhuApp.Services(new DirectDocumentLoader(), new AnalyzerSpeakerSource(),
                new ScriptLayerConverter(), runner, new PreferencesSettingsStore(node)));
    }

    @AfterEach
    void tearDown() {
        runner.close();
        TestDocuments.remove(node);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StyleClassedTextArea area() {
        return view.reader().area();
    }

    private void waitForSample() throws TimeoutException {
        waitUntil(() -> area().getParagraphs().size() > 10 && !view.sidebar().list().getItems().isEmpty());
    }

    @Test
    void firstLaunchShowsTheSampleWithItsSpeakers(FxRobot robot) throws TimeoutException {
        waitForSample();
        assertThat(area().getText()).contains("數碼港", "新質生產力");
        assertThat(area().getParagraphs().get(0).getParagraphStyle()).contains("heading", "title");
        assertThat(area().getParagraphs().stream().map(p -> p.getParagraphStyle().iterator().next()).distinct())
                .contains("heading", "paragraph", "byline");
        assertThat(view.sidebar().list().getItems()).extracting(SpeakerSummary::name).contains("陳細明");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("Block 1 of");
        assertThat(robot.lookup(".speaker-name").queryAll()).isNotEmpty();
    }

    @Test
    void clickingASpeakerMovesTheReaderToTheirStatements(FxRobot robot) throws TimeoutException {
        waitForSample();
        SpeakerSummary last = view.sidebar().list().getItems().get(view.sidebar().list().getItems().size() - 1);
        int first = last.statementBlocks().get(0);
        assertThat(first).isGreaterThan(view.reader().visibleBlocks().get(view.reader().visibleBlocks().size() - 1));
        ListCell<?> cell = robot.lookup(".speaker-sidebar .list-cell").match(c -> ((ListCell<?>) c).getItem() == last)
                .queryAs(ListCell.class);
        robot.clickOn(cell);
        waitUntil(() -> view.reader().visibleBlocks().contains(first));
        assertThat(area().getParagraphs().get(first).getParagraphStyle()).contains(ReaderView.TINT);
        robot.clickOn("#only-statements");
        waitUntil(() -> area().getParagraphs().get(0).getParagraphStyle().contains(ReaderView.HIDDEN));
        assertThat(area().getParagraphs().get(first).getParagraphStyle()).doesNotContain(ReaderView.HIDDEN);
        robot.interact(() -> area().showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();
        double hiddenHeight = 0;
        List<Integer> visible = view.reader().visibleBlocks();
        for (int i = 0; i < visible.size(); i++) {
            if (!last.statementBlocks().contains(visible.get(i))) {
                hiddenHeight += area().getVisibleParagraphBoundsOnScreen(i).getHeight();
            }
        }
        assertThat(hiddenHeight).as("height of other blocks in view").isLessThan(5);
        robot.clickOn("#only-statements");
        waitUntil(() -> area().getParagraphs().stream().noneMatch(p -> p.getParagraphStyle().contains(ReaderView.HIDDEN)));
        if (last.statementBlocks().size() > 1) {
            int second = last.statementBlocks().get(1);
            robot.clickOn(cell);
            waitUntil(() -> view.reader().visibleBlocks().contains(second));
        }
    }

    @Test
    void selectingASpeakerUnderlinesTheirQuotesAcrossAScriptSwitch(FxRobot robot) throws TimeoutException {
        waitForSample();
        SpeakerSummary quoted = view.sidebar().list().getItems().stream().filter(s -> !s.quotes().isEmpty())
                .findFirst().orElseThrow();
        QuoteSpan q = quoted.quotes().get(0);
        robot.interact(() -> view.viewModel().sidebar().activate(quoted));
        waitUntil(() -> area().getStyleOfChar(q.block(), q.start() + 1).contains(ReaderView.QUOTE));
        assertThat(area().getStyleOfChar(q.block(), Math.max(0, q.start() - 1))).doesNotContain(ReaderView.QUOTE);
        robot.clickOn("#script-simplified");
        waitUntil(() -> !view.viewModel().reader().isConverting()
                && view.viewModel().reader().shownScriptProperty().get() == ScriptChoice.SIMPLIFIED);
        assertThat(area().getStyleOfChar(q.block(), q.start() + 1)).contains(ReaderView.QUOTE);
        robot.interact(() -> view.viewModel().sidebar().selectedProperty().set(null));
        waitUntil(() -> !area().getStyleOfChar(q.block(), q.start() + 1).contains(ReaderView.QUOTE));
        robot.clickOn("#script-original");
    }

    @Test
    void switchingToSimplifiedKeepsTheReadingPositionAndBack(FxRobot robot) throws TimeoutException {
        waitForSample();
        int top = 30;
        robot.interact(() -> area().showParagraphAtTop(top));
        waitUntil(() -> area().firstVisibleParToAllParIndex() == top);
        String original = area().getParagraph(top).getText();
        robot.clickOn("#script-simplified");
        waitUntil(() -> !area().getParagraph(top).getText().equals(original));
        waitUntil(() -> !view.viewModel().reader().isConverting());
        assertThat(area().getParagraph(top).getText()).isEqualTo(ScriptConverters.get("t2s").convert(original).text());
        assertThat(area().getText()).doesNotContain("數碼港").contains("数码港");
        assertThat(area().firstVisibleParToAllParIndex()).isEqualTo(top);
        if (javafx.scene.text.Font.getFamilies().contains("Noto Serif CJK SC")) {
            waitUntil(() -> bodyTextFamily(robot).equals("Noto Serif CJK SC"));
        }
        robot.clickOn("#script-original");
        waitUntil(() -> area().getParagraph(top).getText().equals(original));
        assertThat(area().firstVisibleParToAllParIndex()).isEqualTo(top);
        assertThat(area().getText()).contains("數碼港");
    }

    @Test
    void findStepsThroughHits(FxRobot robot) throws TimeoutException {
        waitForSample();
        robot.clickOn(area());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> view.findBar().field().isFocused());
        robot.interact(() -> view.findBar().field().setText("数码港"));
        Label count = robot.lookup("#find-count").queryAs(Label.class);
        waitUntil(() -> count.getText().startsWith("1 / "));
        int total = Integer.parseInt(count.getText().substring(4).trim());
        assertThat(total).isGreaterThan(2);
        assertThat(area().getSelectedText()).isEqualTo("數碼港");
        int firstPar = area().getCurrentParagraph();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> count.getText().startsWith("2 / "));
        assertThat(area().getSelectedText()).isEqualTo("數碼港");
        robot.clickOn("#find-next");
        waitUntil(() -> count.getText().startsWith("3 / "));
        assertThat(area().getCurrentParagraph()).isGreaterThanOrEqualTo(firstPar);
        assertThat(view.reader().visibleBlocks()).contains(area().getCurrentParagraph());
    }

    @Test
    void fontSizeChangesApplyAndPersist(FxRobot robot) throws TimeoutException {
        waitForSample();
        double before = bodyTextSize(robot);
        robot.clickOn("#larger");
        robot.clickOn("#larger");
        waitUntil(() -> bodyTextSize(robot) > before + 2);
        double stored = Double.parseDouble(node.get("fontSize", "0"));
        assertThat(stored).isGreaterThan(before + 2);
        assertThat(new ReadingSettingsViewModel(new PreferencesSettingsStore(node)).fontSizeProperty().get())
                .isEqualTo(stored);
        robot.clickOn(area());
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        waitUntil(() -> Double.parseDouble(node.get("fontSize", "0")) < stored);
    }

    @Test
    void aLongDocumentLoadsInChunksAndConvertsEverywhere(FxRobot robot) throws TimeoutException {
        waitForSample();
        String[] texts = new String[5000];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = i % 50 == 0 ? "第" + i + "章" : "第" + i + "段：這裡說的是經濟發展與國際關係。";
        }
        org.pizhu.document.Document doc = TestDocuments.of(texts);
        ReaderViewModel reader = view.viewModel().reader();
        robot.interact(() -> {
            reader.show(doc);
            assertThat(area().getParagraphs().size()).isLessThan(texts.length);
            reader.reveal(4321, 0, 2);
        });
        waitUntil(() -> area().getParagraphs().size() == texts.length);
        assertThat(area().getSelectedText()).isEqualTo("第4");
        assertThat(view.reader().visibleBlocks()).contains(4321);
        for (int i : new int[] {0, ReaderView.FIRST_CHUNK - 1, ReaderView.FIRST_CHUNK, 1800, 4999}) {
            assertThat(area().getParagraph(i).getText()).isEqualTo(texts[i]);
            assertThat(area().getParagraph(i).getParagraphStyle()).contains(doc.blocks().get(i).kind().id());
        }
        robot.interact(() -> reader.scriptProperty().set(ScriptChoice.SIMPLIFIED));
        waitUntil(() -> area().getParagraph(4999).getText().contains("这里说的是经济发展"));
        assertThat(area().getParagraph(1).getText()).isEqualTo("第1段：这里说的是经济发展与国际关系。");
        assertThat(area().getParagraphs().size()).isEqualTo(texts.length);
        robot.interact(() -> reader.scriptProperty().set(ScriptChoice.ORIGINAL));
    }

    private String bodyTextFamily(FxRobot robot) {
        return robot.lookup(".reader-area .paragraph-text.paragraph .text").queryAllAs(Text.class).stream()
                .findFirst().map(t -> t.getFont().getFamily()).orElse("");
    }

    private double bodyTextSize(FxRobot robot) {
        List<Text> texts = robot.lookup(".reader-area .paragraph-text.paragraph .text").queryAllAs(Text.class)
                .stream().toList();
        return texts.isEmpty() ? 0 : texts.get(0).getFont().getSize();
    }
}
