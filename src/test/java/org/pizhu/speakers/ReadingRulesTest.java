package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pizhu.speakers.SpeakerRuns.names;
import static org.pizhu.speakers.SpeakerRuns.run;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.document.BlockKind;

/**
 * The rules of issue 15's second round, on made-up sentences: bare titles and surnames that point back at a person,
 * familiar names resolved to the full name in brackets, short organisation names, citing verbs, statements printed in
 * full, Q&A answers, titles after a copula, bylines of names alone and signatures.
 */
class ReadingRulesTest {
    private final SpeakerAnalyzer analyzer = new SpeakerAnalyzer();

    @Test
    void aNameEndingInAConjunctionIsCompletedFromTheDocument() {
        SpeakerAnalysis a = run("39歲的陳大和6月頭部受傷後，「今年7月出院時，朋友說有工作。」", "陳大和說，6月初滑倒撞頭。",
                "陳大和的五姊說，弟弟心地善良。");
        assertThat(names(a)).containsExactly("陳大和");
        assertThat(names(run("陳大和李小明昨日會面。", "陳大和王小華表示，會再研究。"))).doesNotContain("陳大和");
    }

    @Test
    void aMarriedNameReadShortIsCompletedFromTheDocument() {
        SpeakerAnalysis a = run("這兩年孩子稍大，葉師心玲到餐館做清潔工，「生活很艱苦。」", "42歲太太葉師心玲說，先生跑計程車。",
                "葉師心玲的母親也來幫忙。");
        assertThat(names(a)).containsExactly("葉師心玲");
    }

    @Test
    void anElderSiblingsWordAfterAGivenNameCharacterIsAFamiliarName() {
        SpeakerAnalysis a = run("裁縫店負責人清姐裁剪布樣。清姐說，布口罩的生意好。");
        assertThat(names(a)).containsExactly("清姐");
        assertThat(names(run("拾荒者陳美蘭（蘭姐）的控罪撤銷。", "蘭姐說，對此感開心。"))).containsExactly("陳美蘭");
        assertThat(names(run("前主席李大飛上月逝世。", "李大飛生前從政多年。", "飛哥說，要團結。"))).containsExactly("李大飛");
        assertThat(names(run("表姐說，好。", "她的學姐說，好。", "大姐說，好。"))).isEmpty();
        assertThat(names(run("對此，刀哥說，好。", "刀哥表示，好。"))).as("a rare character: a persona").isEmpty();
    }

    @Test
    void aFamiliarNameInBracketsAfterTheFullNameStandsForIt() {
        SpeakerAnalysis a = run("30歲陳美玲（阿玲）替中風的先生陳大一（阿一）擦澡。", "阿玲說，今年7月，阿一在工地昏倒。");
        assertThat(names(a)).containsExactly("陳美玲");
        assertThat(a.blockSpeakers()).containsExactly(null, "陳美玲");
    }

    @Test
    void aBareTitleOrSurnameStandsForThePersonNamedBefore() {
        SpeakerAnalysis a = run("法官陳大文今日裁定銀行職員李小明罪成，判處監禁三個月。", "法官認為，被告的證供前後矛盾。",
                "李否認曾經在場，但未獲接納。");
        assertThat(names(a)).containsExactlyInAnyOrder("陳大文", "李小明");
        assertThat(a.blockSpeakers()).containsExactly(null, "陳大文", "李小明");
        assertThat(names(run("法官認為，證供前後矛盾。"))).isEmpty();
    }

    @Test
    void aFamiliarNameResolvesToTheFullNameInBrackets() {
        SpeakerAnalysis a = run("52歲的阿明（張志明）在家休養。", "阿明說，希望早日康復。");
        assertThat(names(a)).containsExactly("張志明");
        assertThat(a.speakers().get(0).aliases()).contains("阿明");
    }

    @Test
    void shortOrganisationNamesAndCitingVerbs() {
        assertThat(names(run("城大表示，會加強校園保安。"))).containsExactly("城大");
        assertThat(names(run("法院表示，會依法審理。"))).isEmpty();
        assertThat(names(run("路透社引述法國外交部指，會密切留意事態發展。"))).containsExactly("法國外交部");
        assertThat(names(run("多間書店表示，生意下跌。"))).isEmpty();
    }

