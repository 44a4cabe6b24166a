package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pizhu.speakers.SpeakerRuns.names;
import static org.pizhu.speakers.SpeakerRuns.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.document.BlockKind;

/**
 * Rules of issue 15's fourth tuning round, each on made-up sentences: every test fails without its rule.
 */
class GeneralCueRulesTest {
    private final SpeakerAnalyzer analyzer = new SpeakerAnalyzer();



    @Test
    void counselQuestioningAWitnessTakesPartButTheWordsStayTheWitnesss() {
        SpeakerAnalysis a = run("證人尹大偉表示，當日火場狹窄。", "在家屬代表大狀曾藹琪查問下，尹透露他於2010年加入技術支援組。");
        assertThat(names(a)).containsExactlyInAnyOrder("尹大偉", "曾藹琪");
        assertThat(a.blockSpeakers()).containsExactly("尹大偉", "尹大偉");
    }
    @Test
    void aQuotationOpeningTheParagraphIsThePersonsWhoActsAfterAQuotedTerm() {
        SpeakerAnalysis a = run("“这批茶叶长势好，制成的茶叶味儿更香。”浙江绍兴市覆卮山，“新农人”周小炜捧着嫩芽细细查看。");
        assertThat(a.blockSpeakers()).containsExactly("周小炜");
    }
    @Test
    void whoCitesASourceThatNamesNobodySpeaksAndANamedSourceSpeaksItself() {
        assertThat(run("陳大文引述外國經驗說，改革需時。", "他援引數據指，情況惡化。").blockSpeakers()).containsExactly("陳大文", "陳大文");
        assertThat(run("何志強引述黃小明回應指，暫時不會表態。").blockSpeakers()).containsExactly("黃小明");
    }
    @Test
    void aPassiveQuestionAfterACommaLeavesTheWordsToTheSentencesFirstPerson() {
        assertThat(run("主教陳大明接受訪問，被問到梵蒂岡對修例可有意見時說：「不知道。」").blockSpeakers()).containsExactly("陳大明");
        assertThat(run("司長張小強出席會議，被問到政府有否決定措施時說，會議只是例行。").blockSpeakers()).containsExactly("張小強");
    }
    @Test
    void whoeverConductsAnInterviewTheSpeakerGaveDoesNotSpeak() {
        assertThat(run("委員會副主任梁大詩，接受民主黨劉小卿訪問時表示，人大有監督權。").blockSpeakers()).containsExactly("梁大詩");
        assertThat(run("梁大詩接受電台主持人陳大明專訪時表示，人大有監督權。").blockSpeakers()).containsExactly("梁大詩");
    }
    @Test
    void aDirectiveAndWhatItIsAboutStandBetweenTheSpeakerAndTheVerb() {
        assertThat(run("王大明主席近日对“十四五”规划编制工作作出重要指示强调，要广泛听取意见。").blockSpeakers()).containsExactly("王大明");
        assertThat(run("王大明作出重要批示指出，要确保安全。").blockSpeakers()).containsExactly("王大明");
    }
    @Test
    void aShortActWithAnAspectMarkerStandsBetweenTheNameAndTheVerb() {
        assertThat(run("楊晶美嘆了口氣說，丈夫今年2月腦出血中風。").blockSpeakers()).containsExactly("楊晶美");
        assertThat(run("陳大文笑着說：「沒有問題。」").blockSpeakers()).containsExactly("陳大文");
        assertThat(run("陳惠芬看著丈夫的遺照說，丈夫今年病逝。").blockSpeakers()).containsExactly("陳惠芬");
        assertThat(run("張大展前往了據稱是殯儀館的地方，拍下片段。").blockSpeakers()).containsExactly((String) null);
    }
    @Test
    void whoIsAddressedOrLookedAtBeforeTheVerbDoesNotSpeak() {
        assertThat(run("黃大季輕聲地對妻子吳淑芳說：「加件外套。」").blockSpeakers()).containsExactly("黃大季");
        assertThat(run("鄧秀美看著一旁熟睡的長子阿偉說：「22年前，我抱著他。」").blockSpeakers()).containsExactly("鄧秀美");
        assertThat(run("彥霖向其同學趙大誼表示她需要收拾儲物櫃。").blockSpeakers()).containsExactly((String) null);
        assertThat(run("市文化和旅游局对外合作和交流处处长肖小瑜介绍，入境游客增长。").blockSpeakers()).containsExactly("肖小瑜");
        assertThat(run("著名學者陳大文說，經濟會好轉。").blockSpeakers()).containsExactly("陳大文");
        assertThat(run("「木啟，你動一動。」彭香蓮對她丈夫林木啟說著。").blockSpeakers()).containsExactly("彭香蓮");
        assertThat(run("「木啟，你動一動。」彭香蓮對她先生林木啟說著。").blockSpeakers()).containsExactly("彭香蓮");
        assertThat(run("議員向時任特首梁大英表示不滿。", "他們向當時胡大中樞機提出建議。").blockSpeakers()).containsOnlyNulls();
        assertThat(run("「阿嬤，你要多吃一點啦！」15歲小芳對65歲阿嬤許大麥說著。").blockSpeakers()).containsExactly("小芳");
        assertThat(run("「阿嬤，你要多吃一點！」小芳對阿嬤許大麥說。").blockSpeakers()).containsExactly("小芳");
    }
    @Test
    void whatFollowsInYourViewIsYourOpinion() {
        assertThat(run("在邓小怡看来，研学导师要像教师一样具备扎实的学科知识。").blockSpeakers()).containsExactly("邓小怡");
        assertThat(run("在陳大文看來這是好事。").blockSpeakers()).containsExactly((String) null);
        assertThat(run("在河畔考古学会理事长陈星灿看来，城垣的发现可谓纲举目张。").blockSpeakers()).containsExactly("陈星灿");
        assertThat(run("“我们给成员提供技术支持。”邵辉说。", "“以前我养的是商品鱼。”在张顺江看来，抱团发展，自己更安心。")
                .blockSpeakers()).containsExactly("邵辉", "张顺江");
    }
    @Test
    void forSomeoneIsNoSpeechButRecallingIs() {
        assertThat(names(run("对于一场直播盛宴来说，准备最重要。", "對我來說，這是好事。", "中央屬意林鄭之說流傳。"))).isEmpty();
        SpeakerAnalysis a = run("退休教师李海明回忆，当年学校只有两间课室。");
        assertThat(a.blockSpeakers()).containsExactly("李海明");
        assertThat(names(run("李海明回忆起当年，不禁流泪。"))).isEmpty();
    }
    @Test
    void aPronounWithANegationOrANameRightAfterItAndAQuestionAboutWordsAreNoSpeakers() {
        assertThat(names(run("检查不出来，他无法相信。"))).isEmpty();
        assertThat(names(run("每当她练琴觉得无聊的时候，母亲总会陪着她。"))).isEmpty();
        assertThat(names(run("教练对球员说了啥？下半场判若两人。", "姚大明對隊友說了甚麼？"))).isEmpty();
        assertThat(names(run("最高檢表示，案件會繼續調查。"))).containsExactly("最高檢");
    }
    @Test
    void aBodySpeaksThroughTheNoticeItPublishes() {
        assertThat(run("河畔市公安局官微发布消息称，近日一名民警被停机。").blockSpeakers()).containsExactly("河畔市公安局");
        assertThat(run("山邊鐵路公司發出緊急通告指，列車服務暫停。").blockSpeakers()).containsExactly("山邊鐵路公司");
        assertThat(run("河畔市教育局此前通报称，学生已出院。").blockSpeakers()).containsExactly("河畔市教育局");
        assertThat(names(run("河畔市公安局发布消息。"))).isEmpty();
    }
    @Test
    void analysingAndRememberingReportSpeech() {
        assertThat(run("李大明分析道，市场会扩大。").blockSpeakers()).containsExactly("李大明");
        assertThat(run("李大明还记得，“老爷子不落伍。”").blockSpeakers()).containsExactly("李大明");
        assertThat(names(run("李大明记得那家店。"))).isEmpty();
    }
    @Test
    void aSubHeadingTypedAsAParagraphReportsNobodysWords() {
        SpeakerAnalysis a = run("医生李大明还说，“七八岁小孩没啥恶意。”", "“无法用科学解释”", "北街乡的学校排名靠前。");
        assertThat(a.blockSpeakers()).containsExactly("李大明", null, null);
        assertThat(BlockShapes.readsAsHeading("“无法用科学解释”")).isTrue();
        assertThat(BlockShapes.readsAsHeading("“好，我去。”")).isFalse();
    }
    @Test
    void anActOfCommunicatingMayStandBeforeCheng() {
        assertThat(run("随后董大明在社交平台上发文道歉称：“会继续努力。”").blockSpeakers()).containsExactly("董大明");
        assertThat(run("河畔集团于27日对外回应称，公司将改进。").blockSpeakers()).containsExactly("河畔集团");
        assertThat(names(run("河畔集团大楼称得上宏伟。"))).isEmpty();
        assertThat(run("東區民政事務處傍晚回覆查詢時表示，會議將押後。").blockSpeakers()).containsExactly("東區民政事務處");
        assertThat(run("美國總統白禮文2日凌晨在社交媒體發文說，他已確診。").blockSpeakers()).containsExactly("白禮文");
        assertThat(run("資深大律師戴大思陳詞指，被告無意犯案。").blockSpeakers()).containsExactly("戴大思");
        assertThat(run("发言人王大明对此表示，产量会增加。").blockSpeakers()).containsExactly("王大明");
    }
    @Test
    void aSpeakerMaySpeakWhileActingAndYesterday() {
        assertThat(run("法官陳廣明判刑時指，案情嚴重。").blockSpeakers()).containsExactly("陳廣明");
        assertThat(run("區域經理黃家明昨供稱，當日很亂。").blockSpeakers()).containsExactly("黃家明");
        assertThat(run("裁判官何文華表示，會押後宣判。", "何官分析證供時指出，片段清楚。").blockSpeakers())
                .containsExactly("何文華", "何文華");
    }
    @Test
    void wordsQuotedInAParagraphAboutTheLastSpeakerAreTheirs() {
        SpeakerAnalysis a = run("老演員林本昌坦誠地說：「當時我有些懷疑自己。」", "「表演，是值得我一輩子進取的事業。」在林本昌的住處，一塊牌匾尤其醒目。",
                "林本昌的住處很簡單。", "「表演很難。」書桌上有放大鏡和幾本書。");
        assertThat(a.blockSpeakers()).containsExactly("林本昌", "林本昌", null, null);
    }
    @Test
    void straightQuotesAsWebPagesTypeThemAreQuotations() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
                List.of("28岁的潜水员李海明说，这份工作很有趣。", "\"起初，这感觉很不自然，但慢慢就习惯了。\"")));
        assertThat(a.blockSpeakers()).containsExactly("李海明", "李海明");
        assertThat(QuoteSpans.of("他身高5\"，很高。").count()).isZero();
    }
    @Test
    void wordsToldToAnAddresseeTheRulesCannotNameAreTheSpeakers() {
        assertThat(run("副主任医师杨国明对某某新闻回忆说，当时检查过。").blockSpeakers()).containsExactly("杨国明");
        assertThat(run("學者李大明向本社記者們說，投票率很重要。").blockSpeakers()).containsExactly("李大明");
        assertThat(names(run("特區政府對他們沒有作出合理的解釋，市民不滿。"))).isEmpty();
        assertThat(names(run("十多間書商及出版社在書展閉幕日表示，營業額下跌。"))).isEmpty();
    }
    @Test
    void aQuotedTermAfterAColonIsNoSpeech() {
        SpeakerAnalysis a = run("記錄顯示，董事陳大文新任兩間公司的董事，分別為：「河畔」文化中心、山邊教育中心。");
        assertThat(names(a)).isEmpty();
        SpeakerAnalysis b = run("董事陳大文若有所思：「這件事，我們再談。」");
        assertThat(names(b)).containsExactly("陳大文");
    }
    @Test
    void aHeadingThatIntroducesAListGivesItsItemsToTheAuthorButQuestionsDoNot() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(
                List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
                List.of("如若不幸被捕，法政匯思李安然有以下提醒：", "1.市民沒有責任協助警方調查。", "2.律師未到場前，不要簽署任何文件。")));
        assertThat(a.blockSpeakers()).containsExactly(null, "李安然", "李安然");
        SpeakerAnalysis questions = analyzer.analyze(GoldDocuments.of(
                List.of(BlockKind.HEADING, BlockKind.PARAGRAPH),
                List.of("本報向前特首辦公室提出以下問題：", "1. 前特首何時申請？")));
        assertThat(questions.speakers()).isEmpty();
    }
    @Test
    void aHeadingThatIntroducesAStatementGivesTheParagraphsBelowToItsAuthor() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(
                List.of(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                        BlockKind.BYLINE),
                List.of("前局長陳大文今日發文，回應河畔公園的改建計劃。", "以下是陳大文的聲明全文：",
                        "1. 公園是街坊共有的地方。", "2. 改建前應先諮詢居民。", "本報記者")));
        assertThat(a.blockSpeakers()).containsExactly("陳大文", null, "陳大文", "陳大文", null);
        SpeakerAnalysis surnameAndTitle = run("落選的陳大文特地到場外會見記者，他表示不在乎。", "以下是陳官在場外發表演說全文：",
                "我誠心祝願新特首做得好。");
        assertThat(names(surnameAndTitle)).containsExactly("陳大文");
        assertThat(surnameAndTitle.blockSpeakers()).containsExactly("陳大文", null, "陳大文");
    }
    @Test
    void theBodyAskedSpeaksThroughTheReplyReceivedOrItsPressOfficer() {
        SpeakerAnalysis a = run("本報記者向河畔區議會查詢公園改建的進度，獲回覆指工程將於下月展開。");
        assertThat(names(a)).containsExactly("河畔區議會");
        assertThat(a.blockSpeakers()).containsExactly("河畔區議會");
        assertThat(names(run("本報記者向河畔區議會查詢公園改建的進度，未獲回覆。"))).isEmpty();
        assertThat(run("記者向教育局查詢批校舍條款，新聞主任指校舍由另一局批出。").blockSpeakers()).containsExactly("教育局");
    }
    @Test
    void aGivenNameInAHongKongVariantCharacterIsAName() {
        assertThat(names(run("何艷芳表示，會繼續努力。"))).containsExactly("何艷芳");
    }
    @Test
    void aPlatformPostedOnStandsBetweenTheSpeakerAndTheVerb() {
        assertThat(names(run("何艷芳在微博稱，會繼續維權。"))).containsExactly("何艷芳");
        SpeakerAnalysis a = run("陳大文表示，會上訴。", "何艷芳的案件受到關注，她在被捕前在微博稱，不會放棄。");
        assertThat(a.blockSpeakers()).containsExactly("陳大文", "何艷芳");
    }
    @Test
    void aCourtSpeaksThroughItsRuling() {
        SpeakerAnalysis a = run("河畔地院今日裁定被告須還押。河畔地院裁定指出，被告有潛逃之虞。",
                "裁定提及，被告曾多次出境。");
        assertThat(names(a)).containsExactly("河畔地院");
        assertThat(a.blockSpeakers()).containsExactly("河畔地院", "河畔地院");
        SpeakerAnalysis b = run("河畔警署表示，已拘捕一名男子。", "裁定提及，被告曾多次出境。");
        assertThat(b.blockSpeakers()).containsExactly("河畔警署", null);
    }
    @Test
    void aPronounRefersToThePersonIntroducedByARelationNoun() {
        SpeakerAnalysis a = run("陳大文表示，會上訴。", "記者聯絡到何艷芳的朋友李志強，他稱事件令人難過。");
        assertThat(a.blockSpeakers()).containsExactly("陳大文", "李志強");
    }
    @Test
    void aOneCharacterTimeWordWithItsBracketedDateStandsBeforeTheVerb() {
        assertThat(names(run("河畔區公安局今（8日）通報證實，已拘留一名男子。"))).containsExactly("河畔區公安局");
        assertThat(names(run("陳大文昨（7日）表示，會上訴。"))).containsExactly("陳大文");
        assertThat(run("針對法案通過，總統府發言人張惇涵今（28）日表示，會跟進。").blockSpeakers()).containsExactly("張惇涵");
        assertThat(run("財委會主席陳健波上周五向傳媒表示，將會每周開會。").blockSpeakers()).containsExactly("陳健波");
    }
    @Test
    void aTitlePhraseOpeningItsClauseStandsForThePersonNamedWithIt() {
        SpeakerAnalysis a = run("港島區選舉主任陳大文今日發出通知，取消何艷芳的參選資格。", "選舉主任質疑，何艷芳並非真心改變主張。");
        assertThat(a.blockSpeakers()).containsExactly(null, "陳大文");
        assertThat(names(run("承辦法官向其出示了片段。承辦法官表示，會再調查。"))).isEmpty();
    }
    @Test
    void aReduplicatedMannerWordTakesTheCharacterBeforeItsPair() {
        assertThat(names(run("村民陈茂笑眯眯地说，今年收成不错。"))).containsExactly("陈茂");
        assertThat(names(run("他慢慢地说，今年收成不错。"))).isEmpty();
    }
    @Test
    void anOrganisationOpeningTheSentenceWithADateSpeaksThroughAVerbAfterAComma() {
        assertThat(names(run("河畔區公安局上月25日引用條例第5條，指該團體須交出資料。"))).containsExactly("河畔區公安局");
        assertThat(names(run("河畔學生會4名成員上周聚集，並宣佈辭職。"))).isEmpty();
    }
    @Test
    void anInstitutionNamedWithItsSideSpeaksUnderItsName() {
        assertThat(names(run("▲河大校方宣佈取消活動。"))).containsExactly("河大");
        assertThat(names(run("河畔醫院院方表示，病人情況穩定。"))).containsExactly("河畔醫院");
    }
    @Test
    void verbsOfCriticismAccusationUrgingAndApologyReportSpeech() {
        assertThat(names(run("議員何艷芳狠批此舉無禮。"))).containsExactly("何艷芳");
        assertThat(names(run("陳大文駁斥「這是抹黑」。"))).containsExactly("陳大文");
        assertThat(names(run("議員陳小明促請政府撤回方案。"))).containsExactly("陳小明");
        assertThat(names(run("行政總裁梁大文就工程監管的不足向公眾致歉。"))).containsExactly("梁大文");
        assertThat(names(run("河畔公司指控對手抄襲設計。"))).containsExactly("河畔公司");
        assertThat(run("河畔联合大学校长雷兴山感慨，新突破不是来自量的积累。").blockSpeakers()).containsExactly("雷兴山");
        assertThat(run("雷兴山感慨地说，新突破不是来自量的积累。").blockSpeakers()).containsExactly("雷兴山");
    }
    @Test
    void restrictiveAndConcessiveAdverbsStandBetweenSpeakerAndVerb() {
        assertThat(names(run("林志強只表示，會再研究。"))).containsExactly("林志強");
        assertThat(names(run("林志强只表示，会再研究。"))).containsExactly("林志强");
        assertThat(names(run("陳美玲雖然認為計劃可行，但仍有保留。"))).containsExactly("陳美玲");
        assertThat(names(run("陈美玲虽然认为计划可行，但仍有保留。"))).containsExactly("陈美玲");
        assertThat(names(run("▲王小明賽後只希望回家陪伴家人。"))).containsExactly("王小明");
    }
    @Test
    void aParagraphEndingInASpeechVerbAndAColonHandsItsSpeakerToTheParagraphsBelow() {
        BlockKind p = BlockKind.PARAGRAPH;
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(List.of(p, p, p, BlockKind.CAPTION, p),
                List.of("陳大文表示，計劃會如期推行。他續說：", "我們不會放棄，會繼續努力爭取。", "We will not give up.",
                        "▲會場外的橫額。", "天氣轉涼，市民外出要注意保暖。")));
        assertThat(a.blockSpeakers()).containsExactly("陳大文", "陳大文", "陳大文", null, null);
        SpeakerAnalysis b = analyzer.analyze(GoldDocuments.of(List.of(p, p),
                List.of("陈大文表示，计划会如期推行。他续说：", "我们不会放弃，会继续努力争取。")));
        assertThat(b.blockSpeakers()).containsExactly("陈大文", "陈大文");
        SpeakerAnalysis c = analyzer.analyze(GoldDocuments.of(List.of(p, p),
                List.of("陳大文表示，計劃會如期推行。", "天氣轉涼，市民外出要注意保暖。")));
        assertThat(c.blockSpeakers()).containsExactly("陳大文", null);
    }
    @Test
    void aJudgeNamedBySurnameAndTheHonorificForJudgesKeepsSpeakingAfterAnAdverb() {
        SpeakerAnalysis a = run("裁判官郭大文表示，案件後果嚴重。",
                "郭官續指，被告雖然認罪，但刑期仍須反映罪行的嚴重性。");
        assertThat(names(a)).containsExactly("郭大文");
        assertThat(a.blockSpeakers()).containsExactly("郭大文", "郭大文");
    }
    @Test
    void aSurnameBeforeAVerbOfCitingIsNoNameWithTheVerb() {
        SpeakerAnalysis a = run("議員陳大文早前到現場視察，保安員走出來與其交談。陳引述對方指，工程尚未開始。");
        assertThat(names(a)).doesNotContain("陳引", "陳引述");
    }
    @Test
    void toPersuadeIsNoSpeech() {
        SpeakerAnalysis a = run("這些事件反映了制度的缺失，無法說服年輕一代接受。");
        assertThat(names(a)).isEmpty();
    }
    @Test
    void aWholeQuotationAfterAParagraphAboutTheStorysPersonIsTheirs() {
        SpeakerAnalysis a = run("去年冬天，陳大文在河畔開了一家小店。", "陳大文猶豫了很久。", "“家裏人都反對，我該怎麼說？”",
                "最後，陳大文還是決定開業。");
        assertThat(a.blockSpeakers()).containsExactly(null, null, "陳大文", null);
        assertThat(run("陳大文猶豫了很久。", "“家裏人都反對，我該怎麼說？”").blockSpeakers())
                .as("a name the story never names again").containsExactly(null, null);
        assertThat(run("陳大文猶豫了很久。", "“光明磊落”", "陳大文後來開業。").blockSpeakers())
                .as("a quoted phrase is no speech").containsExactly(null, null, null);
    }
    @Test
    void aBodySpeaksThroughANoticeOrAnActOnItsOwnAccount() {
        assertThat(names(run("河畔市公安局发布警情通报称，嫌疑人已被抓获。"))).containsExactly("河畔市公安局");
        assertThat(names(run("河畔市教育局官方微博通报称，涉事教师已停职。"))).containsExactly("河畔市教育局");
        assertThat(names(run("陈大文微博称，涉事教师已停职。"))).as("an account ends no name").containsExactly("陈大文");
    }
    @Test
    void heOrSheIsTheLastPersonWhoSpokeNeverAnOrganisationInBetween() {
        SpeakerAnalysis a = run("學者陳大文表示，演習規模有限。", "河畔市政府突然宣布，演習延期。", "他認為，這是政治表態。");
        assertThat(a.blockSpeakers()).containsExactly("陳大文", "河畔市政府", "陳大文");
        assertThat(run("河畔市政府宣布，演習延期。", "他認為，這是政治表態。").blockSpeakers())
                .containsExactly("河畔市政府", null);
    }
    @Test
    void aDemandBeforeACommaIsSpeechButARequestSomethingWasDoneAtIsNot() {
        assertThat(names(run("陳大文要求，各部門要抓好落實。"))).containsExactly("陳大文");
        assertThat(names(run("陳大文要求政府道歉。"))).isEmpty();
        assertThat(names(run("河畔公司已應政府要求，委任獨立專家調查。"))).isEmpty();
        assertThat(names(run("出版社應河畔大學教授陳大文要求，組織座談會。"))).isEmpty();
        assertThat(names(run("河畔市应急管理局要求，各区加强巡查。"))).containsExactly("河畔市应急管理局");
    }
    @Test
    void anArticleSpeaksForItsAuthorNamedWhereItWasPublished() {
        SpeakerAnalysis a = run("1月1日，《河畔》雜誌發表陳大文主席的重要文章，作了深入闡述。", "文章指出，要堅定信心。");
        assertThat(a.blockSpeakers()).containsExactly(null, "陳大文");
        assertThat(run("河畔日報發表評論員文章。", "文章強調，要堅定信心。").blockSpeakers())
                .as("an unsigned article speaks for its publisher").containsExactly(null, "河畔日報");
        assertThat(run("文章指出，要堅定信心。").blockSpeakers()).as("no author named").containsExactly((String) null);
    }
    @Test
    void anInterviewersLineEndsAStatementABodyPublished() {
        SpeakerAnalysis a = run("河畔電台刊載陳大文訪談的文字記錄：", "記者：您認為研究還不夠全面嗎？", "陳大文：研究已經多年。");
        assertThat(a.blockSpeakers()).containsExactly(null, null, "陳大文");
    }
    @Test
    void aBracketedAsideAfterANameKeepsItBeforeAnUnnamedAddressee() {
        assertThat(names(run("學生小麗（化名）向某某新聞稱，事發當天她在場。"))).containsExactly("小麗");
    }
    @Test
    void aLongQuotedClauseBeforeACommaAndASubjectIsTheirWords() {
        assertThat(run("念念不忘。「心中那團火一直沒有熄滅」，陳大文於九十歲遞交了申請書。").blockSpeakers()).containsExactly("陳大文");
        assertThat(run("念念不忘。「一國兩制」，陳大文於九十歲遞交了申請書。").blockSpeakers())
                .as("a short quoted term").containsExactly((String) null);
    }
    @Test
    void aTitledNameEndingLikeAnArmyIsAPerson() {
        SpeakerAnalysis a = run("河畔公司董事長吳亞軍表示，業績理想。");
        assertThat(names(a)).containsExactly("吳亞軍");
        assertThat(a.speaker("吳亞軍").orElseThrow().titles()).containsExactly("河畔公司董事長");
        assertThat(names(run("中國人民解放軍表示，演習順利。"))).containsExactly("中國人民解放軍");
        assertThat(names(run("個人資料私隱專員公署表示，會跟進投訴。"))).containsExactly("個人資料私隱專員公署");
        SpeakerAnalysis b = run("帶領集團上市的吳亞軍，在業績會上表示，業績理想。");
        assertThat(b.speaker("吳亞軍").orElseThrow().kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(run("路政署表示，工程順利。").speaker("路政署").orElseThrow().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }
    @Test
    void aSecurityGuardIsATitle() {
        SpeakerAnalysis a = run("这时，医院保安于晶景快步赶了过来。", "于晶景说：“别怕，我来帮你。”");
        assertThat(a.speaker("于晶景").orElseThrow().titles()).containsExactly("医院保安");
    }
    @Test
    void aJudgeSpeaksThroughSentencingAndASurnameWithAnHonorificIsNoThreeCharacterName() {
        assertThat(run("▲郭官判刑指，本案發生時，香港已經歷動盪。").blockSpeakers()).containsExactly("郭官");
        assertThat(run("上訴庭早前裁決說，立法原意不可能是破壞秩序。").blockSpeakers()).containsExactly("上訴庭");
        assertThat(run("郭官今(15日)裁定上訴得直，指沒有片段拍到上訴人。").blockSpeakers()).containsExactly("郭官");
        assertThat(names(run("郭官引述案例指，被告須負全責。"))).doesNotContain("郭官引");
        assertThat(names(run("監警會秘書長俞官興表示，會跟進。"))).containsExactly("俞官興");
        assertThat(names(run("衞生署表示，會跟進個案。"))).doesNotContain("衞生");
    }
    @Test
    void namingOrNotNamingStandsBetweenABodyAndItsVerbAndAPronounAfterAPrepositionIsNoSubject() {
        assertThat(run("警方不點名透露，被凍結戶口涉款約85萬元。").blockSpeakers()).containsExactly("警方");
        assertThat(run("连共青团中央都不点名批评，称这种言论是错误的。").blockSpeakers()).containsExactly("共青团中央");
        SpeakerAnalysis a = run("評論員陳大文表示，局勢緊張。", "新書提到「某先生」經常向他透露一些內部講話。");
        assertThat(a.blockSpeakers()).containsExactly("陳大文", null);
    }
    @Test
    void afterATimeWord曾IsTheAdverbAndTheNewspapersAreAnAddressee() {
        assertThat(run("區大文早前曾向報章承認是候補人選。").blockSpeakers()).containsExactly("區大文");
        assertThat(names(run("他們所以曾發出聲明指會留守現場。"))).doesNotContain("曾發");
    }
    @Test
    void andOthersStandsBetweenTheFirstNamedAndTheVerb() {
        assertThat(run("國安法生效前，陳大文等人宣布退出政壇。").blockSpeakers()).containsExactly("陳大文");
    }
    @Test
    void toConfirmReportsWordsWhenAClauseFollows() {
        assertThat(run("陳大文在前日會見選委時確認，支持者「愈來愈少」。").blockSpeakers()).containsExactly("陳大文");
        assertThat(names(run("陳大文確認感染後留院治療。"))).isEmpty();
    }
    @Test
    void aProfessionalTitleIsNoSpeechVerb() {
        assertThat(names(run("从基层员工，到拥有电气高级工程师职称的企业工程部经理，湘乡人陈耀明的职业生涯伴随着产业发展。"
                + "“2022年11月，我拿到电气高级工程师职称，工资也涨了不少。”陈耀明说。"))).containsExactly("陈耀明");
    }
}
