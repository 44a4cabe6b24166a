package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pizhu.speakers.SpeakerRuns.names;
import static org.pizhu.speakers.SpeakerRuns.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.document.BlockKind;

/** Each speaker cue on short passages of our own, Traditional and Simplified, with the negative cases. */
class SpeakerAnalyzerTest {
    private final SpeakerAnalyzer analyzer = new SpeakerAnalyzer();



    @Test
    void nameBeforeSpeechVerbTraditionalAndSimplified() {
        SpeakerAnalysis a = run("陳大文表示，政府會加快審批程序。", "王小明认为，公司将扩大投资规模。", "黃志強坦言，市場仍然疲弱。");
        assertThat(names(a)).containsExactly("陳大文", "王小明", "黃志強");
        assertThat(a.blockSpeakers()).containsExactly("陳大文", "王小明", "黃志強");
    }

    @Test
    void adverbsAndTimesBetweenNameAndVerb() {
        SpeakerAnalysis a = run("李家明又指出，樓價已見底。", "张伟亦表示，出口会回升。", "林美玲則認為，加息未完。",
                "周國華並強調，改革不會停。", "刘洋还称，明年将推出新产品。", "何志明今天宣布，計劃下月展開。",
                "吳國雄16日表示，會再研究。");
        assertThat(names(a)).containsExactly("李家明", "张伟", "林美玲", "周國華", "刘洋", "何志明", "吳國雄");
    }

    @Test
    void compoundSurnamesAndTwoCharacterNames() {
        SpeakerAnalysis a = run("歐陽志遠表示，計劃可行。", "司徒华说，项目顺利。", "民協陳勇指出，區議會要改革。");
        assertThat(names(a)).containsExactly("歐陽志遠", "司徒华", "陳勇");
    }

    @Test
    void titlesBeforeTheNameSplitAtEnumerationComma() {
        SpeakerAnalysis a = run("香港某某協會會長、立法會議員陳大文表示，業界歡迎新措施。");
        assertThat(a.speaker("陳大文").orElseThrow().titles()).containsExactly("香港某某協會會長", "立法會議員");
        SpeakerAnalysis s = run("国务院新闻办公室发言人徐大伟表示，数据稳定。");
        assertThat(s.speaker("徐大伟").orElseThrow().titles()).containsExactly("国务院新闻办公室发言人");
        SpeakerAnalysis b = run("會上由副主席兼發言人梁文華主持。梁文華回應說，不會改變。");
        assertThat(b.speaker("梁文華").orElseThrow().titles()).containsExactly("副主席兼發言人");
    }

    @Test
    void titleInBracketsAfterTheName() {
        SpeakerAnalysis a = run("張美芬（城市大學教授）指出，數據顯示失業率上升。");
        assertThat(a.speaker("張美芬").orElseThrow().titles()).containsExactly("城市大學教授");
    }