    @Test
    void aStatementPrintedInFullBelongsToItsAuthorUntilTheByline() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(
                List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.BYLINE,
                        BlockKind.PARAGRAPH),
                List.of("就坊間的質疑，街坊互助關注組發表澄清聲明：", "我們對事件深表遺憾。", "我們會檢討有關安排。",
                        "陳大文2020年5月1日", "天氣持續炎熱。")));
        assertThat(a.blockSpeakers()).containsExactly("街坊互助關注組", "街坊互助關注組", "街坊互助關注組", null, null);
        assertThat(a.reporters()).isEmpty();
    }

    @Test
    void anAnswerContinuesUntilTheNextQuestion() {
        SpeakerAnalysis a = run("王大明：我覺得可以接受。", "其實大家都明白這個道理。", "問：為甚麼不早點說？",
                "王大明：因為時間不夠。");
        assertThat(a.blockSpeakers()).containsExactly("王大明", "王大明", null, "王大明");
    }

    @Test
    void theItemsOfAListAParagraphAnnouncesWithAColonAreItsSpeakers() {
        List<BlockKind> kinds = new java.util.ArrayList<>(Collections.nCopies(6, BlockKind.PARAGRAPH));
        kinds.set(1, BlockKind.HEADING);
        SpeakerAnalysis a = new SpeakerAnalyzer().analyze(GoldDocuments.of(kinds, List.of("區域法院法官李大年今日判刑。", "針對被告的證據",
                "然而，李官形容針對被告的證據「強而有力」，包括短訊紀錄及兩次錄影會面：", "⚫️被告與黃小明認識了一段時間。",
                "⚫️案發前一天，黃小明向被告表示，將有行動。", "⚫️案發當日，二人一直保持聯絡，可見被告的出現並非偶然。")));
        assertThat(a.blockSpeakers()).containsExactly(null, null, "李大年", "李大年", "李大年", "李大年");
    }

    @Test
    void householdsAndEverydayDescriptionsAreTitles() {
        SpeakerAnalysis a = run("当地番茄种植户高家明说，今年收成好。", "乌克兰姑娘龙小慧说：“这里很美。”", "退休船长李大海说，海上风浪大。");
        assertThat(a.speaker("高家明").orElseThrow().titles()).contains("当地番茄种植户");
        assertThat(a.speaker("龙小慧").orElseThrow().titles()).contains("乌克兰姑娘");
        assertThat(a.speaker("李大海").orElseThrow().titles()).contains("退休船长");
        assertThat(run("採訪時，52歲單親爸陳大鐘穿著護腰背架，坐立難安，他說，今年6月受傷。").blockSpeakers()).containsExactly("陳大鐘");
    }

    @Test
    void titlesAfterACopulaAndBeforeAQuotedNickname() {
        SpeakerAnalysis a = run("陳大文表示，會繼續努力。", "陳大文亦是某某基金會主席，他表示明年再戰。",
                "港隊代表「飛魚」何小玲說，感謝家人支持。");
        assertThat(a.speaker("陳大文").orElseThrow().titles()).contains("某某基金會主席");
        assertThat(a.speaker("何小玲").orElseThrow().titles()).contains("港隊代表");
    }

    @Test
    void aLineOfNamesAloneIsAByline() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of(Arrays.asList(BlockKind.HEADING, BlockKind.HEADING,
                BlockKind.PARAGRAPH), List.of("新產品面世", "李志強 王小華", "新產品今日面世。")));
        assertThat(a.reporters()).containsExactly("李志強", "王小華");
    }

    @Test
    void aPluralPronounNeverStandsForTheOnePersonWhoSpokeLast() {
        SpeakerAnalysis a = analyzer.analyze(GoldDocuments.of("教練李小明表示，獎項屬於團隊。", "他們說，這是最後一個獎項。",
                "他又說，會繼續努力。"));
        assertThat(a.blockSpeakers()).containsExactly("李小明", null, "李小明");
        SpeakerAnalysis b = analyzer.analyze(GoldDocuments.of("河畔教師協會表示，會繼續抗議。", "他們指，政府沒有回應。"));
        assertThat(b.blockSpeakers()).containsExactly("河畔教師協會", "河畔教師協會");
    }

    @Test
    void aCourtesyFormIntroducedWithYouIsThePronounsAntecedent() {
        SpeakerAnalysis a = run("老闆鄭先生說，會堅持下去。", "還有黃小姐，她特意從港島過來，她說很佩服老闆的決心。");
        assertThat(a.blockSpeakers()).containsExactly("鄭先生", "黃小姐");
    }

    @Test
    void aNameAfterWhenIsThePronounsAntecedentButWhenAsPartOfAWordIsNot() {
        SpeakerAnalysis a = run("議員李小明表示，會繼續抵制。", "當河畔司法大臣陳大文被問到會否抵制時，他只說自己不能代表所有人。");
        assertThat(a.blockSpeakers()).containsExactly("李小明", "陳大文");
        assertThat(names(run("辯方又指，林當時高聲說話。"))).doesNotContain("時高聲");
    }
    @Test
    void aQuotedParagraphAfterOneThatNamesNobodyIsThePersonTheStoryFollows() {
        SpeakerAnalysis a = run("汪大勇迟疑了。", "“家里人已经知道我放假了，我该怎么说？”", "汪大勇决定接下这个单子。",
                "当天，汪大勇送了30个人。", "汪大勇心里也犯嘀咕了。", "但是转念一想，不能让医生天天走回去啊。",
                "“我想着再坚持10天，哪怕是我感染了，那我也是一个人扛着。”", "汪大勇制定了严格的规定。");
        assertThat(a.blockSpeakers().get(6)).isEqualTo("汪大勇");
    }
    @Test
    void anUncleByHisSurnameIsNotTheGrandmotherWithTheSameSurname() {
        SpeakerAnalysis a = run("陳婆婆說，她每次覆診都要等三小時。", "▲陳伯表示體諒醫護人員工作辛勞。", "陳伯說，他預約了下午兩點。");
        assertThat(a.blockSpeakers()).containsExactly("陳婆婆", "陳伯", "陳伯");
    }
    @Test
    void aFamiliarNameTheStoryKeepsUsingIsANameWhateverItsCharacter() {
        SpeakerAnalysis a = run("45歲的阿財在工地受傷，阿財的妻子每天到醫院照顧他。", "阿財的三女阿雯剛出嫁。",
                "三女阿雯說：「爸病倒後，我們輪流照顧。」", "爸阿財說想快好再做事。", "阿雯也問小堯說：「要不要休息？」");
        assertThat(a.blockSpeakers()).containsExactly(null, null, "阿雯", "阿財", "阿雯");
    }
    @Test
    void aShortFormOfOnePersonsNameWrittenLessOftenIsThatPerson() {
        SpeakerAnalysis a = run("報道引述何范稱：「此事不實。」", "前司長何范美玲又表示，會保留追究權利。",
                "何范美玲在聲明中強調，她從未收受利益。");
        assertThat(names(a)).containsExactly("何范美玲");
        SpeakerAnalysis b = run("村民龍金美說，丈夫退休後家計困難。", "龍金美身旁的兒子說，會幫忙。", "龍金美表示，盼各界協助。");
        assertThat(names(b)).contains("龍金美");
    }
    @Test
    void aRelationHeldOrAddressedAfterTheSubjectDoesNotSpeakTheOpeningQuotation() {
        assertThat(run("「小明，爸爸會加油。」32歲的何家強抱著剛出生的兒子小明，擔憂的說，自己患上罕病。").blockSpeakers())
                .containsExactly("何家強");
        assertThat(run("「啊啊！」49歲的何家強大聲叫嚷，常鼓譟不安，一旁6歲次子小明，張大眼睛說：「爸爸變了。」").blockSpeakers())
                .containsExactly("小明");
    }
}
