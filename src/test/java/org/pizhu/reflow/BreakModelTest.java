package org.pizhu.reflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BreakModelTest {
    private static List<Segment> segments(String... lines) {
        return Segmenter.segments(String.join("\n", lines) + "\n");
    }

    private static ParagraphEvidence evidence(String... lines) {
        String text = String.join("\n", lines) + "\n";
        return ParagraphEvidence.of(Segmenter.segments(text), text);
    }

    @Test
    void theShippedResourceHasAWeightForEveryFeature() throws Exception {
        Properties p = new Properties();
        try (InputStream in = BreakModel.class.getResourceAsStream("break-model.properties")) {
            p.load(in);
        }
        for (String name : BreakModel.NAMES) {
            assertThat(p.getProperty(name)).as(name).isNotNull();
            Double.parseDouble(p.getProperty(name));
        }
    }

    @Test
    void aClosingQuoteCountsForAParagraphEndOnlyWhereTheDocumentsParagraphsEndSo() {
        // paragraphs end in 」 (on short lines); sentences inside lines do not
        ParagraphEvidence quotesEnd = evidence(
                "記者昨日到場採訪，他說：「情況良好。」",
                "現場人數眾多。秩序井然。天氣晴朗。入場順利。",
                "她表示：「我們會繼續努力。」",
                "活動持續到晚上。市民陸續離開。場地清理完畢。",
                "主辦方說：「明年再見。」");
        assertThat(quotesEnd.closer(true)).isPositive();
        assertThat(quotesEnd.closer(false)).isNegative();
        // sentences inside lines end in 」 often; paragraphs never do
        ParagraphEvidence quotesInside = evidence(
                "他說：「好。」她說：「可以。」他再說：「走吧。」",
                "今日天氣晴朗。",
                "她問：「幾點？」他答：「八點。」她說：「好。」",
                "市民陸續離開。");
        assertThat(quotesInside.closer(true)).isNegative();
    }

    @Test
    void aParagraphLengthTheDocumentOftenEndsAtCountsForAnEnd() {
        ParagraphEvidence twoSentences = evidence(
                "今日天氣晴朗，市民紛紛外出遊玩。氣",
                "溫回升。",
                "明日有雨，市民外出宜帶雨具出門。風",
                "勢增強。",
                "後日轉晴，氣溫上升，濕度也會下降。晚",
                "間轉涼。");
        assertThat(twoSentences.hazard(2)).isPositive();
        assertThat(twoSentences.hazard(1)).isNegative();
    }

    @Test
    void featuresHaveOneValuePerName() {
        String text = "今日天氣晴朗，市民紛紛外出。\n「明日有雨。」\n";
        List<Segment> segs = Segmenter.segments(text);
        Grouper.Habits h = Reflower.habits(segs, false, text);
        assertThat(BreakModel.features(text, segs.get(0), segs.get(1), 1, 1, h)).hasSize(BreakModel.NAMES.length);
        assertThat(segments("一。二。三").get(0).stops).isEqualTo(2);
        assertThat(segments("一。二。三").get(0).innerStops).isEqualTo(2);
        assertThat(segments("「一。」二。").get(0).innerCloserStops).isEqualTo(1);
    }
}
