package org.pizhu.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pizhu.document.Document;
import org.pizhu.ui.HeldRunner;
import org.pizhu.ui.InlineRunner;
import org.pizhu.ui.TestDocuments;

class ReaderViewModelTest {
    private final ReaderViewModel vm = new ReaderViewModel(new ScriptLayerConverter(), new InlineRunner());
    private final List<TextUpdate> updates = new ArrayList<>();

    ReaderViewModelTest() {
        vm.updateProperty().addListener((o, a, u) -> updates.add(u));
    }

    private static Document manyBlocks(int n) {
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            texts[i] = "第" + i + "段：這裡說的是經濟發展與國際關係。";
        }
        return TestDocuments.of(texts);
    }

    @Test
    void showingADocumentPublishesAllItsBlocks() {
        Document doc = TestDocuments.of("標題", "這是第一段。");
        vm.show(doc);
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).wholeDocument()).isTrue();
        assertThat(updates.get(0).texts()).containsExactly("標題", "這是第一段。");
        assertThat(vm.blockCount()).isEqualTo(2);
    }

    @Test
    void switchingToSimplifiedConvertsVisibleBlocksFirstThenTheRest() {
        vm.show(manyBlocks(200));
        vm.firstVisibleProperty().set(100);
        vm.lastVisibleProperty().set(105);
        updates.clear();
        vm.scriptProperty().set(ScriptChoice.SIMPLIFIED);
        assertThat(updates).hasSize(3);
        TextUpdate first = updates.get(0);
        assertThat(first.from()).isLessThanOrEqualTo(100);
        assertThat(first.from() + first.texts().size()).isGreaterThan(105).isLessThan(200);
        assertThat(vm.shownText(100)).isEqualTo("第100段：这里说的是经济发展与国际关系。");
        assertThat(vm.shownText(0)).isEqualTo("第0段：这里说的是经济发展与国际关系。");
        assertThat(vm.shownText(199)).startsWith("第199段：这里");
        assertThat(vm.shownScriptProperty().get()).isEqualTo(ScriptChoice.SIMPLIFIED);
        assertThat(vm.convertingProperty().get()).isFalse();
        assertThat(vm.firstVisibleProperty().get()).isEqualTo(100);
    }

    @Test
    void onceTheConverterIsWarmTheVisibleBlocksSwitchWithoutWaitingForABackgroundThread() {
        ScriptLayerConverter converter = new ScriptLayerConverter();
        HeldRunner held = new HeldRunner();
        ReaderViewModel reader = new ReaderViewModel(converter, held);
        Document doc = manyBlocks(200);
        reader.show(doc);
        assertThat(converter.isReady(doc)).isFalse();
        converter.warmUp();
        held.runAll();
        assertThat(converter.isReady(doc)).as("dictionaries loaded and the document prepared").isTrue();
        reader.firstVisibleProperty().set(100);
        reader.lastVisibleProperty().set(105);

        reader.scriptProperty().set(ScriptChoice.SIMPLIFIED);
        assertThat(reader.shownScriptProperty().get()).isEqualTo(ScriptChoice.SIMPLIFIED);
        assertThat(reader.shownText(100)).isEqualTo("第100段：这里说的是经济发展与国际关系。");
        assertThat(reader.shownText(0)).as("far from the view: later").startsWith("第0段：這裡");
        assertThat(reader.convertingProperty().get()).isTrue();
        held.runAll();
        assertThat(reader.shownText(0)).isEqualTo("第0段：这里说的是经济发展与国际关系。");
        assertThat(reader.convertingProperty().get()).isFalse();
    }

    @Test
    void beforeTheConverterIsWarmTheSwitchWaitsForTheBackground() {
        HeldRunner held = new HeldRunner();
        ReaderViewModel reader = new ReaderViewModel(new ScriptLayerConverter(), held);
        reader.show(manyBlocks(50));
        reader.scriptProperty().set(ScriptChoice.SIMPLIFIED);
        assertThat(reader.shownScriptProperty().get()).isEqualTo(ScriptChoice.ORIGINAL);
        held.runAll();
        assertThat(reader.shownScriptProperty().get()).isEqualTo(ScriptChoice.SIMPLIFIED);
        assertThat(reader.shownText(10)).isEqualTo("第10段：这里说的是经济发展与国际关系。");
    }

    @Test
    void aSwitchMadeStaleByAnotherIsCancelledBeforeItRuns() {
        HeldRunner held = new HeldRunner();
        ReaderViewModel reader = new ReaderViewModel(new ScriptLayerConverter(), held);
        reader.show(manyBlocks(50));
        int preparing = held.waiting();
        reader.scriptProperty().set(ScriptChoice.SIMPLIFIED);
        assertThat(held.waiting()).isEqualTo(preparing + 1);
        reader.scriptProperty().set(ScriptChoice.TAIWAN);
        assertThat(held.waiting()).as("the Simplified conversion was called off").isEqualTo(preparing + 1);
        held.runAll();
        assertThat(reader.shownScriptProperty().get()).isEqualTo(ScriptChoice.TAIWAN);
    }

    @Test
    void switchingBackRestoresTheOriginalFromTheCache() {
        vm.show(manyBlocks(5));
        vm.scriptProperty().set(ScriptChoice.SIMPLIFIED);
        vm.scriptProperty().set(ScriptChoice.ORIGINAL);
        assertThat(vm.shownText(3)).isEqualTo("第3段：這裡說的是經濟發展與國際關係。");
        assertThat(vm.shownScriptProperty().get()).isEqualTo(ScriptChoice.ORIGINAL);
    }

    @Test
    void taiwanAndHongKongUseTheirOwnForms() {
        vm.show(TestDocuments.of("标题", "软件和数据"));
        vm.scriptProperty().set(ScriptChoice.TAIWAN);
        assertThat(vm.shownText(1)).isEqualTo("軟體和資料");
        vm.scriptProperty().set(ScriptChoice.TRADITIONAL);
        assertThat(vm.shownText(1)).isEqualTo("軟件和數據");
    }

    @Test
    void aNewDocumentIsShownInTheChosenScript() {
        vm.scriptProperty().set(ScriptChoice.SIMPLIFIED);
        vm.show(TestDocuments.of("標題", "經濟"));
        assertThat(vm.shownText(1)).isEqualTo("经济");
    }

    @Test
    void revealAndTintArePublished() {
        vm.show(manyBlocks(10));
        vm.reveal(4, 2, 6);
        assertThat(vm.revealProperty().get()).extracting(Reveal::block, Reveal::start, Reveal::end).containsExactly(4, 2, 6);
        long serial = vm.revealProperty().get().serial();
        vm.reveal(4, 2, 6);
        assertThat(vm.revealProperty().get().serial()).isGreaterThan(serial);
        vm.reveal(4, 0, 999);
        assertThat(vm.revealProperty().get().end()).isEqualTo(vm.shownText(4).length());
        vm.reveal(99, 0, 0);
        assertThat(vm.revealProperty().get().block()).isEqualTo(4);
        vm.tint(List.of(3, 1));
        assertThat(vm.tintedProperty().get()).isEqualTo(Set.of(1, 3));
    }

    @Test
    void backAndForwardReturnAcrossJumpsOffScreenOnly() {
        vm.show(manyBlocks(100));
        vm.firstVisibleProperty().set(10);
        vm.topOffsetProperty().set(4);
        vm.lastVisibleProperty().set(15);
        assertThat(vm.canGoBackProperty().get()).isFalse();
        vm.reveal(12, 0, 3);
        assertThat(vm.canGoBackProperty().get()).as("a place already on screen is no jump").isFalse();
        vm.reveal(80, 2, 5);
        assertThat(vm.revealProperty().get().block()).isEqualTo(80);
        assertThat(vm.canGoBackProperty().get()).isTrue();
        vm.firstVisibleProperty().set(78);
        vm.lastVisibleProperty().set(84);
        vm.topOffsetProperty().set(0);
        vm.back();
        Reveal r = vm.revealProperty().get();
        assertThat(List.of(r.block(), r.start(), r.end())).containsExactly(10, 4, 4);
        assertThat(vm.canGoBackProperty().get()).isFalse();
        assertThat(vm.canGoForwardProperty().get()).isTrue();
        vm.forward();
        assertThat(vm.revealProperty().get().block()).isEqualTo(78);
        assertThat(vm.canGoForwardProperty().get()).isFalse();
    }

    @Test
    void percentCountsTheBlocksUpToTheLastOnScreen() {
        vm.show(manyBlocks(200));
        vm.lastVisibleProperty().set(49);
        assertThat(vm.percent()).isEqualTo(25);
        vm.lastVisibleProperty().set(199);
        assertThat(vm.percent()).isEqualTo(100);
    }

    @Test
    void readingPositionsSurviveTheirStoredForm() {
        ReadingPosition p = new ReadingPosition(65, 12);
        assertThat(ReadingPosition.decode(p.encode())).isEqualTo(p);
        assertThat(ReadingPosition.decode("junk")).isEqualTo(ReadingPosition.START);
        assertThat(ReadingPosition.decode("")).isEqualTo(ReadingPosition.START);
    }

    @Test
    void aRememberedPositionGivesWayToAPlaceRevealedOnOpening() {
        vm.show(manyBlocks(100));
        vm.reveal(60, 1, 4);
        vm.restore(new ReadingPosition(20, 0));
        assertThat(vm.revealProperty().get().block()).isEqualTo(60);
        vm.show(manyBlocks(100));
        vm.restore(new ReadingPosition(20, 3));
        assertThat(vm.revealProperty().get().block()).isEqualTo(20);
        assertThat(vm.revealProperty().get().start()).isEqualTo(3);
    }
}
