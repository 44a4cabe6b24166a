package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;

/** Pathological input must finish in linear time (the benchmark measures; these only guard against blow-ups). */
class SpeakerRobustnessTest {
    private final SpeakerAnalyzer analyzer = new SpeakerAnalyzer();

    @Test
    void tenThousandOpeningQuotesWithoutClosing() {
        String t = "陳大文表示，" + "「".repeat(10_000) + "他說" + "「李小明認為".repeat(10_000);
        SpeakerAnalysis a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> analyzer.analyze(GoldDocuments.of(t)));
        assertThat(a.speakers()).extracting(Speaker::name).containsExactly("陳大文");
    }

    @Test
    void oneMegabyteParagraphWithoutPunctuation() {
        String t = "陳大文表示香港要加快發展創新科技產業李小明認為政府記者會上表示特區政府局長".repeat(30_000);
        assertThat(t.length()).isGreaterThan(1_000_000);
        SpeakerAnalysis a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> analyzer.analyze(GoldDocuments.of(t)));
        assertThat(a.blockSpeakers()).hasSize(1);
    }

    @Test
    void manyBracketsQuotesAndBylineMarks() {
        String t = "(記者(（「『“".repeat(50_000) + "。";
        Document d = GoldDocuments.of(List.of(BlockKind.PARAGRAPH, BlockKind.BYLINE, BlockKind.HEADING), List.of(t, t, t));
        SpeakerAnalysis a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> analyzer.analyze(d));
        assertThat(a.speakers()).isEmpty();
    }

    @Test
    void oneMegabyteOfOpeningBracketsOfOneKind() {
        String t = "「（（（（（A".repeat(125_000);
        SpeakerAnalysis a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> analyzer.analyze(GoldDocuments.of(t)));
        assertThat(a.speakers()).isEmpty();
    }

    @Test
    void manyDistinctSpeakers() {
        StringBuilder sb = new StringBuilder();
        String given = "明華強偉國家志文德榮";
        String sur = "陳李張黃林王吳劉楊何";
        for (int i = 0; i < 1000; i++) {
            sb.append(sur.charAt(i % 10)).append(given.charAt(i / 10 % 10)).append(given.charAt(i / 100 % 10))
                    .append("表示，會議順利。");
        }
        String t = sb.toString();
        SpeakerAnalysis a = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> analyzer.analyze(GoldDocuments.of(t)));
        assertThat(a.speakers()).isNotEmpty();
    }

    @Test
    void manyOrganisationsAndSideFormsInOneDocument() {
        String[] blocks = new String[100_000];
        String heads = "甲乙丙丁戊己庚辛壬癸";
        for (int i = 0; i < blocks.length; i++) {
            String body = "" + heads.charAt(i % 10) + heads.charAt(i / 10 % 10) + heads.charAt(i / 100 % 10);
            blocks[i] = body + "集團昨日開業，" + (i % 2 == 0 ? body : "子丑寅") + "方面回應稱，一切順利。";
        }
        SpeakerAnalysis a = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> analyzer.analyze(GoldDocuments.of(blocks)));
        assertThat(a.speakers()).isNotEmpty(); // a side form no name starts with is looked up, not searched for
    }

    @Test
    void everyPrefixOfSentencesThatExerciseTheLookAheadIsReadWithoutError() {
        List<String> sentences = List.of(
                "“这次，我把心愿带来北京。”发言时，河畔小学党委书记兰臻委员向大家展示了心愿卡。",
                "資深大律師陳若薇，向律師會投訴何大明，指「片段中的人酷似他」。",
                "河畔公司董事长吴亚军，昨日在业绩会上表示，“没有故事就是好故事”。",
                "專家組考察後匯報。《財新》稱，正是專家組確定了人傳人。郭官判刑指，本案嚴重。",
                "25日，冷空氣南下，河畔氣象台25日發布預警，預計有大風。區大文早前曾向報章承認。",
                "辯方欲盤問，但遭法官陳大文阻止，認為提問超出範圍。警方不點名透露，款項涉85萬元。");
        List<String> blocks = new ArrayList<>();
        for (String sentence : sentences) {
            for (int n = 1; n <= sentence.length(); n++) {
                blocks.add(sentence.substring(0, n));
            }
        }
        List<BlockKind> kinds = blocks.stream().map(b -> BlockKind.PARAGRAPH).toList();
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(kinds, blocks));
        assertThat(a.blockSpeakers()).hasSize(blocks.size());
    }
}
