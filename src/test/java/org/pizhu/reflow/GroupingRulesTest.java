package org.pizhu.reflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;

/** Layout rules of the grouping that the corpus supports: sub-headings, kinsoku marks, lone lines. */
class GroupingRulesTest {
    private static List<Block> blocks(String... lines) {
        return new Reflower().reflow("t.txt", String.join("\n", lines) + "\n").blocks();
    }

    @Test
    void anUnindentedLineWithoutASentenceEndBeforeAnIndentedOneIsASubHeading() {
        List<Block> b = blocks(
                "　　城市圖書館昨日宣布延長開放",
                "時間，市民可於晚上十時前借閱。",
                "　　館方表示措施將試行三個月，",
                "並會按使用情況調整安排細節。",
                "增設自助還書機",
                "　　另外，館方亦會增設自助還書",
                "機，方便市民在閉館後還書。");
        assertThat(b).extracting(Block::text).containsExactly(
                "城市圖書館昨日宣布延長開放時間，市民可於晚上十時前借閱。",
                "館方表示措施將試行三個月，並會按使用情況調整安排細節。",
                "增設自助還書機",
                "另外，館方亦會增設自助還書機，方便市民在閉館後還書。");
    }

    @Test
    void theWordForReporterRightAfterAFullStopStartsASentenceNotAByline() {
        List<Block> b = blocks(
                "館方回應傳媒查詢",
                "　　城市圖書館昨日宣布延長",
                "開放時間，館方周三沒有回",
                "覆電郵查詢。記者晚上致電",
                "給館長時，他表示「過咗辦",
                "公時間」，會再研究。",
                "　　另外，館方亦會增設自助",
                "還書機，方便市民。 記者陳大文");
        assertThat(b).extracting(Block::text).containsExactly(
                "館方回應傳媒查詢",
                "城市圖書館昨日宣布延長開放時間，館方周三沒有回覆電郵查詢。記者晚上致電給館長時，他表示「過咗辦公時間」，會再研究。",
                "另外，館方亦會增設自助還書機，方便市民。",
                "記者陳大文");
    }

    @Test
    void aDatelineAtTheStartOfALineStartsTheStoryEvenUnderAFullHeadline() {
        List<Block> b = blocks(
                "城市圖書館延長開放時間",
                "本報海城5月1日電（記者",
                "林小明）城市圖書館昨日宣",
                "布延長開放時間，市民可於",
                "晚上十時前借閱書籍，館方",
                "表示措施將試行三個月。",
                "【海城日報訊】記者陳大文",
                "報道：館方亦會增設自助還",
                "書機，方便市民。");
        assertThat(b).extracting(Block::text).containsExactly(
                "城市圖書館延長開放時間",
                "本報海城5月1日電（記者林小明）城市圖書館昨日宣布延長開放時間，市民可於晚上十時前借閱書籍，"
                        + "館方表示措施將試行三個月。",
                "【海城日報訊】記者陳大文報道：館方亦會增設自助還書機，方便市民。");
    }

