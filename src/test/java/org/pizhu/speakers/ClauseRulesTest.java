package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pizhu.speakers.SpeakerRuns.names;
import static org.pizhu.speakers.SpeakerRuns.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.document.BlockKind;

/**
 * Who speaks through a verb without a subject of its own, on made-up sentences: the subject before a comma and a
 * setting, an addressed act or a passive clause, the name before a time word, the sentence a closing quotation ends,
 * interviews with unlabelled answers, and the pronoun 她.
 */
class ClauseRulesTest {
    private final SpeakerAnalyzer analyzer = new SpeakerAnalyzer();

    @Test
    void aPairedWhileClauseSpeaksThroughTheSubjectBeforeTheFirstWhile() {
        assertThat(run("單親媽阿芳邊替女兒塗抹乳液，邊說：「她很乖。」").blockSpeakers()).containsExactly("阿芳");
        assertThat(run("店主王小明边制作，边介绍：“这是新品。”").blockSpeakers()).containsExactly("王小明");
        assertThat(run("44歲的阿芳（林芳）探望丈夫阿良（陳良），阿芳邊幫丈夫按摩手腳、邊在耳邊喚道：「不要睡太久。」").blockSpeakers())
                .containsExactly("林芳");
        assertThat(run("妻子王小蓮在旁說，丈夫開刀2次。").blockSpeakers()).as("a setting closed by 旁").containsExactly("王小蓮");
    }

    @Test
    void theYoungestSonOrOnlySonBeforeAFamiliarNameMarksItAsAManOfTheStory() {
        assertThat(run("讀小五的么兒小勳說：「我要更節儉。」").blockSpeakers()).containsExactly("小勳");
        assertThat(run("王秀蓮說，家中困難。", "記者再到王秀蓮租屋處，見她多重障礙的42歲獨子阿清，跟著電視節目傻笑，王秀蓮解開綁在椅上的"
                + "繩子，幫他換尿布，她說，阿清躁動。").blockSpeakers()).as("她 is not the son").containsExactly("王秀蓮", "王秀蓮");
    }

    @Test
    void aGestureBetweenTheSpeakerAndTheVerbKeepsTheSpeaker() {
        assertThat(run("李大明嘆氣繼續說，今年5月車禍。").blockSpeakers()).containsExactly("李大明");
        assertThat(run("單親媽阿芳紅著眼眶看著女兒說，她出生時就手術。").blockSpeakers()).containsExactly("阿芳");
        assertThat(run("陳大文苦笑道，現在吃藥控制。").blockSpeakers()).containsExactly("陳大文");
        assertThat(run("阿博邊聽邊流淚說，車禍以前收入不好。").blockSpeakers()).containsExactly("阿博");
        assertThat(run("李大明嘆气繼續寫作。").blockSpeakers()).as("no speech verb").containsExactly((String) null);
    }

    @Test
    void aRelativeOrRoleThatSpeaksKeepsTheParagraphFromTheLastSpeaker() {
        assertThat(run("李大明嘆氣說，「我一定要好起來。」", "李大明的二姊說，家中6手足，「大家都盡力了。」").blockSpeakers())
                .containsExactly("李大明", null);
        assertThat(run("李大明嘆氣說，「我一定要好起來。」", "學校的老師說，李大明很努力，「全班都支持他。」").blockSpeakers())
                .containsExactly("李大明", null);
        assertThat(run("李大明嘆氣說，「我一定要好起來。」", "李大明轉身對記者說，「我會加油。」").blockSpeakers())
                .as("the addressee is no speaker").containsExactly("李大明", "李大明");
        assertThat(run("扶著雙拐的鄭大元羞愧地說，以前開砂石車。").blockSpeakers()).as("a manner after 的 and a name")
                .containsExactly("鄭大元");
    }

    @Test
    void thePersonRepliedToNeverSpeaksThroughTheVerbAfterTheReply() {
        assertThat(names(run("司長陳大文在2019年時 回應時任議員李小明質詢時稱 ，晉升途徑不變。"))).doesNotContain("李小明");
        assertThat(run("議員李小明質詢時稱，晉升途徑有變。").blockSpeakers()).containsExactly("李小明");
    }

    @Test
    void theReporterOfAWireDatelineIsNoAntecedent() {
        assertThat(run("新华社北京1月27日电  （记者王小明）1月27日下午，国务院副总理李大强来到交通运输部，检查春运工作。他强调，"
                + "要加强监测调度。").blockSpeakers()).containsExactly("李大强");
    }

