package org.pizhu.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pizhu.ui.InlineRunner;
import org.pizhu.ui.TestDocuments;

class FindViewModelTest {
    private final ReaderViewModel reader = new ReaderViewModel(new ScriptLayerConverter(), new InlineRunner());
    private final FindViewModel find = new FindViewModel(reader, new ScriptLayerConverter());

    @Test
    void findsEveryHitAndStepsThroughThemWrapping() {
        reader.show(TestDocuments.of("經濟新聞", "經濟發展很快。", "沒有", "經濟和經濟"));
        find.queryProperty().set("經濟");
        assertThat(find.hitsProperty().get()).containsExactly(new FindHit(0, 0, 2), new FindHit(1, 0, 2),
                new FindHit(3, 0, 2), new FindHit(3, 3, 5));
        assertThat(find.currentProperty().get()).isZero();
        assertThat(find.countText("none")).isEqualTo("1 / 4");
        assertThat(reader.revealProperty().get().block()).isZero();
        find.next();
        find.next();
        assertThat(reader.revealProperty().get()).extracting(Reveal::block, Reveal::start).containsExactly(3, 0);
        find.next();
        find.next();
        assertThat(find.currentProperty().get()).isZero();
        find.previous();
        assertThat(find.countText("none")).isEqualTo("4 / 4");
    }

    @Test
    void matchesAcrossScriptsAndCase() {
        reader.show(TestDocuments.of("标题", "這是Web3.0的經濟"));
        find.queryProperty().set("经济");
        assertThat(find.hitsProperty().get()).containsExactly(new FindHit(1, 9, 11));
        find.queryProperty().set("web3");
        assertThat(find.hitsProperty().get()).containsExactly(new FindHit(1, 2, 6));
    }

    @Test
    void startsFromTheReadingPosition() {
        reader.show(TestDocuments.of("甲", "乙", "甲", "甲"));
        reader.firstVisibleProperty().set(2);
        find.queryProperty().set("甲");
        assertThat(find.currentProperty().get()).isEqualTo(1);
    }

    @Test
    void reportsNoMatchesAndNothingForAnEmptyQuery() {
        reader.show(TestDocuments.of("標題", "內容"));
        assertThat(find.countText("none")).isEmpty();
        find.queryProperty().set("不存在");
        assertThat(find.countText("none")).isEqualTo("none");
        find.next();
        assertThat(find.currentProperty().get()).isEqualTo(-1);
    }

    @Test
    void hitsFollowAScriptSwitch() {
        reader.show(TestDocuments.of("標題", "經濟"));
        find.queryProperty().set("經濟");
        reader.scriptProperty().set(ScriptChoice.SIMPLIFIED);
        assertThat(find.hitsProperty().get()).containsExactly(new FindHit(1, 0, 2));
    }
}
