package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that are no speakers in non-news texts (manuals, classical quotations), on made-up sentences in both scripts.
 */
class FalseSpeakersTest {
    private final SpeakerAnalyzer analyzer = new SpeakerAnalyzer();

    private List<String> names(String... blocks) {
        return analyzer.analyze(GoldDocuments.of(blocks)).speakers().stream().map(Speaker::name).toList();
    }

    @Test
    void aClassicalSpeechVerbEndsTheName() {
        assertThat(names("孟子曰：「學而不厭。」")).containsExactly("孟子");
        assertThat(names("王小明曰：“善。”")).containsExactly("王小明");
        assertThat(names("太宗問群臣：「何以治國？」")).doesNotContain("太宗問");
    }

    @Test
    void aSpeechVerbOpeningInsideAWordIsNoCue() {
        assertThat(names("英文名稱為縮寫。", "文件默认为“草稿”。", "与李白合称二圣。")).isEmpty();
        assertThat(names("陳大文稱，會再研究。")).containsExactly("陳大文");
    }

    @Test
    void latinFieldLabelsAreNoSpeakers() {
        assertThat(names("General: 修正一個錯誤。", "General: 新增选项。", "Key Words: 排版; 模板")).isEmpty();
        assertThat(names("Alice: 我们会赢。", "Alice: 一定。")).containsExactly("Alice");
    }

    @Test
    void aNameDoesNotStartInsideAWord() {
        assertThat(names("強調並未就新版國安法表態，指消息不實。", "强调并未就新版国安法表态，指消息不实。")).isEmpty();
        assertThat(names("辯方求情指被告有悔意。", "辩方求情指被告有悔意。")).isEmpty();
        assertThat(names("市民應以和平理性表達，不應使用暴力。")).isEmpty();
        assertThat(names("主席方安明表示，會再跟進。")).containsExactly("方安明");
    }

    @Test
    void aCharacterThatOnlyOpensGivenNamesEndsNoNameAfterATitle() {
        assertThat(names("市民黄志脸上带着笑容说：“很好。”", "市民黃志臉上帶著笑容說：「很好。」")).containsExactly("黄志", "黃志");
        assertThat(names("總幹事陳幗英說，首要之務是培養自理能力。")).as("a character seen in no given name still may").containsExactly("陳幗英");
    }

    @Test
    void speechVerbsEndingInDaoGiveTheSpeaker() {
        assertThat(names("探望丈夫阿良，阿琴在耳邊喚道：「不要睡太久。」")).containsExactly("阿琴");
        assertThat(names("被問到衣服的來源，陳大文打趣道：「商業機密。」", "被问到衣服的来源，陈大文打趣道：“商业机密。”"))
                .containsExactly("陳大文", "陈大文");
    }

    @Test
    void aCountedGroupIsNoOrganisation() {
        assertThat(names("兩個工會稱，會再研究。", "两个工会称，会再研究。")).isEmpty();
        assertThat(names("三人調查小組指，報告已完成。", "三人调查小组指，报告已完成。")).isEmpty();
        assertThat(names("5間大學表示，會配合安排。")).isEmpty();
        assertThat(names("職工聯合會表示，會配合安排。")).containsExactly("職工聯合會");
        assertThat(names("第二批僱主名單會於下周公布，涉及兩萬名僱主。", "第二批雇主名单会于下周公布，涉及两万名雇主。")).isEmpty();
    }

    @Test
    void aBodyUrgedOrReceivedFromAndAWholeSocietyOrCountedGroupAreNoLongerNames() {
        assertThat(names("網民發起遊行，促政府回應訴求。", "网民发起游行，促政府回应诉求。")).isEmpty();
        assertThat(names("父權社會強調男主外。", "有不少區議員或政黨表示希望協助她。", "大部分學校相信趨勢會延續。",
                "就算是一份中央電視台表示屬於過時的文件。")).isEmpty();
        assertThat(names("委員會本周一仍獲律政司回覆指需時研究。")).containsExactly("律政司");
        assertThat(names("結果教育局形容事件為「有計劃地散播」。")).containsExactly("教育局");
    }

    @Test
    void aNovelALegendAWeatherSignalAndAUniversityTownAreNoSpeakers() {
        assertThat(names("他把經驗編寫成小說，記錄事件。", "天文台發出黃雨警告。", "故事要由英國牛津說起。")).isEmpty();
        assertThat(names("潘大明之後向運輸署表示，已銷毀相片。")).containsExactly("潘大明");
    }

    @Test
    void aDiseaseControlCentreIsABodyAndAMilitantWingNoName() {
        assertThat(names("六天後，區疾控仍回覆：『不知道。』")).containsExactly("區疾控");
        assertThat(names("有勇武派希望「衝」，但其他人反對。")).isEmpty();
    }

    @Test
    void theCentreALineAndALittleFriendAreReadAsWhatTheyAre() {
        assertThat(names("林大明亦向中央表示希望加強檢測。")).doesNotContain("向中央");
        assertThat(names("沙中線調查委員會過去聆訊中，多次提到表格。")).doesNotContain("沙中線");
        assertThat(names("李小朋友則表示，值得行出來。")).containsExactly("李小朋友");
    }

    @Test
    void aLongerQuotedPhraseNamesABodyOnlyWithItsHeadNounOrAfterANounThatIntroducesIt() {
        assertThat(names("報告在「主要調查結果」指大陸試圖施壓。", "針對「國產疫苗炒股」質疑，他未有回應。")).isEmpty();
        assertThat(names("另一工會「河畔職工聯會」亦表示反對。")).containsExactly("河畔職工聯會");
        assertThat(names("臉書粉專「迷霧台式民生」發文批評法官。")).containsExactly("迷霧台式民生");
        assertThat(names("「小河餐室」在Facebook表示，暫停營業。")).containsExactly("小河餐室");
    }

    @Test
    void aBodysShortNameBeforeItsHeadAndATitleIsNoPerson() {
        assertThat(names("商經局局長邱大華出席會議，他在會後被追問時說，不評論。")).containsExactly("邱大華");
    }

    @Test
    void aCaptionsPositionLabelIsNoSpeaker() {
        assertThat(names("▲左起：陳大明、李小文。", "▲右起：陈大明、李小文。")).isEmpty();
    }
}
