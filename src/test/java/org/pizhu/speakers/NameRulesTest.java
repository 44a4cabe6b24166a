package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pizhu.speakers.SpeakerRuns.names;
import static org.pizhu.speakers.SpeakerRuns.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.document.BlockKind;

/**
 * The name and cue rules of issue 15, on made-up sentences in both scripts: name statistics, plausibility, married
 * and familiar names, courtesy forms, settings, dialogue lines, defined abbreviations, quotations followed by their
 * speaker, and credits.
 */
class NameRulesTest {
    private final SpeakerAnalyzer analyzer = new SpeakerAnalyzer();



    @Test
    void rarerSurnamesFromTheTableAndGivenNamesThatLookLikeGivenNames() {
        assertThat(names(run("研究员全汉炎说，孩子们进步很快。"))).containsExactly("全汉炎");
        assertThat(names(run("肖新光表示，环境越来越好。"))).containsExactly("肖新光");
        assertThat(names(run("措施特别提出，提高支付能力。"))).isEmpty();
    }
    @Test
    void afterATitleAGivenNameMayOpenWithACharacterOtherwiseKeptOutOfNames() {
        assertThat(names(run("鐵路公司主席葉時康表示，票價不變。"))).containsExactly("葉時康");
        assertThat(names(run("兒科醫生林以強指出，疫苗安全。"))).containsExactly("林以強");
        assertThat(names(run("葉時康表示，票價不變。"))).isEmpty();
        assertThat(names(run("大律師公會共發表了三份聲明。"))).doesNotContain("公會共");
        assertThat(names(run("前高官陳方美生表示，會繼續發聲。"))).containsExactly("陳方美生");
    }
    @Test
    void aNameReadOnlyAfterItsTitleIsKnownLaterInTheDocument() {
        SpeakerAnalysis a = run("鐵路公司主席葉時康表示，票價不變。", "記者會後，葉時康指，明年再檢討。");
        assertThat(a.blockSpeakers()).containsExactly("葉時康", "葉時康");
        assertThat(names(run("記者會後，葉時康指，明年再檢討。"))).isEmpty();
    }
    @Test
    void aTitleWrittenRightAfterTheNameIsTheirs() {
        SpeakerAnalysis a = run("今年两会期间，王大明总书记在参加代表团审议时了解了情况。", "王大明说：“要坚持创新。”");
        assertThat(a.speaker("王大明").orElseThrow().titles()).contains("总书记");
        SpeakerAnalysis b = run("林大邦醫生曾到場。", "林大邦表示，疫苗安全。");
        assertThat(b.speaker("林大邦").orElseThrow().titles()).contains("醫生");
    }
    @Test
    void aWordEndingIn會AfterASideOrAnOpportunityIsNoOrganisation() {
        assertThat(names(run("院方會提醒員工須妥善存放病人資料。"))).doesNotContain("院方會");
        assertThat(names(run("也沒有給予周庭機會回應，認為選舉主任的決定不公。"))).doesNotContain("庭機會");
    }
    @Test
    void aNameAndTitleAfterARelativeClauseSpeak() {
        SpeakerAnalysis a = run("曾任急症室主管多年、2010年退休的鍾展鴻醫生接受查詢時指出，港人應留意。");
        assertThat(a.blockSpeakers()).containsExactly("鍾展鴻");
    }
    @Test
    void 雲IsAGivenNameCharacterInTraditionalText() {
        assertThat(run("議員黃碧雲表示，政府應交代。").blockSpeakers()).containsExactly("黃碧雲");
        assertThat(run("退休教授陸雲接受訪問時表示，兩岸仍有僵局。").blockSpeakers()).containsExactly("陸雲");
    }
    @Test
    void policeRanksAndSiblingsAreTitles() {
        assertThat(run("當地派出所巡佐邵清琴說，李家老殘幼。").speaker("邵清琴").orElseThrow().titles())
                .anyMatch(title -> title.endsWith("巡佐"));
        assertThat(run("次被告胞妹鍾梓晴供稱，案發當日在尖沙咀。").speaker("鍾梓晴").orElseThrow().titles())
                .anyMatch(title -> title.endsWith("胞妹"));
    }
    @Test
    void afterATitleAGivenNameMayBeACommonWord() {
        assertThat(run("外交部发言人毛文明表示，中方坚决反对。").blockSpeakers()).containsExactly("毛文明");
    }
    @Test
    void aVerbBeforeATitleIsNotPartOfIt() {
        SpeakerAnalysis a = run("杂志将发表市长王大明的重要文章。", "王大明指出，要加强学习。");
        assertThat(a.speaker("王大明").orElseThrow().titles()).containsExactly("市长");
        SpeakerAnalysis b = run("总理昨日会见副市长李小华。", "李小华表示，合作会加深。");
        assertThat(b.speaker("李小华").orElseThrow().titles()).containsExactly("副市长");
    }
    @Test
    void surnamesRarerThanTwentyInTheTableMakeNamesWhenTheDocumentRepeatsThem() {
        assertThat(names(run("蹇志明表示，工程進度良好。", "蹇志明認為，明年可以完工。"))).containsExactly("蹇志明");
        assertThat(names(run("有些分析認為，經濟會轉好。", "有些分析認為，息口會上升。"))).isEmpty();
        assertThat(names(run("主控官質疑，被告沒有申報。", "主控官續指，租約有問題。"))).isEmpty();
    }
    @Test
    void aTitleBeforeAForeignNameIsNoPartOfIt() {
        assertThat(names(run("協會主席伊利夏提說，情況很差。"))).containsExactly("伊利夏提");
        assertThat(names(run("調查局局長雷伊稱，中國試圖滲透。", "雷伊說，竊密嚴重。"))).containsExactly("雷伊");
        assertThat(names(run("他亦默默點頭地說：「我覺得很難。」"))).doesNotContain("默默");
    }
    @Test
    void aForeignNameWhoseEndLooksChineseIsReadWhole() {
        assertThat(names(run("隊中的球員佩羅斯表示，比賽很艱難。"))).containsExactly("佩羅斯");
        assertThat(names(run("一名游客安德罗斯说，风景很美。"))).containsExactly("安德罗斯");
        assertThat(names(run("记者罗斯说，风景很美。"))).containsExactly("罗斯");
        assertThat(names(run("議員克林森表示，法案必須通過。"))).containsExactly("克林森");
        assertThat(names(run("議員林森表示，法案必須通過。"))).containsExactly("林森");
    }
    @Test
    void aNameWithMiddleDotsIsReadWholeWhateverItsCharacters() {
        assertThat(names(run("美國總統保羅·沃克表示，會再研究。"))).containsExactly("保羅·沃克");
        assertThat(names(run("演员西蒙·杨说，拍摄很顺利。"))).containsExactly("西蒙·杨");
        assertThat(names(run("一名學生保羅·沃克說，學校很好。"))).doesNotContain("一名學生保羅·沃克");
        assertThat(names(run("运输协会主席贝克米拉特·埃耶别季耶夫说，车很好。"))).containsExactly("贝克米拉特·埃耶别季耶夫");
        assertThat(names(run("今年參加比賽的學生保羅·沃克說，學校很好。"))).containsExactly("保羅·沃克");
    }
    @Test
    void aTransliteratedNameWithAMostlyForeignCharacterNeedsNoLeftEdge() {
        assertThat(names(run("一名學生卡洛斯說，學校很好。"))).containsExactly("卡洛斯");
        assertThat(names(run("政府多次承諾說，會改善。"))).isEmpty();
    }
    @Test
    void aTransliteratedNameMayOpenWithAnotherCharacterAtAClearEdge() {
        assertThat(names(run("總統施瓦德格表示，會再研究。"))).containsExactly("施瓦德格");
    }
    @Test
    void charactersOfTransliteratedNamesComeFromTheNameTable() {
        assertThat(names(run("德國總理默克爾表示，會繼續合作。"))).containsExactly("默克爾");
        assertThat(names(run("英国演员迈克尔说，电影很成功。"))).containsExactly("迈克尔");
        assertThat(names(run("措施特别提出，提高支付能力。"))).isEmpty();
    }
    @Test
    void aNameWithAnUnknownSurnameThatSpeaksTwiceInTheDocumentIsAName() {
        SpeakerAnalysis a = run("禤浩明表示，計劃會如期推行。", "他又指，明年會再檢討。", "禤浩明認為，市民應該放心。");
        assertThat(names(a)).containsExactly("禤浩明");
        assertThat(a.blockSpeakers()).containsExactly("禤浩明", "禤浩明", "禤浩明");
        assertThat(names(run("禤浩明表示，計劃會如期推行。"))).isEmpty();
        assertThat(names(run("研究显示，产量增加。", "研究显示，价格稳定。"))).isEmpty();
    }
    @Test
    void aCommonWordIsNoSurnameAndTitle() {
        assertThat(names(run("建制派和高官不斷建議市民搬走。"))).isEmpty();
        assertThat(names(run("10名區議員表示，會繼續開會。"))).isEmpty();
        assertThat(names(run("郭官表示，案件押後。"))).containsExactly("郭官");
    }
    @Test
    void aDateOrAMinisterBeforeAShortForeignNameIsItsLeftEdge() {
        assertThat(names(run("第一步是，5月28日拉布威胁称，英国将提供途径。"))).containsExactly("拉布");
        assertThat(names(run("英国外交大臣拉布表示，英国将提供途径。"))).containsExactly("拉布");
    }
    @Test
    void aGivenNameCharacterThatOpensACommonVerbEndsTheName() {
        assertThat(names(run("“这里变化很大！”林浩先行一步走进展厅。"))).containsExactly("林浩");
        assertThat(names(run("“会场秩序很好。”工作人员赵敏服务大会多年，她这样说。"))).doesNotContain("赵敏服");
    }
    @Test
    void aQuotationBeforeItsSpeakerAndAVerbThatEndsTheSentenceIsTheirs() {
        assertThat(run("“县里给予奖补。”河畔县动物疫病预防与控制中心主任吕李明介绍。").blockSpeakers()).containsExactly("吕李明");
        assertThat(names(run("河畔县卫生中心主任吕李明介绍了新政策。"))).isEmpty();
    }
    @Test
    void aTwoCharacterNameAfterATitleEndsWithAnOrganisationsHeadOnlyWhereNamesEndSo() {
        assertThat(names(run("“鱼子酱加工前得进行前测。”一旁，河畔渔业有限公司董事长李军说。"))).containsExactly("李军");
        assertThat(names(run("個人資料私隱專員公署質疑其查冊目的。"))).containsExactly("個人資料私隱專員公署");
    }
    @Test
    void aFreeStandingQuotationGoesToThePersonTheParagraphIsAbout() {
        SpeakerAnalysis a = run("农民高志远表示，今年收成不错。", "去年，高志远开了一家小店。“生意比想象中好，明年还要扩大。”");
        assertThat(a.blockSpeakers()).containsExactly("高志远", "高志远");
        SpeakerAnalysis b = run("展厅里灯光明亮。“这里变化真大，我第一次来。”退休教师林海燕笑着走进来。");
        assertThat(b.blockSpeakers()).containsExactly("林海燕");
        assertThat(run("“县里奖励2万元。”河畔村党支部书记阙从汗细数优惠政策。").blockSpeakers()).containsExactly("阙从汗");
        assertThat(run("「阿文啊，你要加油。」60歲阿雲握著36歲次子阿文的手祈禱。").blockSpeakers()).containsExactly("阿雲");
        assertThat(run("风景如画……“村子越变越美。”河畔村村民胡丰林迎着暖阳散步。").blockSpeakers()).containsExactly("胡丰林");
        assertThat(run("“嘀！”凌晨2点55分，河畔矿外维队队员王建平的手机弹出一条报警提示。").blockSpeakers())
                .containsExactly((String) null);
        assertThat(run("“配比不科学，容易感染杂菌。”曹猛的话直击要害。").blockSpeakers()).containsExactly("曹猛");
        assertThat(names(run("“這是一場交易。”有關主教任命臨時協議，外界議論紛紛。"))).isEmpty();
    }
    @Test
    void aPronounDoesNotGoToThePersonASpeechVerbBeforeItNamesAsItsObject() {
        SpeakerAnalysis a = run("國際投資者索羅斯周四公開指摘中國。", "過往，他曾經猛烈批評美國總統特朗普。今次，他呼籲西方打擊科技公司。");
        assertThat(a.blockSpeakers()).containsExactly("索羅斯", "索羅斯");
    }
    @Test
    void aPronounAfterATimeWordAndANameGoesToThatName() {
        SpeakerAnalysis a = run("教練林志強說，球隊準備充足。", "會後陳美玲在網上貼出照片，她表示，「這是真的嗎？」");
        assertThat(a.blockSpeakers()).containsExactly("林志強", "陳美玲");
    }
    @Test
    void commonWordsAndQuantitiesAreNoNames() {
        assertThat(names(run("游客质疑，摆渡车太贵。", "买入价约16万港元，他指，回报不错。"))).isEmpty();
        assertThat(names(run("多次看守物資站的 A（化名）聞畢律政司的論據後，稱自己不驚。"))).doesNotContain("聞畢");
        assertThat(names(run("河畔人權觀察研究多份官方採購文件，指出平台收集居民資料。"))).doesNotContain("方採");
        assertThat(names(run("黃店貼新標語：「我們真像一家人」", "港鐵有史以來宣佈減價而實質加價！",
                "連月來不少人受傷，他感到心痛：「我哋都會心痛。」"))).isEmpty();
        assertThat(names(run("「不要都認不得人。」洪小喬邊說邊流淚。"))).doesNotContain("喬邊");
    }
    @Test
    void roleWordsAndFunctionWordsAreNoNames() {
        assertThat(names(run("據工程師介紹，系統可靠。", "車長曾經表示不滿。", "巴士車長曾響號警告行人。"))).isEmpty();
        assertThat(names(run("对于小美提到的问题，店员没有回答。"))).doesNotContain("于小美");
        assertThat(names(run("局長曾志明表示，會研究。"))).containsExactly("曾志明");
    }
    @Test
    void aPrefixAndASurnameStandForThePersonNamedBefore() {
        SpeakerAnalysis a = run("农民高志远表示，今年收成不错。", "老高笑着说：“明年还要多种。”");
        assertThat(names(a)).containsExactly("高志远");
        assertThat(a.blockSpeakers()).containsExactly("高志远", "高志远");
        assertThat(names(run("小李說，學校有幫忙。"))).containsExactly("小李");
    }
    @Test
    void aMannerWordBetweenNameAndVerbIsSkipped() {
        assertThat(names(run("店长周明远耐心解释，这是新系统。", "阿華無奈說，生意不好做。"))).containsExactly("周明远", "阿華");
        assertThat(run("阿雲心疼回憶，阿文30歲就發現高血壓。").blockSpeakers()).containsExactly("阿雲");
        assertThat(run("先生施勝源無奈的說，自己在鐵工廠工作。").blockSpeakers()).containsExactly("施勝源");
        assertThat(names(run("但從馬大文在記者會上的說話中，我感受到言外之意。"))).isEmpty();
        assertThat(names(run("報道又稱，黎大文被捕，令人擔憂當局打壓新聞自由。"))).isEmpty();
    }
    @Test
    void aRareSurnameBeforeACommonWordIsNoName() {
        assertThat(names(run("玉米丰收，村民都很高兴：“明年再种。”"))).isEmpty();
    }
    @Test
    void editorsAssistantsAndDefendantsHaveTitles() {
        SpeakerAnalysis a = run("《河畔》雜誌前副主編高志遠在個人微博發帖，稱問題很多。", "被告林大文表示後悔。",
                "局長政治助理馬小玲表示會辭職。");
        assertThat(a.speaker("高志遠").orElseThrow().titles()).contains("《河畔》雜誌前副主編");
        assertThat(a.speaker("林大文").orElseThrow().titles()).contains("被告");
        assertThat(a.speaker("馬小玲").orElseThrow().titles()).contains("局長政治助理");
    }
    @Test
    void bodiesConfirmPublishAndIssueReleases() {
        assertThat(names(run("運輸署今日發稿指，工程會延期。", "河畔大學公佈，校長將退休。", "某某委員會今日證實，會議取消。")))
                .containsExactly("運輸署", "河畔大學", "某某委員會");
        assertThat(names(run("政府公佈新措施。"))).isEmpty();
    }
    @Test
    void anOpeningQuotationGoesToTheSubjectOfItsSentence() {
        SpeakerAnalysis a = run("“我还要再试一次！”站在河边，高志远脱下外套。", "“五一”假期，旅游市场升温。");
        assertThat(a.blockSpeakers()).containsExactly("高志远", null);
        assertThat(names(run("主任林小明向大家介绍，项目进展顺利。"))).containsExactly("林小明");
    }
    @Test
    void whoIsQuotedInAPassiveQuestionDoesNotSpeak() {
        SpeakerAnalysis a = run("發言人高志明周四在記者會被問到，某國總統林大文稱會制裁，以及議員提案時表示，「這是內政。」");
        assertThat(names(a)).containsExactly("高志明");
    }
    @Test
    void theSourceAReporterLearnsFromSpeaks() {
        assertThat(names(run("记者从河畔市交通局获悉：新线路下月开通。", "他得知消息后很高兴。"))).containsExactly("河畔市交通局");
    }
    @Test
    void aSpeakerIntroducedAsATopicDoesNotSpeak() {
        SpeakerAnalysis a = run("對於院方指會檢討安排，病人組織代表高志明強調不會退讓。");
        assertThat(names(a)).containsExactly("高志明");
    }
    @Test
    void aShortFormOfAnOrganisationMetBeforeIsThatOrganisation() {
        SpeakerAnalysis a = run("「河畔大學學生事務委員會」認為投訴不成立。", "事務委員會表示，會再檢討。");
        assertThat(names(a)).containsExactly("河畔大學學生事務委員會");
        assertThat(a.blockSpeakers()).containsExactly("河畔大學學生事務委員會", "河畔大學學生事務委員會");
    }
    @Test
    void anAddresseeNeverSpeaks() {
        assertThat(names(run("據報道，當局上月已向美方表示不會派員。"))).doesNotContain("美方");
    }
    @Test
    void verbsEndingIn道ReportSpeech() {
        assertThat(names(run("小玲回道：「爸爸去上班了。」", "老闆高志明笑道：“下次再来。”"))).containsExactly("小玲", "高志明");
    }
    @Test
    void aShortForeignNameAfterARoleWord() {
        assertThat(names(run("法国游客莉娜说，这里的夜景很美。", "負責人安排了車輛。"))).containsExactly("莉娜");
    }
    @Test
    void marriedNamesFamiliarNamesAndCourtesyForms() {
        assertThat(names(run("前政務司司長陳方安生表示，事件令人遺憾。"))).containsExactly("陳方安生");
        assertThat(names(run("小琪說，學校有幫忙。", "小孩說，不想上學。"))).containsExactly("小琪");
        SpeakerAnalysis a = run("陳大文表示，會再研究。", "夜更保安員陳先生表示，他很支持。");
        assertThat(names(a)).containsExactly("陳大文", "陳先生");
        assertThat(a.speaker("陳先生").orElseThrow().titles()).contains("夜更保安員");
    }
    @Test
    void aSettingNeverSpeaks() {
        SpeakerAnalysis a = run("馬大文在聯合記者會表示，雙方有共識。", "李小明昨日在研討會上表示，合作會加強。");
        assertThat(names(a)).containsExactly("馬大文", "李小明");
    }
    @Test
    void aPronounGoesToThePersonOpeningItsBlock() {
        SpeakerAnalysis a = run("陳大文表示，會再研究。", "專欄作者李志健昨晨到庭支持，他指事件影響深遠。");
        assertThat(a.blockSpeakers()).containsExactly("陳大文", "李志健");
    }
    @Test
    void dialogueLinesAndTheirContinuation() {
        SpeakerAnalysis a = run("總統蔡大文與店長林小明對談。", "蔡：這段時間有甚麼需要？", "林：希望政府幫忙。",
                "蔡：我們會研究。", "下一個階段，我們會再討論。");
        assertThat(a.blockSpeakers()).containsExactly(null, "蔡大文", "林小明", "蔡大文", "蔡大文");
    }
    @Test
    void anAbbreviationDefinedInBracketsSpeaks() {
        SpeakerAnalysis a = run("香港醫學專科學院（醫專）發表聲明。", "醫專表示，會維持專業水平。");
        assertThat(names(a)).containsExactly("醫專");
    }
    @Test
    void aQuotationFollowedByItsSpeaker() {
        SpeakerAnalysis a = run("“培养人才，要注重实践。”四川省教育厅厅长余孝其代表介绍，当地采取共建模式。",
                "“等下一趟船，来回要3个小时。”王先生苦恼不已。");
        assertThat(a.blockSpeakers()).containsExactly("余孝其", "王先生");
    }
    @Test
    void spacedNamesPhotographersAndProductionCredits() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(
                List.of(BlockKind.BYLINE, BlockKind.CREDIT, BlockKind.CREDIT, BlockKind.BYLINE, BlockKind.PARAGRAPH),
                List.of("本报记者  张  晔  苏  滨  刘以晴", "人民网记者  李  根摄", "制图：蔡华伟", "（陆颖参与采写）",
                        "天氣晴朗。")));
        assertThat(a.reporters()).containsExactly("张晔", "苏滨", "刘以晴", "陆颖");
    }
    @Test
    void creditsWithRoles() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(
                List.of(BlockKind.BYLINE, BlockKind.CAPTION, BlockKind.PARAGRAPH),
                List.of("記者王小明", "▲市民排隊等候。中央社記者林大文攝", "天氣晴朗。(編輯:陳小文)")));
        assertThat(a.reporters()).containsExactly("王小明", "陳小文");
        assertThat(a.credits()).containsExactly(new Credit("王小明", "reporter"), new Credit("林大文", "photographer"),
                new Credit("陳小文", "editor"));
    }
    @Test
    void aStudentIsATitleBeforeAFamiliarName() {
        SpeakerAnalysis a = run("学生小丽称，事发当天她在场。");
        assertThat(names(a)).containsExactly("小丽");
        assertThat(a.speakers().get(0).titles()).containsExactly("学生");
    }
    @Test
    void aSurnameThatEndsAWordBeforeATitleIsNoName() {
        assertThat(names(run("河畔市教育局有关负责人介绍，今年招生增加。"))).isEmpty();
        assertThat(names(run("河畔大學校長陳大文表示，支持計劃。"))).containsExactly("陳大文");
    }
    @Test
    void aGivenNameOfCharactersFarMoreCommonInWordsNeedsATitle() {
        assertThat(names(run("何其難說，事情已經過去。"))).isEmpty();
        assertThat(names(run("黃色口罩表示，供應充足。"))).doesNotContain("黃色口");
        assertThat(names(run("署長何其難表示，事情已經過去。"))).containsExactly("何其難");
    }
    @Test
    void aNameCutShortBeforeACharacterOfAKnownSpeakersNameIsThatSpeaker() {
        SpeakerAnalysis a = run("食物局局長陳肇始表示，會放寬措施。", "陳肇始接受電台訪問，指出第三項要求。");
        assertThat(names(a)).containsExactly("陳肇始");
        assertThat(a.blockSpeakers()).containsExactly("陳肇始", "陳肇始");
    }
    @Test
    void insideAClauseAPrepositionIsNoSurname() {
        assertThat(names(run("律政司並向公眾表示，決定不檢控。"))).doesNotContain("向公眾");
        assertThat(names(run("影片拍到，該警員曾向被告說：「唔好掟」。"))).doesNotContain("向被告");
        assertThat(names(run("向華強表示，電影會如期上映。"))).containsExactly("向華強");
        assertThat(names(run("專家楊于勝認為，各方都在試探。"))).containsExactly("楊于勝");
    }
    @Test
    void driversAndForeignMinistersAreTitles() {
        SpeakerAnalysis a = run("兼職網約車司機汪小勇說，很高興。");
        assertThat(a.speakers().get(0).titles()).containsExactly("兼職網約車司機");
        assertThat(names(run("英國外相約翰遜表示，非常關注。"))).containsExactly("約翰遜");
    }
    @Test
    void aWordLikeGivenNameTheDocumentRepeatsAsASubjectIsAName() {
        SpeakerAnalysis a = run("孔乙己說，多乎哉？不多也。", "孔乙己笑著說，讀書人的事，能算偷麼？");
        assertThat(names(a)).containsExactly("孔乙己");
        assertThat(names(run("何其難說，事情已經過去。"))).as("once only").isEmpty();
        SpeakerAnalysis b = run("政治評論專家林和立則認為，中央不滿港府。", "林和立又認為，不排除有變。");
        assertThat(b.blockSpeakers()).containsExactly("林和立", "林和立");
        assertThat(names(run("張和王表示，會跟進。", "張和王表示，會再談。"))).doesNotContain("張和王");
        assertThat(names(run("《晴朗》主持人今早在節目中表示，昨晚收到短訊。", "主持人郭志仁今早在節目中指，昨日暫停。")))
                .doesNotContain("節目中");
    }
    @Test
    void aNameEndsBeforeACharacterThatOpensAVerbOrTheWordForAnArticle() {
        NameReader reader = new NameReader();
        assertThat(reader.person("權利進行審查", 3, 0)).as("權利進 before 行").isNull();
        assertThat(reader.person("彭帥文中提到", 3, 0)).as("彭帥文 before 中").isNull();
        assertThat(reader.person("彭帥文中提到", 2, 0).name()).isEqualTo("彭帥");
    }
    @Test
    void aReadingOneCharacterLongerThanAKnownSpeakerIsThatSpeaker() {
        SpeakerAnalysis a = run("評論員林國羅說，局勢緊張。", "林國羅續稱：「他們會再來。」");
        assertThat(names(a)).containsExactly("林國羅");
        SpeakerAnalysis b = run("學者羅谷表示，成長會放緩。", "羅谷續稱：「過去他們做得到。」");
        assertThat(names(b)).containsExactly("羅谷");
        assertThat(b.blockSpeakers()).containsExactly("羅谷", "羅谷");
    }
    @Test
    void hongKongVariantsOfGivenNameCharactersOpenCcLeavesAloneReadAsThoseCharacters() {
        assertThat(names(run("議員朱凱廸表示，會提出呈請。"))).containsExactly("朱凱廸");
        assertThat(names(run("朱凱廸表示，會提出呈請。"))).containsExactly("朱凱廸");
    }
}
