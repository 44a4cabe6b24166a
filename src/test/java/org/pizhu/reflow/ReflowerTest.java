package org.pizhu.reflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;

class ReflowerTest {
    private final Reflower reflower = new Reflower();

    private List<Block> blocks(String... lines) {
        return reflower.reflow("test.txt", String.join("\n", lines) + "\n").blocks();
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    @Test
    void joinsBrokenCjkLinesWithoutSpaces() {
        List<Block> b = blocks(
                "城市圖書館昨日宣布延長開放時",
                "間，市民可於晚上十時前借閱書籍，",
                "館方表示措施將試行三個月。",
                "",
                "另外，館方亦會增設自助還書機，方",
                "便市民。");
        assertThat(texts(b)).containsExactly(
                "城市圖書館昨日宣布延長開放時間，市民可於晚上十時前借閱書籍，館方表示措施將試行三個月。",
                "另外，館方亦會增設自助還書機，方便市民。");
        assertThat(b).extracting(Block::kind).containsOnly(BlockKind.PARAGRAPH);
    }

    @Test
    void keepsOneSpaceBetweenLatinWordsSplitAcrossLines() {
        List<Block> b = blocks(
                "研究團隊使用名為 Deep Reading",
                "Model 的工具分析文本，結果顯示，",
                "準確率明顯提升，團隊將繼續改良。");
        assertThat(b).hasSize(1);
        assertThat(b.get(0).text()).contains("Deep Reading Model").doesNotContain("  ");
    }

    @Test
    void bridgesBlankLinesThatFallInsideASentence() {
        List<Block> b = blocks(
                "氣象台預測本週末天氣轉涼，氣溫",
                "",
                "將下降至十五度左右，市民外出時宜",
                "添加衣物，並留意最新天氣報告。");
        assertThat(texts(b)).containsExactly(
                "氣象台預測本週末天氣轉涼，氣溫將下降至十五度左右，市民外出時宜添加衣物，並留意最新天氣報告。");
    }

    @Test
    void aSentenceEndingOnAShortLineEndsTheParagraphEvenWithoutBlankLines() {
        List<Block> b = blocks(
                "消防處今日舉行開放日，吸引大批市",
                "民參觀，現場氣氛熱烈，場面熱鬧。",
                "消防處發言人說，今年參觀人數較去",
                "年多出三成。",
                "明年的開放日將增加互動環節，讓市",
                "民了解救援工作。");
        assertThat(b).hasSize(3);
        assertThat(b.get(1).text()).isEqualTo("消防處發言人說，今年參觀人數較去年多出三成。");
    }

    @Test
    void removesStrayWhitespaceAroundCjkQuotesInRunningText() {
        List<Block> b = blocks(
                "他形容這次合作是 「雙贏」 ，又說 『機",
                "會難得』 ，希望各方把握時機，全力推進 。");
        assertThat(b.get(0).text()).isEqualTo("他形容這次合作是「雙贏」，又說『機會難得』，希望各方把握時機，全力推進。");
    }

    @Test
    void splitsABylineGluedToTheEndOfAParagraph() {
        List<Block> b = blocks(
                "展覽將於下月在會展中心舉行，主辦方",
                "預計吸引超過十萬人次入場。 本報記者林小明");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.BYLINE);
        assertThat(b.get(1).text()).isEqualTo("本報記者林小明");
        assertThat(b.get(0).lastLine()).isEqualTo(2);
        assertThat(b.get(1).firstLine()).isEqualTo(2);
    }

