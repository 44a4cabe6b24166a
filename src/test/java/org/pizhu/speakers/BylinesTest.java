package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reporter names from the usual byline forms, both scripts; words after 記者 that are not names give nothing. */
class BylinesTest {
    private final Bylines bylines = new Bylines();

    @Test
    void bylineBlocks() {
        assertThat(bylines.inByline("某某報記者 林大明")).containsExactly("林大明");
        assertThat(bylines.inByline("記者王五、實習記者趙六報道")).containsExactly("王五", "趙六");
        assertThat(bylines.inByline("本報記者 張三 北京報道")).containsExactly("張三");
        assertThat(bylines.inByline("文／陳大文")).containsExactly("陳大文");
        assertThat(bylines.inByline("记者 刘小华 报道")).containsExactly("刘小华");
        assertThat(bylines.inByline("歐陽思思報道")).containsExactly("歐陽思思");
        assertThat(bylines.inByline("【特約記者當文尼】")).containsExactly("當文尼");
        assertThat(bylines.inByline("報導•攝影／張嘉恬")).containsExactly("張嘉恬");
        assertThat(bylines.inRunningText("妻子邊照顧他，還要安撫一旁吵鬧的3歲兒子小傑。報導 攝影╱王大彬", true).names())
                .as("labels joined by a space").containsExactly("王大彬");
    }

    @Test
    void notReporters() {
        assertThat(bylines.inByline("某某報記者整理")).isEmpty();
        assertThat(bylines.inByline("某某局圖片")).isEmpty();
        assertThat(bylines.inByline("简介")).isEmpty();
        assertThat(bylines.inByline("参考文献")).isEmpty();
        assertThat(bylines.inByline("陳大文")).containsExactly("陳大文");
        assertThat(bylines.inByline("韩鑫  李根")).containsExactly("韩鑫", "李根");
        assertThat(bylines.inRunningText("他對記者表示，會再研究。").names()).isEmpty();
        assertThat(bylines.inRunningText("國台辦例行記者會召開頻率增加。").names()).isEmpty();
        assertThat(bylines.inRunningText("記者周三下午1時26分以電郵查詢，但他沒有回覆。").names()).isEmpty();
    }

    @Test
    void datelinesAndEditorsInRunningText() {
        Bylines.Found f = bylines.inRunningText("(中央社記者周美玲東京5日電)日本政府今天表示，會加強合作。(編輯:陳小文)1140105");
        assertThat(f.names()).containsExactly("周美玲", "陳小文");
        assertThat(f.leading()).isTrue();
        assertThat(f.trailing()).isTrue();
        assertThat(bylines.inRunningText("新华社北京3月5日电（记者张明、李华）国家统计局5日表示，经济平稳。").names())
                .containsExactly("张明", "李华");
        assertThat(bylines.inRunningText("經濟平穩增長。 某某報記者林小玲").names()).containsExactly("林小玲");
        assertThat(bylines.inShortLine("責任編輯：張麗")).containsExactly("張麗");
        assertThat(bylines.inRunningText("〔記者王小明／台北報導〕行政院今天表示，會研究。").names()).containsExactly("王小明");
        assertThat(bylines.inRunningText("記者王小明／台北報導").names()).containsExactly("王小明");
    }

    @Test
    void creditsOfMainlandAndTaiwanesePages() {
        assertThat(bylines.inByline("本文来源：某某报 责任编辑：高明_NB1234")).containsExactly("高明");
        assertThat(bylines.inShortLine("某某新闻记者 王小川 赵丽")).containsExactly("王小川", "赵丽");
        assertThat(bylines.inShortLine("采写：某都见习记者 林小沛")).containsExactly("林小沛");
        assertThat(bylines.inByline("文／圖：張小林")).containsExactly("張小林");
        assertThat(bylines.inRunningText("市场会更好。(文/图 刘小东 易小楠)", true).names()).containsExactly("刘小东", "易小楠");
        assertThat(bylines.inRunningText("活动将在巴西举行。（张小峰）", true).names()).containsExactly("张小峰");
        assertThat(bylines.inRunningText("活动将在巴西举行。（张小峰）", false).names()).isEmpty();
        assertThat(bylines.inRunningText("將釐清死因。（王小忠／台中報導）").names()).containsExactly("王小忠");
        assertThat(bylines.inRunningText("市民在寒冷天气中出行。某某社记者 贾小勇 摄", true).names()).isEmpty();
    }

    @Test
    void theShortFormOfTheEditorsLabelCreditsAnEditor() {
        assertThat(bylines.inByline("責編：陳小文")).containsExactly("陳小文");
        assertThat(bylines.inByline("责编：王小明")).containsExactly("王小明");
    }

    @Test
    void anInternCreditedInBracketsIsAReporter() {
        assertThat(bylines.inByline("（实习生王小明对此文亦有贡献）")).containsExactly("王小明");
    }

    @Test
    void aShortParagraphOpeningWithALabelIsAByline() {
        assertThat(bylines.inRunningText("采写：某都见习记者 林小沛", true).names()).containsExactly("林小沛");
        assertThat(bylines.inRunningText("文章提到的作者，後來離開了報社。", true).names()).isEmpty();
    }

    @Test
    void aReporterVisitingOrAskingOpensNoByline() {
        assertThat(bylines.inRunningText("記者初訪時，他感慨地說，先前身體硬朗。").names()).isEmpty();
        assertThat(bylines.inRunningText("記者經過都會市中心轉入巷弄內，屋舍破舊。").names()).isEmpty();
        assertThat(bylines.inRunningText("記者向秘書處查詢，為何不規管。").names()).isEmpty();
        assertThat(bylines.inRunningText("記者陳大文報道：市民昨日排隊。").names()).containsExactly("陳大文");
    }
}