    @Test
    void theMeansOfTheWordsStandsBetweenTheSpeakerAndTheVerb() {
        assertThat(run("議長李大文以書面致詞表示，會繼續支持。").blockSpeakers()).containsExactly("李大文");
        assertThat(run("總編輯李大文其後以英文貼文稱，「這是一個荒唐的決定。」").blockSpeakers()).containsExactly("李大文");
        assertThat(names(run("古往今來，都有國以民為本這說法。", "律師以至部長所以獲聘，就是期望他們守法。"))).isEmpty();
    }

    @Test
    void aSubjectBeforeACommaSpeaksThroughASettingAfterIt() {
        assertThat(run("陳大文，在記者會上表示，政府會跟進。").blockSpeakers()).containsExactly("陳大文");
        assertThat(run("十年前帶領河畔集團上市的陳大文，在前不久召開的業績會上表示，「沒有故事就是好故事」。").blockSpeakers())
                .containsExactly("陳大文");
        assertThat(run("河畔公司董事长吴亚军，昨日在业绩会上表示，“没有故事就是好故事”。").blockSpeakers()).containsExactly("吴亚军");
    }
    @Test
    void aNameAfterAClauseThatDescribesItIsNoObjectOfTheVerbInThatClause() {
        SpeakerAnalysis a = run("公民黨何家明表示，遊行是為了表達不滿。",
                "參與集會的大律師陳淑芬亦是義務律師，她表示被捕人士往往見不到律師。");
        assertThat(a.blockSpeakers()).containsExactly("何家明", "陳淑芬");
        assertThat(run("屬於老人科及復康科專科醫生的馬仲儀，坦言走得不算太急。").blockSpeakers()).containsExactly("馬仲儀");
        assertThat(run("記者向住在附近的陳淑芬查詢，她的鄰居表示不知情。").blockSpeakers()).doesNotContain("陳淑芬");
    }
    @Test
    void aBodyOpeningTheClauseBefore對SpeaksThroughTheVerbAfterTheComma() {
        SpeakerAnalysis a = run("河畔外交部對總統過境再度表明反對，重申已向對方提出嚴正交涉。");
        assertThat(a.blockSpeakers()).containsExactly("河畔外交部");
    }
    @Test
    void aQuotationEndingASentenceEndsIt() {
        SpeakerAnalysis a = run("大使何家明只說合作很重要，「重要的，是兩國合作。」外交部早前發表聲明，呼籲當局釋放被捕者。");
        assertThat(names(a)).containsExactlyInAnyOrder("何家明", "外交部");
        assertThat(a.blockSpeakers()).containsExactly("何家明");
    }
    @Test
    void aBodyOpeningTheClauseBeforeACommaSpeaksThroughAVerbWithoutSubject() {
        assertThat(run("25日，冷空氣繼續南下，河畔氣象台25日繼續發布寒潮預警，預計白天至夜間有大風。").blockSpeakers())
                .containsExactly("河畔氣象台");
        assertThat(names(run("河畔會計師公會則表示，接納香港分會事後的解釋，並說公會人員都要守法。")))
                .containsExactly("河畔會計師公會");
    }
    @Test
    void whoActsInAPassiveClauseSpeaksThroughAVerbAfterTheComma() {
        assertThat(run("辯方欲引外國歷史事件盤問，但遭法官陳大文阻止，認為提問超出專家範圍。").blockSpeakers())
                .containsExactly("陳大文");
        assertThat(run("辯方欲引外國歷史事件盤問，但陳大文阻止，認為提問超出專家範圍。").blockSpeakers())
                .as("no passive: the sentence's subject is a role").containsExactly((String) null);
    }
    @Test
    void theNameBeforeACommaSpeaksThroughAnAddressedActAndAVerbWithoutSubject() {
        assertThat(run("資深大律師陳若薇，向律師會投訴何大明，指「片段中的人酷似他」。").blockSpeakers()).containsExactly("陳若薇");
    }
    @Test
    void sheGoesToTheWomanTheBlockNames() {
        assertThat(run("郑大军救人时，妹妹郑小兰也在现场。她说，哥哥一直是个热心人。").blockSpeakers()).containsExactly("郑小兰");
        assertThat(run("郑大军救人时，妹妹郑小兰也在现场。他说，救人是应该的。").blockSpeakers()).containsExactly("郑大军");
    }
    @Test
    void theNameBeforeATimeWordOrAnAdverbActsForAVerbAfterTheComma() {
        assertThat(run("何大明的選舉對手、落敗的公屋聯會鄭小峰早前提出選舉呈請，指宣傳單張屬抹黑。").blockSpeakers())
                .containsExactly("鄭小峰");
        assertThat(run("前立法會議員、某會創辦人邵小臻亦有份撰寫求情信，指被告協助囚友。").blockSpeakers())
                .containsExactly("邵小臻");
    }
    @Test
    void unlabelledAnswersAfterAnInterviewersQuestionAreTheIntervieweesWords() {
        SpeakerAnalysis a = run("本報專訪了河畔大學校長陳大文，以下是訪問內容。", "問：你怎樣看今年的招生？",
                "今年的情況不錯，我們收到的申請比去年多。", "問：未來有甚麼計劃？", "我們會繼續擴展研究。");
        assertThat(a.blockSpeakers()).containsExactly(null, null, "陳大文", null, "陳大文");
        SpeakerAnalysis dash = run("河畔大學校長陳大文接受本報專訪。", "——你怎樣看今年的招生？", "今年的情況不錯，申請比去年多。");
        assertThat(dash.blockSpeakers()).containsExactly(null, null, "陳大文");
        assertThat(run("問：你怎樣看今年的招生？", "今年的情況不錯，申請比去年多。").blockSpeakers())
                .as("nobody introduced as interviewed").containsExactly(null, null);
    }
    @Test
    void aLatinPlatformClosesASetting() {
        assertThat(run("議員陳大文，日前在Facebook稱，「我們會繼續努力。」").blockSpeakers()).containsExactly("陳大文");
    }
    @Test
    void wordsQuotedAfterAClauseWithoutASpeechVerbAreTheSentenceSubjects() {
        assertThat(run("16歲的兒子陳小明對電腦有興趣，正考證照，「畢業後要快點工作撐家。」").blockSpeakers())
                .containsExactly("陳小明");
        assertThat(run("▲陳小明喜歡修裝電腦，「畢業後要快點工作撐家。」").blockSpeakers()).containsExactly("陳小明");
        assertThat(run("用毛刷浸润漆料，而后均匀刷开，“一步出错就得重来，反复试了好几次。”郑鸿明准备拍摄一个短视频。").blockSpeakers())
                .containsExactly("郑鸿明");
        assertThat(run("長期關懷陳家的社工則說，陳家兒女很懂事，「我們每月會送物資。」").blockSpeakers())
                .containsExactly((String) null);
    }
    @Test
    void aDeliveryRiderCalled小哥IsTitledAndSpeaksThroughAColon() {
        SpeakerAnalysis a = run("接过春联、“福”字、大礼包，外卖小哥宋小成笑逐颜开：“平时我们都是给别人送餐。”");
        assertThat(a.blockSpeakers()).containsExactly("宋小成");
        assertThat(a.speaker("宋小成").orElseThrow().titles()).containsExactly("外卖小哥");
    }
    @Test
    void holdingAPressConferenceStandsBetweenTheSpeakerAndTheVerb() {
        assertThat(run("陳大文今日召開記者會表示，車長工作時間過長。").blockSpeakers()).containsExactly("陳大文");
        assertThat(run("張建文召開防疫措施記者會時指，中央已答應請求。").blockSpeakers()).containsExactly("張建文");
        assertThat(run("陳大文今日舉行記者會時表示，會跟進。").blockSpeakers()).containsExactly("陳大文");
    }
    @Test
    void anHourAfterATimeWordStandsBetweenTheSpeakerAndTheVerb() {
        assertThat(run("河畔關注組昨晚11時許表示，已收到消息。").blockSpeakers()).containsExactly("河畔關注組");
        assertThat(run("陳大文今早9時表示，會出席會議。").blockSpeakers()).containsExactly("陳大文");
    }
    @Test
    void aPronounAfterASurnameStandingAloneAsTheSubjectIsThatPersons() {
        SpeakerAnalysis a = run("消防隊長邱大生供稱，他當日被派往火場。", "死者許小傑表示，要入火場。",
                "未幾，邱在火場內看到其他隊的消防員。他當時認為對方是來接更。");
        assertThat(a.blockSpeakers()).containsExactly("邱大生", "許小傑", "邱大生");
    }
    @Test
    void allegedlyBetweenANameAndTheVerbIsNoPartOfTheName() {
        assertThat(names(run("前議員林卓明疑披露調查資料，他表示會答辯。"))).doesNotContain("林卓明疑", "卓明疑");
    }
    @Test
    void sheStandsForNoPersonTheTextMarksAsAMan() {
        SpeakerAnalysis a = run("陳美華說，家中經濟緊絀。", "因家計緊絀，兒子阿勳考上高中時不想增加她負擔，但她覺得學歷很重要。");
        assertThat(names(a)).containsExactly("陳美華");
        assertThat(a.blockSpeakers()).containsExactly("陳美華", "陳美華");
    }
    @Test
    void aPronounAfterACreditBetweenTwoParagraphsStandsForThePersonBeforeIt() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(List.of(BlockKind.PARAGRAPH, BlockKind.BYLINE, BlockKind.PARAGRAPH),
                List.of("36歲的阿玲逗兒子：「阿義，媽媽愛你耶！」", "報導•攝影╱張大明", "她說，今年7月兒子遇上車禍。")));
        assertThat(a.blockSpeakers()).containsExactly("阿玲", null, "阿玲");
    }
    @Test
    void anAnnouncementInAClauseEndingWithAfterOnlyDatesWhatFollows() {
        assertThat(run("陳大文宣布明日不提交動議後，議員即放軟態度。李小明表示，做法可取。").blockSpeakers()).containsExactly("李小明");
        assertThat(run("陳大文稱去年被捕後，在警署聽到警方的說話。").blockSpeakers()).containsExactly("陳大文");
    }
    @Test
    void describingAndPersuadingReportWords() {
        assertThat(run("陳大文描述，當時情況很混亂。").blockSpeakers()).containsExactly("陳大文");
        assertThat(run("村党支部书记王大明劝说村民，种植能增收。").blockSpeakers()).containsExactly("王大明");
    }
    @Test
    void aShortActAfterACommaLeavesTheVerbToTheSentencesSubject() {
        assertThat(run("63歲的王林鳳珠頂著烈日整理空寶特瓶，嘆了口氣說，丈夫今年中風。").blockSpeakers()).containsExactly("王林鳳珠");
        assertThat(names(run("他一開始跟我見面。經進一步了解，他除了覺得做警察好威，能夠搗破罪案。"))).isEmpty();
    }
    @Test
    void aFriendBeforeAFamiliarNameIsARelation() {
        assertThat(run("阿梅同鄉友人阿涵說，阿梅個性內向。").blockSpeakers()).containsExactly("阿涵");
    }
    @Test
    void anAgeBeforeAFamiliarNameMarksAPerson() {
        assertThat(run("「妹，小聲一點啦！」8歲小怜對4歲妹妹說。").blockSpeakers()).containsExactly("小怜");
        assertThat(names(run("3歲小孩說，很好玩。"))).isEmpty();
    }
    @Test
    void wordsShoutedAreSpeech() {
        assertThat(run("讀小五的何家明返家，嚷著肚子餓要吃飯。").blockSpeakers()).containsExactly("何家明");
        assertThat(run("何家明焦急起来，大声嚷道，“怕什么？”").blockSpeakers()).containsExactly("何家明");
        assertThat(run("何家明隨即大叫：「快走！」").blockSpeakers()).containsExactly("何家明");
        assertThat(run("何家明離開法庭時高呼「大家撐住」。").blockSpeakers()).containsExactly("何家明");
    }
    @Test
    void aShortClauseEndingWithAfterOrWhenOnlyDatesTheSubjectAfterIt() {
        assertThat(run("放學後，何家明返家，說肚子餓。").blockSpeakers()).containsExactly("何家明");
        assertThat(run("訪問時，鄰居何伯伯正好路過，告訴記者，這裡以前是農田。").blockSpeakers()).containsExactly("何伯伯");
        assertThat(run("2020年河畔條例生效後，何大文向兩間中學家長發信，指學校不是政治組織。").blockSpeakers()).containsExactly("何大文");
    }
    @Test
    void aBodyThatAnswersOrWritesBeforeACommaSpeaksThroughTheVerbAfterIt() {
        assertThat(run("衞生署回答立法會議員質詢，指撥款是按需要分配。").blockSpeakers()).containsExactly("衞生署");
        assertThat(run("衞生署發信給議員，指撥款是按需要分配。").blockSpeakers()).containsExactly("衞生署");
        assertThat(run("團隊現時不定期舉辦寫信班，呼籲大眾寫信支援在囚人士。").blockSpeakers()).containsOnlyNulls();
    }
    @Test
    void anOpeningStatementIsASettingAndToDeclareIsToSpeak() {
        assertThat(run("警司何大文在開場白指，大部分被捕人士已獲保釋。").blockSpeakers()).containsExactly("何大文");
        assertThat(run("何大文去年一再申明，不會要求參選人簽署承諾書。").blockSpeakers()).containsExactly("何大文");
    }
    @Test
    void newYearsDayIsATimeWordAfterAName() {
        assertThat(names(run("“没想到，新年第一天就能用上新电脑。”消费者王伟元旦上午在商场下单时说。"))).containsExactly("王伟");
    }
    @Test
    void aMeetingNamedInFullSpeaksButASettingDoesNot() {
        assertThat(run("河畔省经济工作会议提出，“降低全社会物流成本”。").blockSpeakers()).containsExactly("河畔省经济工作会议");
        assertThat(run("陳大文在立法會會議表示，很好。").blockSpeakers()).containsExactly("陳大文");
        assertThat(run("陳大文昨天在個人Facebook發文說，是時候對話。").blockSpeakers()).containsExactly("陳大文");
    }
}