    @Test
    void anAuthorBetweenMiddleDotsOrABracketedWriterUnderATitleIsABylineOfItsOwn() {
        List<Block> b = blocks(
                "夜讀札記",
                "·林小明·",
                "我在年輕的時候也曾經做過許",
                "多夢，後來大半忘卻了，但自",
                "己也並不以為可惜。");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.BYLINE, BlockKind.PARAGRAPH);
        List<Block> c = blocks(
                "圖書館何以留住讀者",
                "【撰文：陳大文】",
                "城市圖書館昨日宣布延長開放",
                "時間，市民可於晚上十時前借",
                "閱書籍。");
        assertThat(c).extracting(Block::text).containsExactly(
                "圖書館何以留住讀者", "【撰文：陳大文】", "城市圖書館昨日宣布延長開放時間，市民可於晚上十時前借閱書籍。");
    }

    @Test
    void aTranscriptTurnAndALineLeadingIntoAQuotationAreParagraphsNotHeadings() {
        List<Block> b = blocks(
                "問：館方何時增設還書機？",
                "",
                "答：我們會在年底前完成。",
                "",
                "館長想了想，寫道:——",
                "",
                "「年底前完成。」");
        assertThat(b).extracting(Block::kind).containsOnly(BlockKind.PARAGRAPH);
    }

    @Test
    void aReporterWhoseNameStartsWithAPrepositionIsStillABylineButAClauseIsNot() {
        List<Block> b = blocks("會議簡約務實", "", "本報記者  林小明  向大文", "", "他向記者表示，會議簡約務實。");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.BYLINE, BlockKind.PARAGRAPH);
    }

    @Test
    void aNameAndTheDateItWasSignedIsAByline() {
        List<Block> b = blocks("我們會繼續努力，多謝大家支持。", "", "林小明2021年5月1日", "", "聲明發出後，館方沒有回應。");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.BYLINE, BlockKind.PARAGRAPH);
    }

    @Test
    void anOpeningQuoteCarriedDownDoesNotMakeALineAHeadline() {
        List<Block> b = blocks(
                "城市圖書館昨日宣布延長開放時間，",
                "市民可於晚上十時前借閱書籍，館方",
                "表示措施將試行三個月，並提出了",
                "「增設自助還書機」等建議，方便市",
                "民在閉館後還書，反應良好。");
        assertThat(b).hasSize(1);
    }

    @Test
    void anEllipsisHangingPastTheColumnDoesNotMakeALineAHeadline() {
        String text = """
                城市圖書館昨日宣布延長開放時間，
                市民可於晚上十時前借閱書籍，館方
                表示措施將試行三個月，並會增設多……
                自助還書機等設施，方便市民在閉館
                後還書，反應良好。

                另外，館方亦會增設自助還書機，方
                便市民。
                """;
        assertThat(new Reflower().reflow("t.txt", text).blocks()).hasSize(2);
    }

    @Test
    void aLineAloneBetweenBlankLinesThatEndsNoSentenceIsAHeading() {
        List<Block> b = blocks(
                "城市圖書館昨日宣布延長開放時間，",
                "市民可於晚上十時前借閱書籍。",
                "",
                "自助還書，方便市民在閉館後使用",
                "",
                "館方表示措施將試行三個月，並會",
                "按使用情況調整安排。");
        assertThat(b).extracting(Block::text).containsExactly(
                "城市圖書館昨日宣布延長開放時間，市民可於晚上十時前借閱書籍。",
                "自助還書，方便市民在閉館後使用",
                "館方表示措施將試行三個月，並會按使用情況調整安排。");
    }

    @Test
    void aCaptionSetBetweenTheLinesOfAParagraphFollowsTheWholeParagraph() {
        List<Block> b = blocks(
                "城市圖書館昨日宣布延長開放時",
                "間，市民可於晚上十時前借閱書",
                "籍，館方表示措施將試行三個月，",
                "",
                "▲圖書館新設的自助借書機。",
                "",
                "並會按使用情況在年底前檢討安",
                "排，再決定是否恆常化。",
                "",
                "另外，館方亦會增設自助還書機，",
                "方便市民在閉館後還書。");
        assertThat(b).extracting(Block::text).containsExactly(
                "城市圖書館昨日宣布延長開放時間，市民可於晚上十時前借閱書籍，館方表示措施將試行三個月，並會按使用情況在年底前檢討安排，再決定是否恆常化。",
                "▲圖書館新設的自助借書機。",
                "另外，館方亦會增設自助還書機，方便市民在閉館後還書。");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.PARAGRAPH);
    }

    @Test
    void aCaptionAfterAFullLineThatEndsASentenceStaysBetweenTwoParagraphs() {
        List<Block> b = blocks(
                "城市圖書館昨日宣布延長開放時間，",
                "市民可於晚上十時前借閱書籍。館方",
                "表示措施將試行三個月，按情況調整。",
                "",
                "▲圖書館新設的自助借書機。",
                "",
                "另外，館方亦會增設自助還書機，方便",
                "市民在閉館後還書。");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.PARAGRAPH);
    }

    @Test
    void aQuotationALineLeadsIntoWithAColonAcrossABlankLineIsItsOwnParagraph() {
        List<Block> b = blocks(
                "他把信拆開，看了很久，才對",
                "我們慢慢地讀出第一句：——",
                "",
                "「你們回來罷！」",
                "",
                "讀完以後，大家都不說話了，",
                "只聽見窗外的雨聲。");
        assertThat(b).extracting(Block::text).containsExactly(
                "他把信拆開，看了很久，才對我們慢慢地讀出第一句：——",
                "「你們回來罷！」",
                "讀完以後，大家都不說話了，只聽見窗外的雨聲。");
    }

    @Test
    void aReportersLineAfterACaptionIsABylineNotTheCaptionsCredit() {
        List<Block> b = blocks(
                "城市圖書館昨日宣布延長開放時",
                "間，市民可於晚上十時前借閱書",
                "籍，措施將試行三個月。",
                "▲圖書館新設的自助借書機。",
                "記者林小明");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.BYLINE);
    }

    @Test
    void aBylineThatFillsTheColumnDoesNotRunIntoAQuotation() {
        List<Block> b = blocks(
                "館方延長開放時間",
                "本報記者  林小明  陳大文",
                "「請大家多多利用圖書館，",
                "晚上也可以來。」館長昨日",
                "在記者會上說。");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.BYLINE, BlockKind.PARAGRAPH);
    }

    @Test
    void namesSetApartByWideSpacesUnderAHeadlineAreTheByline() {
        List<Block> b = blocks(
                "城市圖書館延長開放時間（民生觀察）",
                "林小明  陳大文",
                "城市圖書館昨日宣布延長開放時",
                "間，市民可於晚上十時前借閱書",
                "籍，措施將試行三個月，其後會",
                "按使用情況檢討，再決定是否恆",
                "常化。館方表示，新措施主要方",
                "便放工後的上班族。");
        assertThat(b).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.BYLINE, BlockKind.PARAGRAPH);
        assertThat(b.get(1).text()).isEqualTo("林小明陳大文");
    }

    @Test
    void phrasesOfFourCharactersSetApartBySpacesStayAHeadline() {
        List<Block> b = blocks(
                "會風簡約  紀律嚴明  務實高效",
                "城市圖書館昨日宣布延長開放時",
                "間，市民可於晚上十時前借閱書",
                "籍，措施將試行三個月。");
        assertThat(b.get(0).kind()).isEqualTo(BlockKind.HEADING);
    }
}