    @Test
    void joinsABylineBrokenAfterTheWordForReporter() {
        List<Block> b = blocks(
                "會議將於明日繼續，各方代表將就細節",
                "作進一步討論，預料下週有結果。",
                "",
                "晨報記者",
                "黃志強");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.BYLINE);
        assertThat(b.get(1).text()).isEqualTo("晨報記者黃志強");
    }

    @Test
    void anInterviewAnsweringAReporterIsNotAByline() {
        List<Block> b = blocks(
                "張先生對本報記者表示，新措施推出",
                "後反應理想，將考慮擴展至其他地區。");
        assertThat(b).hasSize(1);
        assertThat(b.get(0).kind()).isEqualTo(BlockKind.PARAGRAPH);
    }

    @Test
    void recognisesDatelinesCaptionsAndCredits() {
        List<Block> b = blocks(
                "2025/03/01 10:30",
                "",
                "▲新落成的體育館設有三千個座位，將",
                "於下月啟用。",
                "",
                "體育署圖片",
                "",
                "資料由記者整理");
        assertThat(b).extracting(Block::kind)
                .containsExactly(BlockKind.BYLINE, BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.CREDIT);
        assertThat(b.get(1).text()).isEqualTo("▲新落成的體育館設有三千個座位，將於下月啟用。");
    }

    @Test
    void recognisesHeadlinesRoleLinesAndSubheads() {
        List<Block> b = blocks(
                "李文華：推動社區共融 建設宜居城市",
                "社區發展協會主席",
                "",
                "李文華接受訪問時表示，社區",
                "發展需要各界支持，希望政府",
                "增撥資源改善設施。",
                "",
                "青年參與 是成功關鍵",
                "他又指出，青年是社區的未來，",
                "應鼓勵他們參與義務工作。");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH);
        assertThat(b.get(0).text()).isEqualTo("李文華：推動社區共融 建設宜居城市");
        assertThat(b.get(1).text()).isEqualTo("社區發展協會主席");
    }

    @Test
    void anIsolatedShortLineIsAHeadingAndAFullLineAfterItStartsTheParagraph() {
        List<Block> b = blocks(
                "市場展望",
                "",
                "分析員認為，今年下半年經濟",
                "將逐步回穩，但仍需留意外圍",
                "因素的影響。");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH);
    }

    @Test
    void worksOnSimplifiedText() {
        List<Block> b = blocks(
                "城市更新 稳步推进",
                "",
                "市政府昨日公布新一轮城市更新计",
                "划，涉及十个旧区，预计惠及五万",
                "",
                "名居民。负责人表示，计划将分三",
                "期进行。",
                "",
                "本报记者王小红");
        assertThat(b).extracting(Block::kind)
                .containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BYLINE);
        assertThat(b.get(1).text()).isEqualTo("市政府昨日公布新一轮城市更新计划，涉及十个旧区，预计惠及五万名居民。负责人表示，计划将分三期进行。");
    }

    @Test
    void cleanTextWithOneParagraphPerLineComesThroughUnchanged() {
        String[] lines = {
            "城市規劃的新方向",
            "政府今日公布城市規劃的新方向，重點包括改善交通、增加綠化和保育歷史建築，各界反應正面。",
            "規劃署署長表示，新方向經過兩年的公眾諮詢，反映了市民的期望，將於明年起分階段落實。",
            "有學者認為，計劃的成功取決於執行，政府需要定期公布進度，讓市民監察。",
        };
        List<Block> b = blocks(lines);
        assertThat(texts(b)).containsExactly(lines);
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    }

    @Test
    void cleanEnglishTextIsNotAltered() {
        String[] lines = {
            "A Quiet Morning",
            "The library opened at nine, and the first readers took their usual seats by the window.",
            "Nobody spoke; the only sound was the turning of pages.",
        };
        assertThat(texts(blocks(lines))).containsExactly(lines);
    }

    @Test
    void handlesCrLfAndCrLineEndings() {
        String text = "交通安排公布後，市民普遍表示歡\r\n迎，認為新路線更加方便快捷。\r\n\r\n運輸署表示會繼\r續留意情況。\r";
        Document d = reflower.reflow("x", text);
        assertThat(texts(d.blocks())).containsExactly("交通安排公布後，市民普遍表示歡迎，認為新路線更加方便快捷。", "運輸署表示會繼續留意情況。");
        assertThat(d.blocks().get(1).firstLine()).isEqualTo(4);
        assertThat(d.blocks().get(1).lastLine()).isEqualTo(5);
    }

    @Test
    void everyCharacterMapsBackToTheSameCharacterInTheSource() {
        String text = "標題 一\n\n  第一段文字，斷行\n於此， English words\nsplit here。 本報記者陳大文\n▲圖片說明\n";
        Document d = reflower.reflow("x", text);
        for (Block b : d.blocks()) {
            for (int i = 0; i < b.text().length(); i++) {
                char c = b.text().charAt(i);
                char s = text.charAt(b.sourceMap().sourceOffset(i));
                if (c == ' ') {
                    assertThat(Character.isWhitespace(s)).as("space stands for whitespace").isTrue();
                } else {
                    assertThat(s).as("char %d of block %d", i, b.index()).isEqualTo(c);
                }
            }
        }
    }

    @Test
    void inTextWhoseBlocksAreSetOffByBlankLinesALineThatRunsOnIsJoined() {
        List<Block> b = blocks(
                "會議紀要",
                "",
                "第一項議程已經完成討論。",
                "",
                "第二項議程押後至下次會議。",
                "",
                "主席在會上",
                "感謝各位出席。");
        assertThat(texts(b)).containsExactly("會議紀要", "第一項議程已經完成討論。", "第二項議程押後至下次會議。", "主席在會上感謝各位出席。");
    }

    @Test
    void emptyAndBlankTextGiveNoBlocks() {
        assertThat(reflower.reflow("x", "").blocks()).isEmpty();
        assertThat(reflower.reflow("x", "\n \n\t\n").blocks()).isEmpty();
    }

    @Test
    void joinsNeverPutASpaceInsideANumberOrAWordTheColumnCut() {
        List<Block> b = blocks(
                "今年全港參加活動的市民共有大約12",
                "0萬人次，主辦單位表示，名為Progr",
                "amme的計劃將於明年推出，詳情稍",
                "後公布，歡迎市民報名參加。");
        assertThat(b).hasSize(1);
        assertThat(b.get(0).text()).contains("約120萬").contains("Programme").doesNotContain(" ");
    }

    @Test
    void aFullLineThatEndsASentenceEndsTheParagraphInTightTextButNotInsideAQuotation() {
        List<Block> b = blocks(
                "市民表示：「今年的活動辦得很好。",
                "我們明年還會再來，也會帶朋友來參",
                "加。」主辦單位感謝各界支持。明年",
                "的活動將於五月舉行，地點待定。",
                "另外，主辦單位會增設網上報名系統",
                "，方便市民預先登記，減少排隊時間",
                "。",
                "報名詳情會在網站公布。");
        assertThat(texts(b)).containsExactly(
                "市民表示：「今年的活動辦得很好。我們明年還會再來，也會帶朋友來參加。」主辦單位感謝各界支持。明年的活動將於五月舉行，地點待定。",
                "另外，主辦單位會增設網上報名系統，方便市民預先登記，減少排隊時間。",
                "報名詳情會在網站公布。");
    }

    @Test
    void firstLineIndentsStartParagraphsWhenTheDocumentUsesThem() {
        List<Block> b = blocks(
                "\u3000\u3000政府今日公布新一輪資助計劃，",
                "涉及三個範疇，預計惠及十萬人。",
                "\u3000\u3000計劃將分兩期推行，第一期",
                "於下月展開，市民可於網上申請。",
                "\u3000\u3000有議員認為計劃有助紓緩市民",
                "壓力，但要求當局加快審批。");
        assertThat(b).hasSize(3);
        assertThat(b.get(1).text()).isEqualTo("計劃將分兩期推行，第一期於下月展開，市民可於網上申請。");
    }

    @Test
    void aCaptionKeepsThePhotoCreditOnTheLineBelowIt() {
        List<Block> b = blocks(
                "▲市民在會場外排隊等候入場，場面",
                "熱鬧。",
                "美聯社",
                "主辦單位表示，今年入場人數創新高",
                "，較去年增加三成，反應理想。");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.CAPTION, BlockKind.PARAGRAPH);
        assertThat(b.get(0).text()).isEqualTo("▲市民在會場外排隊等候入場，場面熱鬧。美聯社");
    }

    @Test
    void aParenthesisedBylineWrappedAfterTheLastSentenceIsCutOff() {
        List<Block> b = blocks(
                "會議將於明日繼續，各方代表將就細節",
                "作進一步討論。（本報記者陳大文、李",
                "小明）");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.BYLINE);
        assertThat(texts(b)).containsExactly("會議將於明日繼續，各方代表將就細節作進一步討論。", "（本報記者陳大文、李小明）");
    }
}
