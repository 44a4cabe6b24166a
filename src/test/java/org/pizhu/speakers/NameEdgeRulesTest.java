package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pizhu.speakers.SpeakerRuns.names;
import static org.pizhu.speakers.SpeakerRuns.run;

import org.junit.jupiter.api.Test;

/**
 * Where a name starts and ends, on made-up sentences: surnames that open words or end them, names read one character
 * too short or too long, periods, the word for 'even', Latin surnames, dates and ages as a left edge, titles that mark
 * a name, familiar and quoted nicknames, transliterations before a Latin name, and offices that name nobody.
 */
class NameEdgeRulesTest {
    @Test
    void commonMainlandSurnamesMakeTwoCharacterNames() {
        assertThat(names(run("“这个方案很好，大家都满意。”肖明说。"))).containsExactly("肖明");
        assertThat(names(run("岳林表示，工程进度良好。"))).containsExactly("岳林");
    }
    @Test
    void aNameDoesNotStartInsideAWordThatEndsWithASurname() {
        assertThat(names(run("河畔县有关部门负责人介绍，今年招生增加。"))).isEmpty();
        assertThat(names(run("河畔縣有關部門負責人介紹，今年招生增加。"))).isEmpty();
        assertThat(names(run("部長于大海表示，工程進度良好。"))).containsExactly("于大海");
    }
    @Test
    void twoSurnamesThatMakeACommonWordOpenNoMarriedName() {
        assertThat(names(run("景区志愿者快步迎上：“大娘，60岁以上免票。”"))).isEmpty();
        assertThat(names(run("前高官陳方美生表示，會繼續發聲。"))).containsExactly("陳方美生");
    }
    @Test
    void aNameReadWithoutItsFirstCharacterIsTheKnownSpeaker() {
        SpeakerAnalysis a = run("資深大律師駱應祥表示，警方越權。", "駱應祥預計，警方要用樣本調查。");
        assertThat(names(a)).containsExactly("駱應祥");
        assertThat(a.blockSpeakers()).containsExactly("駱應祥", "駱應祥");
    }
    @Test
    void aTitleMarksAGivenNameWithACharacterNeverCountedInNames() {
        assertThat(names(run("河畔市康復之友協會總幹事陳幗英說，首要之務是培養自理能力。"))).containsExactly("陳幗英");
        assertThat(names(run("陳幗英說，首要之務是培養自理能力。"))).as("no title").isEmpty();
    }
    @Test
    void aTitleMarksATwoCharacterNameWithARarerSurnameInAQuotationsSentence() {
        assertThat(run("“这次，我把孩子们的心愿带来北京。”发言时，河畔小学党委书记兰臻委员向大家展示了心愿卡。").blockSpeakers())
                .containsExactly("兰臻");
        assertThat(names(run("“資料已交警方。”事後，個人資料私隱專員公署通知警方跟進。"))).doesNotContain("公署");
    }
    @Test
    void twoBareSurnamesJoinedBeforeOneVerbBothSpeakAndAConjunctionIsNoPartOfATitle() {
        SpeakerAnalysis a = run("三名被告為女被告何小莎（23歲）、文員鍾大軒（25歲）以及社工陳詩詩（25歲）。",
                "在審訊中，鍾否認在現場出現，何及陳則質疑證人作供與片段不符。");
        assertThat(names(a)).containsExactlyInAnyOrder("鍾大軒", "陳詩詩", "何小莎");
        assertThat(a.speaker("陳詩詩").orElseThrow().titles()).containsExactly("社工");
    }
    @Test
    void aCharacterKeptOutOfNamesOpensAGivenNameThatEndsInACommonNameEnding() {
        assertThat(run("“生意会越来越好。”开面馆的邓应红说。").blockSpeakers()).containsExactly("邓应红");
        assertThat(run("兼任社区副书记的马生林表示，每天值守。").blockSpeakers()).containsExactly("马生林");
        assertThat(run("醫學會會董陳以誠亦表示，毋須支援。").blockSpeakers()).containsExactly("陳以誠");
        assertThat(names(run("前高官陳方美生表示，會繼續發聲。"))).containsExactly("陳方美生");
        assertThat(names(run("大家应该说，工程进度良好。"))).isEmpty();
    }
    @Test
    void aPrepositionThatIsARarerSurnameOpensANameOnlyBeforeAVerbOrATimeWord() {
        assertThat(names(run("《眾新聞》向香港樂施會傳訊部主管查詢細節。他表示，會跟進。"))).doesNotContain("向香港");
        assertThat(names(run("向華強表示，會繼續拍戲。"))).containsExactly("向華強");
        assertThat(names(run("于晶景来到晨晨面前，轻声道：“打针才能好得快呀。”"))).containsExactly("于晶景");
    }
    @Test
    void aOneCharacterWordBeforeTheVerbEndsATwoCharacterName() {
        assertThat(run("陳杰續指，會跟進。").blockSpeakers()).containsExactly("陳杰");
        assertThat(run("張偉今表示，會跟進。").blockSpeakers()).containsExactly("張偉");
        assertThat(run("張偉昨表示，會跟進。").blockSpeakers()).containsExactly("張偉");
        assertThat(names(run("旅居管家肖和平轻声说，咱慢慢来。", "肖和平轻声说，不急。"))).doesNotContain("平轻声");
        assertThat(run("廖亦武在Twitter聲稱：「太多媒體找到我。」").blockSpeakers()).containsExactly("廖亦武");
        assertThat(run("陳亦指，會跟進。").blockSpeakers()).containsExactly((String) null);
        assertThat(names(run("村党支部书记林健深有同感。他说，年前只开了一次会。"))).containsExactly("林健");
        assertThat(run("競選辦亦作調整，原先林鄭美娥表示在提名期後才發表政綱。").blockSpeakers()).containsExactly("林鄭美娥");
    }
    @Test
    void aLatinSurnameAloneStandsForTheFullNameWrittenBefore() {
        SpeakerAnalysis a = run("河畔公會行政總裁Janek Ratnamoor引述分會負責人回覆他們。",
                "但公會的Ratnamoor則向《眾新聞》表示，香港分會有時需要自行決定。");
        assertThat(names(a)).containsExactly("Janek Ratnamoor");
        assertThat(a.speaker("Janek Ratnamoor").orElseThrow().titles()).contains("河畔公會行政總裁");
    }
    @Test
    void periodsOrganisationNamesAndEvenAreNoNames() {
        assertThat(names(run("項目帶遊客“重返”唐代上元夜，遊客說：“很震撼。”"))).doesNotContain("唐代");
        assertThat(names(run("一名義工聞畢律政司的論據後，稱自己不會特別擔心。"))).doesNotContain("聞畢律");
        assertThat(names(run("惟最後由辯方提出反對，連法官也笑說：「你好運！」"))).doesNotContain("連法官");
    }
    @Test
    void aMonthOrAYearBeforeANameIsItsLeftEdge() {
        assertThat(run("融资趋缓，2018年3月小电宣布完成数亿元融资。").blockSpeakers()).containsExactly("小电");
        assertThat(run("2019年陳大文表示，會繼續努力。").blockSpeakers()).containsExactly("陳大文");
    }
    @Test
    void aPartyTheOrganisationListKnowsIsTheTitleBeforeAName() {
        SpeakerAnalysis a = run("民建聯陳大文表示，會繼續跟進。");
        assertThat(a.speaker("陳大文").orElseThrow().titles()).containsExactly("民建聯");
    }
    @Test
    void aPronounGoesBackToAForeignNameAfterARoleNoun() {
        assertThat(run("法国游客玛丽安在手机上领取任务，她开心地说：“这比传统导览有趣多了。”").blockSpeakers())
                .containsExactly("玛丽安");
    }
    @Test
    void aPositionMarkInBracketsEndsTheNameThatOpensACaption() {
        assertThat(run("▲監警會主席梁定邦（左二）說處理投訴需要一個過程。林勵攝").blockSpeakers()).containsExactly("梁定邦");
        SpeakerAnalysis a = run("▲張志欽（右）眼盲，他配合治療，期望恢復。", "張志欽回述，少時曾患病。");
        assertThat(names(a)).containsExactly("張志欽");
    }
    @Test
    void aBareSurnameStandsForAThreeCharacterNameWrittenBeforeABracket() {
        SpeakerAnalysis a = run("▲死者的拍擋尹建文（中）", "在大律師查問下，尹透露他於2010年加入。", "尹：沒有。");
        assertThat(a.blockSpeakers()).containsExactly(null, "尹建文", "尹建文");
        assertThat(names(run("尹建文的同事說，工作很忙。", "嚴格地說，這不是問題。"))).isEmpty();
    }
    @Test
    void aSurnameWithAnOfficialTitleStandsForTheFullNameWrittenBefore() {
        SpeakerAnalysis a = run("▲法官姚大智", "姚官表明，今日會就片段作出裁決。");
        assertThat(names(a)).containsExactly("姚大智");
        assertThat(names(run("▲街坊陳大文", "陳伯表示，很擔心。"))).containsExactly("陳伯");
    }
    @Test
    void aFamiliarNameBeforeAWordIsNotARareSurnamesName() {
        assertThat(names(run("一旁來探視的65歲婆婆阿鳳嬤說，次子在醫院照顧媳婦。"))).containsExactly("阿鳳嬤");
        assertThat(run("「把拔，拐杖給你，小心走喔！」4歲小玲說罷鑽進媽媽懷裡。").blockSpeakers()).containsExactly("小玲");
        assertThat(names(run("45歲阿蓉去年因病洗腎。", "阿蓉望著先生，眼神漸趨柔和，「我們做粗工沒什麼錢。」")))
                .containsExactly("阿蓉");
    }
    @Test
    void aFamiliarNameAfterItsDescriptionOrAFamilyRelationIsAName() {
        assertThat(run("讀國一的小杰告訴記者，從小跟爸爸相依。").blockSpeakers()).containsExactly("小杰");
        assertThat(run("46歲的阿貴說，今年1月到醫院檢查。").blockSpeakers()).containsExactly("阿貴");
        assertThat(run("小杰堂嬸阿玲說，六日返家時自己會代顧。").blockSpeakers()).containsExactly("阿玲");
        assertThat(run("阿財的10多年老友阿勳說，以前阿財脾氣衝。").blockSpeakers()).containsExactly("阿勳");
    }
    @Test
    void aSurnameAndTwoCharactersTheDocumentNeverCutsAreAName() {
        SpeakerAnalysis a = run("▲林志在（左）正接受治療。", "林志在回述，早年在工廠做工。", "爺爺林志在接著說，家中只剩他一人。");
        assertThat(names(a)).containsExactly("林志在");
        assertThat(a.blockSpeakers()).containsExactly(null, "林志在", "林志在");
        assertThat(names(run("也許有人認為，事件影響不大。", "也許有人說，與此無關。"))).isEmpty();
    }
    @Test
    void aFamiliarNameWithARareCharacterIsANameWhenTheDocumentRepeatsItAsASubject() {
        SpeakerAnalysis a = run("阿蓁說，她原做停車位收費員。", "採訪時，女兒們飛撲阿蓁身上撒嬌。", "阿蓁說，不料2年前發生車禍。");
        assertThat(a.blockSpeakers()).containsExactly("阿蓁", null, "阿蓁");
    }
    @Test
    void aVietnameseNameWithTheMarkerOfItsSurnameIsReadWhole() {
        assertThat(run("現年42歲阮氏春花講起先生病況，難過地說，先生不抽菸。", "阮氏春花又說，4個孩子才15歲。").blockSpeakers())
                .containsExactly("阮氏春花", "阮氏春花");
        assertThat(names(run("陳氏表示，會再研究。"))).isEmpty();
    }
    @Test
    void aLatinFirstNameAloneStandsForTheFullNameWrittenBefore() {
        SpeakerAnalysis a = run("30多歲的畫家Kenny Lau，曾經在街上繪畫8年。", "Kenny憶述，曾遇過一對情侶。");
        assertThat(names(a)).containsExactly("Kenny Lau");
        assertThat(a.blockSpeakers()).containsExactly(null, "Kenny Lau");
    }
    @Test
    void aNameKnownFromTheDocumentIsOnlyAddressedAfterAPreposition() {
        SpeakerAnalysis a = run("「木衍，動一動。」48歲彭香蓮對她先生林木衍說著。", "林木衍回述，他以前做模板工。", "▲林木衍（右）在家復健。");
        assertThat(a.blockSpeakers()).containsExactly("彭香蓮", "林木衍", null);
    }
    @Test
    void aTransliterationBeforeABracketedLatinNameIsTheNameTheTextUses() {
        SpeakerAnalysis a = run("前情報分析員布肯南（Paul Buchanan）接受電台訪問時表示，這是典型的激進主義。");
        assertThat(names(a)).containsExactly("布肯南");
        SpeakerAnalysis titled = run("前助理部長格雷格森中將（Wallace Gregson）表示，他不認為政府會拒絕。", "格雷格森強調，這的確是一個不同的政府。");
        assertThat(names(titled)).containsExactly("格雷格森");
        assertThat(run("在苗族婆婆的招呼下，德国游客品尝了凤凰泡菜。蕾蒂莎说：“酸和辣融合得恰到好处。”").blockSpeakers())
                .containsExactly("蕾蒂莎");
        assertThat(run("“凤凰的美令人心醉，能让身心得到放松。”娜斯佳说。").blockSpeakers()).containsExactly("娜斯佳");
        assertThat(run("新西蘭副總理羅伯森（Grant Robertson）周二接受當地電視台訪問時，亦指當局早已知悉。").blockSpeakers())
                .containsExactly("羅伯森");
        assertThat(names(run("亞太小組委員會主席約霍（Ted Yoho），在國會提出議案，指中國已是發達國家。"))).doesNotContain("席約霍");
        SpeakerAnalysis chinese = run("經濟學院榮休教授佳念思（Nigel Gann）接受訪問時說，市場仍在調整。", "佳念思說，改革需時。");
        assertThat(names(chinese)).containsExactly("佳念思");
        assertThat(chinese.blockSpeakers()).containsExactly("佳念思", "佳念思");
    }
    @Test
    void afterATitleAGivenNameMayEndInACharacterRareInNames() {
        assertThat(run("公司负责人赵成方介绍：“每年节约成本。”").blockSpeakers()).containsExactly("赵成方");
        assertThat(run("時任高級消防隊長劉勁男出庭作供。", "劉表示，當時不見職員。").blockSpeakers())
                .containsExactly(null, "劉勁男");
        assertThat(names(run("特朗普在白宮會見副總理劉鶴時說，第二階段會立即開始。"))).doesNotContain("劉鶴時");
    }
    @Test
    void aFamiliarNameTheTextDefinesIsANameHoweverRare() {
        SpeakerAnalysis a = run("採訪時，小瑾49歲的媽媽阿暖（王秀暖）做完洗碗工回家，阿暖說，夫妻僅育小瑾1女。");
        assertThat(a.blockSpeakers()).containsExactly("王秀暖");
    }
    @Test
    void aDescriptionWith者IsNoName() {
        assertThat(names(run("該街坊說，在9月14日曾目擊手持國旗的藍衣者襲擊市民，他見到警方到場後將兩批人分隔開，"
                + "但卻沒有處理穿藍衣者打人的行為。他表示，當時有街坊通知警方。"))).doesNotContain("藍衣");
    }
    @Test
    void wordsThatOpenWithASurnameAreNoNames() {
        assertThat(names(run("黎大英一方求情指，該遊行沒有令交通受阻。"))).doesNotContain("方求情");
        assertThat(names(run("至於其他被審查的章節，提及中國的網絡長城。"))).isEmpty();
        assertThat(run("蔡麗芬連番說：「我唔敢講。」").blockSpeakers()).containsExactly("蔡麗芬");
        assertThat(run("陳大文不同意，厲聲反問：「作為一個領導，你點睇？」").blockSpeakers()).containsExactly("陳大文");
        assertThat(names(run("▲Photo：丁喬@立場新聞"))).isEmpty();
    }
    @Test
    void aBarristerCalledByTitleIsTheOneNamedEarlierInTheBlock() {
        SpeakerAnalysis a = run("在代表大狀曾藹琪查問下，呂同意火勢可能嚴重。曾大狀質疑：「唔覺得要問火勢如何？」");
        assertThat(names(a)).contains("曾藹琪").doesNotContain("曾大");
        assertThat(names(run("伍大狀追問呂為何不鼓勵黃報警。"))).doesNotContain("伍大");
    }
    @Test
    void aShopOwnerCalledByTradeIsASpeakerOfHisOwn() {
        SpeakerAnalysis a = run("吉記的老闆娘鄭太說，生意難做。", "鄭老闆聽見就動氣：「無嚟問有無嘢要幫手。」");
        assertThat(a.blockSpeakers()).containsExactly("鄭太", "鄭老闆");
        SpeakerAnalysis b = run("陳國華在元朗耕田三十年。", "陳老闆說：「生意難做。」");
        assertThat(b.blockSpeakers()).containsExactly(null, "陳國華");
    }
    @Test
    void aSurnameWithATwoCharacterCourtesyFormIsReadWhole() {
        SpeakerAnalysis a = run("62歲的方伯伯是其中一位參與者。他隨身帶了兩日的藥丸。他說：「年輕人已經犧牲咗好多。」");
        assertThat(names(a)).containsExactly("方伯伯");
        assertThat(run("黃龍夫妻多年鄰居卓大姊說，黃太太行動不便。").blockSpeakers()).containsExactly("卓大姊");
    }
    @Test
    void aMarriedNameOpeningTheSentenceIsReadWhole() {
        SpeakerAnalysis a = run("林鄭月娥今早主持行政會議前夕，被問到綜援言論時指是由議員批准的。林鄭說：「我只是直言。」");
        assertThat(names(a)).containsExactly("林鄭月娥");
        SpeakerAnalysis b = run("鄒幸彤現時身負兩宗案件，她表示會繼續抗爭。");
        assertThat(names(b)).doesNotContain("鄒幸彤現");
    }
    @Test
    void aVillageBeforeItsOfficeIsNoName() {
        assertThat(names(run("“县里奖励2万元。”骆象村党支部书记说，茶园越来越好。"))).doesNotContain("骆象村");
    }
    @Test
    void noNameStartsInsideATitle() {
        SpeakerAnalysis a = run("“日均处理43.5万吨。”某市水务有限责任公司总工程师颜莹莹介绍。");
        assertThat(names(a)).containsExactly("颜莹莹");
        assertThat(names(run("管家肖和平轻声说：“慢慢来。”"))).doesNotContain("管家肖");
        assertThat(names(run("“今年我们准备一起在工地过春节。”多年的工程建设经历，周大朋和妻女聚少离多。"))).doesNotContain("程建");
    }
    @Test
    void aFamiliarNameAfterARelationIsANameHoweverRareItsCharacter() {
        assertThat(run("小豪的姑姑阿姵說，小豪晚上還要照顧父親。").blockSpeakers()).containsExactly("阿姵");
        assertThat(run("她另有2姊1弟，她二妹阿娟說：「彼此住得遠。」").blockSpeakers()).containsExactly("阿娟");
        assertThat(run("阿蘭婆的外甥女阿秀說，阿姨手足無措。").blockSpeakers()).containsExactly("阿秀");
    }
    @Test
    void aFamiliarNameAfterAKinshipWordHasAClearLeftEdge() {
        SpeakerAnalysis a = run("單親爸李大景因中風導致右側偏癱。", "李大景的69歲老母阿珠嬤說：「他本是一條活龍，撐住這個家。」");
        assertThat(a.blockSpeakers()).containsExactly(null, "阿珠嬤");
    }
    @Test
    void aFamiliarNameWithAKinshipEndingStandsForTheFullNameInBrackets() {
        SpeakerAnalysis a = run("中午，64歲阿蘭婆（潘雪蘭）才帶老伴自醫院返家。", "阿蘭婆說：「日子真係難過。」");
        assertThat(a.blockSpeakers()).containsExactly(null, "潘雪蘭");
        SpeakerAnalysis b = run("58歲的金銀婆（柯金銀）照料住院的兒子。", "金銀婆說：「我驚撐唔落去。」");
        assertThat(b.blockSpeakers()).containsExactly(null, "柯金銀");
    }
    @Test
    void aBracketSpellsOutAFullNameWithARareGivenName() {
        SpeakerAnalysis a = run("40歲的單親媽媽阿汝（卓泫汝），原擔任看護工作。", "阿汝說：「我只想快點好起來。」");
        assertThat(a.blockSpeakers()).containsExactly(null, "卓泫汝");
        SpeakerAnalysis b = run("40歲的單親媽媽阿汝（卓泫汝），原擔任看護工作。", "阿汝見老父辛勞，難過說：「我拖累了家人。」阿汝說，孩子很乖。");
        assertThat(b.blockSpeakers()).containsExactly(null, "卓泫汝");
        assertThat(names(b)).containsExactly("卓泫汝");
    }
    @Test
    void aRelationOrATradeBeforeAFamiliarNameMarksIt() {
        assertThat(names(run("阿倫讀小六的長女小若說：「看到爸爸很難過。」"))).containsExactly("小若");
        assertThat(names(run("阿宇55歲的媽媽阿鵲姨聽完兒子說話，轉頭向記者說：「他就是不想讓我擔心。」")))
                .containsExactly("阿鵲姨");
        assertThat(names(run("徐得福的工頭阿章說，幾個好友湊錢慰助。"))).containsExactly("阿章");
        assertThat(names(run("阿文妹妹說，大哥雖有保險。"))).as("阿文's sister, unnamed").isEmpty();
        assertThat(names(run("潘媽媽在錄音中表示，今日已是第四個中秋節。"))).containsExactly("潘媽媽");
    }
    @Test
    void aFamiliarNameStandsForTheFullNameWrittenAboveWhenNoOneOfThatNameSpoke() {
        SpeakerAnalysis a = run("搅拌站站长郝海潮蹲下身，伸手试了试温度。", "郝海潮每天都在工地。", "“今年还在工地过年。”老郝说。");
        assertThat(a.blockSpeakers()).containsExactly(null, null, "郝海潮");
        SpeakerAnalysis b = run("陳美玲今年40歲，陳美玲在街市工作。", "阿玲說：「生意越來越難做。」");
        assertThat(b.blockSpeakers()).containsExactly(null, "陳美玲");
        assertThat(names(run("“这个雕塑是摇臂钻床。”讲解员介绍，老工业区留存的机床都保护下来了。"))).isEmpty();
        assertThat(names(run("當小朋友成長後，因為當時的任性，他說會後悔。"))).isEmpty();
    }
    @Test
    void aMarriedShortFormStandsForTheFourCharacterNameEarlierInItsBlock() {
        SpeakerAnalysis a = run("林鄭月娥自宣布參選後，公關危機不斷。林鄭月娥其後再三解畫，林鄭表示會虛心聆聽。");
        assertThat(names(a)).containsExactly("林鄭月娥");
    }
    @Test
    void aFamiliarNameStandsForNoFullNameWrittenOnlyOnce() {
        SpeakerAnalysis a = run("林鄭用什麼標準挑選官員？", "林鄭表示會虛心聆聽。");
        assertThat(names(a)).containsExactly("林鄭");
    }
    @Test
    void aBareSurnameStandsForTheFullNameEarlierInItsBlock() {
        SpeakerAnalysis a = run("死因庭傳召時任高級消防隊長劉大男出庭作供。劉透露，當日火勢猛烈。");
        assertThat(names(a)).containsExactly("劉大男");
    }
    @Test
    void aPronounAfterAQuotedNicknameIsThePerson() {
        SpeakerAnalysis a = run("現年66歲的「發哥」周潤生，今日獲頒榮譽博士學位。", "陳大文表示，典禮很隆重。",
                "「發哥」早於17歲時已輟學，對此他笑言，母親最有先見之明。");
        assertThat(a.blockSpeakers()).containsExactly(null, "陳大文", "周潤生");
    }
    @Test
    void aQuotedNicknameBeforeTheFullNameStandsForThePerson() {
        SpeakerAnalysis a = run("現年66歲的「發哥」周潤生，今日獲頒榮譽博士學位。", "「發哥」表示，香港人給了他很多鼓勵。");
        assertThat(names(a)).containsExactly("周潤生");
        assertThat(a.blockSpeakers()).containsExactly(null, "周潤生");
    }
    @Test
    void aTitleThatRunsOnIntoABodysHeadNounMakesNoSurnameAndTitle() {
        SpeakerAnalysis a = run("一位工程師Edward Mok，向委員會提交的供詞中表示，有工人剪短鋼筋。");
        assertThat(names(a)).doesNotContain("向委員");
    }
    @Test
    void aCompoundSurnameDoesNotStartOnTheLastCharacterOfATitle() {
        assertThat(run("“这个小区属于应该更好更快保障的类型。”西宁市委组织部副部长孙鑫说。").blockSpeakers()).containsExactly("孙鑫");
    }
    @Test
    void villagersAndSingleMothersAreTitlesBeforeAName() {
        assertThat(run("河北元氏县东于科村村民董彦辉喜滋滋，“家里通了自来水，安心多了。”").blockSpeakers()).containsExactly("董彦辉");
        assertThat(run("43歲單親媽阿惠說，18歲女兒小淑去年底因車禍昏迷。").blockSpeakers()).containsExactly("阿惠");
        assertThat(run("“9000万支缝隙刷！”在安徽潜山市源潭镇，90后返乡青年黄雪玲拿下越南客户大订单。").blockSpeakers())
                .containsExactly("黄雪玲");
        assertThat(run("“儿子给我做了详细攻略。”在古城东门前，72岁的南京游客赵凤兰有些不知所措。").blockSpeakers())
                .containsExactly("赵凤兰");
    }
    @Test
    void aSurnameWithAnOfficeAndNoFullNameIsNobodysName() {
        assertThat(names(run("许牧师说，教会会继续帮忙。"))).isEmpty();
        assertThat(names(run("長春市商務局曲局長表示，會推動電商發展。"))).isEmpty();
        assertThat(names(run("牧師許大文到場探望。", "許牧師說，教會會繼續幫忙。"))).containsExactly("許大文");
    }
    @Test
    void aRareCharacterAfterASurnameMayBePartOfAGivenNameAfterATitleOrARelation() {
        assertThat(names(run("學生輔導中心總幹事吳寳城表示，課程的教學語言涉及中文。"))).containsExactly("吳寳城");
        assertThat(names(run("阿松的好友翁豊郎說，自己在外地上班。"))).containsExactly("翁豊郎");
        assertThat(names(run("中心醫院一線醫生楊珥告訴記者，目前還有四位醫生瀕危。"))).containsExactly("楊珥");
    }
    @Test
    void theMeetingVerbOfAnOrganisationEndingBeforeATitleOpensNoSetting() {
        assertThat(run("關注組有十個學生會。大學學生會會長黃大文發言時表示，反對方案。").blockSpeakers()).containsExactly("黃大文");
        assertThat(run("陳大文會見記者時表示，反對方案。").blockSpeakers()).containsExactly("陳大文");
    }
    @Test
    void aLatinNameEndingInAKindOfBodyIsNoPersonsName() {
        assertThat(names(run("河畔審查委員會（River Economic and Security Review Commission，RESRC）周四發表報告，提及修訂的建議。")))
                .doesNotContain("Review Commission", "River Economic and Security Review Commission");
        assertThat(names(run("大律師Lord Pannick表示，案件複雜。"))).containsExactly("Lord Pannick");
    }
    @Test
    void aTibetanNameOfTwoCommonElementsIsReadWhole() {
        assertThat(names(run("“生活越来越好。”西藏大学党委副书记扎西次仁说。"))).containsExactly("扎西次仁");
        assertThat(names(run("村民旦增罗布说，房屋被地震摧毁。"))).containsExactly("旦增罗布");
        assertThat(names(run("他来自扎西次仁家。"))).isEmpty();
    }
    @Test
    void aMarriedNameNeedsOnlyOneGivenCharacterCommonAtItsPlace() {
        assertThat(names(run("時任常任秘書長羅范椒芬曾說，教改沒有問題。"))).containsExactly("羅范椒芬");
        assertThat(names(run("羅范椒芬說：「此事為真。」", "羅范稱，小孩是朋友的女兒。"))).containsExactly("羅范椒芬");
    }
    @Test
    void aCardinalsTitleAfterTheNameEndsIt() {
        SpeakerAnalysis a = run("獲任命為宗座署理的湯大漢樞機，日前向全港堂區發出指示，表示修例引起恐慌。");
        assertThat(names(a)).containsExactly("湯大漢");
        assertThat(a.speakers().get(0).titles()).contains("樞機");
    }
    @Test
    void aNameTheTextAlwaysWritesWithAThirdCharacterIsThatLongerName() {
        assertThat(names(run("退休教師何志能（68歲）每天到公園晨運。", "何志能感慨地說，身體大不如前。"))).containsExactly("何志能");
        assertThat(names(run("工程師陳安強調，工程會在年底完成。", "陳安強烈反對延期。"))).containsExactly("陳安");
    }
    @Test
    void aPersonReadByTheEndOfADottedNameIsTheDottedName() {
        assertThat(names(run("英國作家約翰·布朗森與中國結緣。後來他在書中寫道：「我愛中國。」"))).containsExactly("約翰·布朗森");
        assertThat(names(run("大學教授彼得·洛夫奧諾夫認為：「很好。」", "洛夫奧諾夫介紹，劇院演出了新戲。")))
                .containsExactly("彼得·洛夫奧諾夫");
        assertThat(run("比利时画家福莉·德勇告诉记者，她多次来到中国。").blockSpeakers()).containsExactly("福莉·德勇");
    }
    @Test
    void aTitleMarksAThreeCharacterNameWhoseSurnameTheTableLacks() {
        assertThat(run("“创新是动能所在。”河畔省委书记信东明说。").blockSpeakers()).containsExactly("信东明");
        assertThat(run("申訴專員總結指，警務處未能提供理據。").blockSpeakers()).doesNotContain("總結");
    }
    @Test
    void aNameDoesNotEndInsideOrBeforeTheSuffixOfABody() {
        assertThat(run("“销量增长明显。”华达集团旗下饭店相关负责人介绍。").blockSpeakers()).containsOnlyNulls();
    }
}