    @Test
    void headlineWithRoleLineAndPronounContinuation() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(
                List.of(BlockKind.HEADING, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
                List.of("鄭永康：經濟穩步復甦", "本港某某商會主席", "對於前景，他認為明年會更好。", "經濟增長放緩。")));
        assertThat(names(a)).containsExactly("鄭永康");
        assertThat(a.speaker("鄭永康").orElseThrow().titles()).containsExactly("本港某某商會主席");
        assertThat(a.blockSpeakers()).containsExactly(null, null, "鄭永康", null);
    }

    @Test
    void pronounsStopAtTheStoryEnd() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(
                List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.BYLINE, BlockKind.PARAGRAPH),
                List.of("方志偉表示，項目如期進行。", "她又指，預算充足。", "本報記者 蘇曉明", "他认为问题不大。")));
        assertThat(a.blockSpeakers()).containsExactly("方志偉", "方志偉", null, null);
        assertThat(a.reporters()).containsExactly("蘇曉明");
    }

    @Test
    void captionWithTriangle() {
        SpeakerAnalysis a = run("▲李小華表示，項目明年完成。", "▲香港有獨特的優勢。");
        assertThat(a.blockSpeakers()).containsExactly("李小華", null);
    }

    @Test
    void aPronounInACaptionIsThePersonWhoSpokeLastAroundIt() {
        SpeakerAnalysis a = run("何大文表示，會繼續支持。", "▲對於自己舉起拇指，他表示不少場合都會這樣做。", "何大文又指，不會道歉。");
        assertThat(a.blockSpeakers()).containsExactly("何大文", "何大文", "何大文");
        assertThat(run("▲他表示不少場合都會這樣做。").blockSpeakers()).containsExactly((String) null);
    }

    @Test
    void quoteWithAttributionAfterAndBefore() {
        SpeakerAnalysis a = run("「我們會繼續努力，爭取更好成績。」張偉強說。", "胡國明說：「這是一個好開始，大家要珍惜。」");
        assertThat(a.blockSpeakers()).containsExactly("張偉強", "胡國明");
        assertThat(a.quotes()).extracting(Quote::speakerName).containsExactly("張偉強", "胡國明");
        Quote q = a.quotes().get(0);
        assertThat("「我們會繼續努力，爭取更好成績。」張偉強說。".substring(q.start(), q.end())).isEqualTo("我們會繼續努力，爭取更好成績。");
    }

    @Test
    void nameInsideAQuoteIsNotASpeaker() {
        SpeakerAnalysis a = run("「陳大文說過要改革，我們支持。」李明輝表示。", "他形容這是「王小二說了算」的做法。");
        assertThat(names(a)).containsExactly("李明輝");
    }

    @Test
    void addresseePhraseBetweenNameAndVerb() {
        SpeakerAnalysis a = run("黃志強對本報記者表示，業界憂慮。", "刘洋向记者透露，新品下月推出。",
                "陳美儀回應本報查詢時表示，會跟進事件。", "蔡明德在記者會上指出，數字有誤。",
                "梁家輝昨日（10日）在電台節目表示，會考慮參選。", "吳志成在立法會表示，反對修例。");
        assertThat(names(a)).containsExactly("黃志強", "刘洋", "陳美儀", "蔡明德", "梁家輝", "吳志成");
    }

    @Test
    void organisationsSpeakAndAnaphorsFollowAndUnnamedSpokesmenSpeakForThem() {
        SpeakerAnalysis a = run("香港金融管理局表示，銀行體系穩健。", "該局又指，會密切監察。", "某某科技公司发言人称，产品安全。");
        assertThat(names(a)).containsExactly("香港金融管理局", "某某科技公司");
        assertThat(a.speaker("香港金融管理局").orElseThrow().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(a.blockSpeakers()).containsExactly("香港金融管理局", "香港金融管理局", "某某科技公司");
    }

    @Test
    void abbreviationInBracketsBecomesTheNameWithTheFullForm() {
        SpeakerAnalysis a = run("消費者委員會(消委會)今天表示，投訴增加。");
        Speaker s = a.speaker("消委會").orElseThrow();
        assertThat(s.titles()).contains("消費者委員會");
        assertThat(s.aliases()).contains("消費者委員會");
    }

    @Test
    void surnameWithTitleMergesIntoTheFullName() {
        SpeakerAnalysis a = run("某某學會主席陳國強表示，會員人數上升。", "陳主席又指，明年會擴展。");
        assertThat(names(a)).containsExactly("陳國強");
        assertThat(a.speaker("陳國強").orElseThrow().aliases()).contains("陳主席");
        assertThat(a.blockSpeakers()).containsExactly("陳國強", "陳國強");
    }

    @Test
    void surnameAloneContinuesAKnownSpeaker() {
        SpeakerAnalysis a = run("梁志華表示會參選。", "被問及勝算時，梁指會全力以赴。", "被問及時，黃指不會回應。");
        assertThat(names(a)).containsExactly("梁志華");
        assertThat(a.blockSpeakers()).containsExactly("梁志華", "梁志華", null);
    }

    @Test
    void reportedSpeechInsideASentenceIsNotANewSpeaker() {
        SpeakerAnalysis a = run("何美華表示，工會昨日開會，工會認為必須爭取加薪。");
        assertThat(names(a)).containsExactly("何美華");
        SpeakerAnalysis b = run("何美華表示支持，但李志強則認為不可行。");
        assertThat(names(b)).containsExactly("何美華", "李志強");
    }

    @Test
    void mentionedPeopleAndSubjectOrganisationsAreNotSpeakers() {
        SpeakerAnalysis a = run("他獲多人提名，包括某黨顧問張國榮、民協陳勇、區議員蘇長榮。",
                "特區政府推出新措施，阿里巴巴股價上升。", "已報名者還包括研究會理事黃梓謙、中大教授黃錦輝。");
        assertThat(a.speakers()).isEmpty();
        assertThat(a.blockSpeakers()).containsOnlyNulls();
    }

    @Test
    void transliteratedAndLatinNames() {
        SpeakerAnalysis a = run("美國總統特朗普表示，關稅會維持。", "澤連斯基說，談判仍在進行。", "蘋果行政總裁Tim Cook表示，銷量理想。");
        assertThat(names(a)).containsExactly("特朗普", "澤連斯基", "Tim Cook");
        assertThat(a.speaker("特朗普").orElseThrow().titles()).containsExactly("美國總統");
    }

    @Test
    void bylinesGiveReportersNeverSpeakers() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(
                List.of(BlockKind.PARAGRAPH, BlockKind.BYLINE, BlockKind.BYLINE, BlockKind.CREDIT, BlockKind.PARAGRAPH),
                List.of("(中央社記者周美玲東京5日電)日本政府今天表示，會加強防疫。(編輯:陳小文)1140105", "記者張三豐報道",
                        "某某日報記者 林立", "記者整理", "張三豐表示，天氣轉涼。")));
        assertThat(a.reporters()).containsExactly("周美玲", "陳小文", "張三豐", "林立");
        assertThat(names(a)).containsExactly("日本政府");
        assertThat(a.blockSpeakers().get(4)).isNull();
    }

    @Test
    void simplifiedDatelineWithTwoReporters() {
        SpeakerAnalysis a = run("新华社北京3月5日电（记者张明、李华）国家统计局发言人付凌晖5日表示，经济运行稳定。");
        assertThat(a.reporters()).containsExactly("张明", "李华");
        assertThat(names(a)).containsExactly("付凌晖");
    }

    @Test
    void bracketedAsidesContinuationAndSettings() {
        SpeakerAnalysis a = run("行政長官李家明今日（5日）出席活動時表示，會支持創科。", "他續指，明年推出新措施。",
                "陳可欣（右）在社交平台發文指，事件令人遺憾。", "某某管理局回覆查詢時指，病人情況穩定。");
        assertThat(names(a)).containsExactly("李家明", "陳可欣", "某某管理局");
        assertThat(a.blockSpeakers()).containsExactly("李家明", "李家明", "陳可欣", "某某管理局");
    }

    @Test
    void modalVerbsAndCommonWordsAreNotSpeakers() {
        SpeakerAnalysis a = run("我們會說明一切，大家會明白。", "白皮書指出，經濟向好。文件指，供應穩定。", "據悉，消息人士透露，雙方已達成共識。");
        assertThat(a.speakers()).isEmpty();
    }

    @Test
    void twoCharacterHeadlineLeadNeedsAMentionBelow() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH),
                List.of("高鐵：客量創新高", "票價維持不變。")));
        assertThat(a.speakers()).isEmpty();
        SpeakerAnalysis b = analyzer.analyze(GoldDocuments.of(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH),
                List.of("王勇：改革要加快", "王勇表示，改革不能等。")));
        assertThat(names(b)).containsExactly("王勇");
    }

    @Test
    void pronounAfterATitledSubjectInTheSameBlock() {
        SpeakerAnalysis a = run("何志明表示，會再研究。", "身兼律師的議員江小歡提出修訂，惟被否決。她會後向傳媒表示，感到失望。",
                "何志明指，他曾向局長李小強反映。他認為問題嚴重。");
        assertThat(a.blockSpeakers()).containsExactly("何志明", "江小歡", "何志明");
        assertThat(names(a)).containsExactly("何志明", "江小歡");
    }

    @Test
    void weakVerbsNeedSpeechAfterThem() {
        SpeakerAnalysis a = run("陳大文提出辭職，並已離開。", "李小明提出，要加快改革。");
        assertThat(names(a)).containsExactly("李小明");
    }

    @Test
    void appositiveTitleBetweenCommas() {
        SpeakerAnalysis a = run("陳志堅，某某大學經濟系教授，日前表示，樓市已見底。");
        assertThat(names(a)).containsExactly("陳志堅");
        assertThat(a.speaker("陳志堅").orElseThrow().titles()).containsExactly("某某大學經濟系教授");
    }

    @Test
    void headlineLeadWithoutStatementsBelowIsNotListed() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH),
                List.of("外交部：坚决反对干涉", "外交部发言人毛宁12日在例行记者会上表示，中方坚决反对干涉。")));
        assertThat(names(a)).containsExactly("毛宁");
        assertThat(a.speaker("毛宁").orElseThrow().titles()).containsExactly("外交部发言人");
    }

    @Test
    void sentenceTopicSpeaksThroughAVerbWithoutSubject() {
        SpeakerAnalysis a = run("「以前這條街很熱鬧。」陳美珍望着窗外，慢慢地說。", "羅國輝出席論壇後，表示經濟會好轉。",
                "研究報告出爐，指出小店結業增加。");
        assertThat(a.blockSpeakers()).containsExactly("陳美珍", "羅國輝", null);
        SpeakerAnalysis b = run("2024年全国两会期间，习近平总书记参加代表团审议时，强调“因地制宜发展新质生产力”。",
                "3月5日，林景楠步出法院，拉起太太的手，輕聲說：「不用擔心。」", "近日，研究報告出爐，指出小店結業增加。");
        assertThat(b.blockSpeakers()).containsExactly("习近平", "林景楠", null);
    }

    @Test
    void emptyAndSpeakerlessDocuments() {
        assertThat(run().speakers()).isEmpty();
        SpeakerAnalysis a = run("今日天氣晴朗。", "市場交投淡靜。");
        assertThat(a.speakers()).isEmpty();
        assertThat(a.reporters()).isEmpty();
    }
}
