package org.pizhu.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.corpus.Analysis.AnalysisBlock;
import org.pizhu.corpus.Analysis.AnalysisSpeaker;
import org.pizhu.corpus.Gold.GoldBlock;
import org.pizhu.corpus.Gold.GoldSpeaker;

/** The Java scorer against cases computed by hand with the python scorer's definitions. */
class AnalysisScorerTest {
    private static final Gold GOLD = new Gold(List.of(
            new GoldBlock("title", "標題 一", null),
            new GoldBlock("byline", "記者 張三", null),
            new GoldBlock("paragraph", "張三說：好。", "張三"),
            new GoldBlock("paragraph", "李四表示，不好。", "李四"),
            new GoldBlock("caption", "▲圖片說明", "?"),
            new GoldBlock("?", "附記", null)),
            -1,
            List.of(new GoldSpeaker("張三", List.of("局長")), new GoldSpeaker("李四", List.of("主席", "教授"))),
            List.of("張三"));

    @Test
    void blocksAreMatchedWithoutWhitespaceAndKindsCountedOnMatches() {
        Analysis out = new Analysis(List.of(
                new AnalysisBlock("heading", "標題一", null),
                new AnalysisBlock("byline", "記者張三", null),
                new AnalysisBlock("paragraph", "張三說：好。李四表示，不好。", "張三"),
                new AnalysisBlock("caption", "▲圖片 說明", null),
                new AnalysisBlock("paragraph", "附記", null)),
                List.of(new AnalysisSpeaker("張三", List.of("副局長")), new AnalysisSpeaker("王五", List.of())),
                List.of("張三", "王五"));
        AnalysisScorer.Scores s = AnalysisScorer.score(GOLD, out,
                "標題 一\n記者 張三\n張三說：好。\n李四表示，\n不好。\n▲圖片 說明\n附記\n多");
        // 4 of 5 output blocks match 4 of 6 gold blocks: P 0.8, R 0.6667, F1 = 2*0.8*0.6667/1.4667 = 0.7273
        assertThat(s.get("block_precision")).isEqualTo(0.8);
        assertThat(s.get("block_recall")).isEqualTo(0.6667);
        assertThat(s.get("block_f1")).isEqualTo(0.7273);
        // kinded gold: 5 (the "?" is not scored); right: byline, caption -> 2/5
        assertThat(s.get("kind_accuracy")).isEqualTo(0.4);
        // scored for speakers: the two paragraphs (the caption's speaker is "?"), neither matched -> 0
        assertThat(s.get("attribution_accuracy")).isEqualTo(0.0);
        assertThat(s.get("chars_lost")).isEqualTo(1.0);
        assertThat(s.get("chars_added")).isEqualTo(0.0);
        // the space in the caption stands between two CJK characters
        assertThat(s.get("cjk_spaces")).isEqualTo(1.0);
        assertThat(s.get("speaker_precision")).isEqualTo(0.5);
        assertThat(s.get("speaker_recall")).isEqualTo(0.5);
        assertThat(s.get("speaker_f1")).isEqualTo(0.5);
        // 局長 is inside 副局長; 李四 was not found: 1 of 3 titles
        assertThat(s.get("title_recall")).isEqualTo(0.3333);
        assertThat(s.get("reporter_f1")).isEqualTo(0.6667);
        assertThat(s.missed()).containsExactly("張三說：好。", "李四表示，不好。");
    }

    @Test
    void repeatedBlockTextsArePairedOneToOne() {
        Gold gold = Gold.ofBlocks(List.of(new GoldBlock("paragraph", "好。", null),
                new GoldBlock("paragraph", "好。", null), new GoldBlock("heading", "完", null)));
        Analysis out = new Analysis(List.of(new AnalysisBlock("paragraph", "好。", null),
                new AnalysisBlock("paragraph", "好。完", null)), List.of(), List.of());
        AnalysisScorer.Scores s = AnalysisScorer.score(gold, out, null);
        assertThat(s.has("chars_lost")).isFalse();
        assertThat(s.get("block_precision")).isEqualTo(0.5);
        assertThat(s.get("block_recall")).isEqualTo(0.3333);
        assertThat(s.get("block_f1")).isEqualTo(0.4);
        assertThat(s.get("kind_accuracy")).isEqualTo(0.3333);
        // no gold speakers and none found: precision and recall 0, F1 0; no titles; no reporters
        assertThat(s.get("speaker_f1")).isEqualTo(0.0);
        assertThat(s.get("title_recall")).isEqualTo(1.0);
        assertThat(s.get("reporter_f1")).isEqualTo(1.0);
    }

    @Test
    void spacesBetweenLatinWordsAreNotStrayAndIdeographicSpaceIsWhitespace() {
        assertThat(AnalysisScorer.cjkSpaces("the word Pro gramme")).isZero();
        assertThat(AnalysisScorer.cjkSpaces("  香港 AI 中心  ")).isEqualTo(2);
        assertThat(AnalysisScorer.cjkSpaces("記者\u3000張三")).isEqualTo(1);
        assertThat(AnalysisScorer.norm("記者\u3000張 三\u00a0\n")).isEqualTo("記者張三");
    }

    @Test
    void aGoldWithoutBlocksScoresTheParagraphCount() {
        Gold gold = new Gold(null, 4, List.of(), List.of());
        Analysis out = new Analysis(List.of(new AnalysisBlock("paragraph", "一。", null),
                new AnalysisBlock("heading", "二", null), new AnalysisBlock("paragraph", "三。", null)),
                List.of(), List.of());
        assertThat(AnalysisScorer.score(gold, out, null).get("paragraph_count_ratio")).isEqualTo(0.5);
    }
}
