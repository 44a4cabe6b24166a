package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pizhu.speakers.SpeakerRuns.names;
import static org.pizhu.speakers.SpeakerRuns.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.document.BlockKind;

/**
 * Rules for organisations as speakers, each on made-up sentences: every test fails without its rule.
 */
class OrganisationRulesTest {

    @Test
    void aLatinAbbreviationInBracketsIsAnAliasOfTheOrganisation() {
        SpeakerAnalysis a = run("河畔工程師學會（Riverside Institute of Engineers，RIE）成立於1950年。",
                "RIE回覆說，正調查廣告的來源。");
        assertThat(names(a)).containsExactly("河畔工程師學會");
        assertThat(a.blockSpeakers()).containsExactly(null, "河畔工程師學會");
        assertThat(a.speakers().get(0).aliases()).contains("RIE");
    }

    @Test
    void aHeadNounRightAfterTheBracketedAbbreviationNamesAPartOfTheOrganisation() {
        SpeakerAnalysis a = run("山邊測量學會（SSA）總會表示，從未批准這項安排。");
        assertThat(names(a)).containsExactly("山邊測量學會");
        assertThat(names(run("山邊測量學會（SSA）表示，從未批准這項安排。"))).containsExactly("山邊測量學會");
    }

    @Test
    void aSideWordAloneIsTheOrganisationLastNamedWithItsHeadCharacter() {
        SpeakerAnalysis a = run("河畔環境署表示，會加強巡查。", "山邊大學亦指，支持有關計劃。", "署方則指，現行安排合理。");
        assertThat(a.blockSpeakers()).containsExactly("河畔環境署", "山邊大學", "河畔環境署");
        assertThat(names(run("校方表示，會跟進事件。"))).containsExactly("校方");
    }

    @Test
    void anOrganisationOpeningTheSentenceBeforeATimeWordOrJiuSpeaksAfterTheComma() {
        assertThat(run("河畔環境署昨致函所有學校，稱活動須延期。").blockSpeakers()).containsExactly("河畔環境署");
        assertThat(run("河畔環境署就噪音投訴展開調查，認為情況嚴重。").blockSpeakers()).containsExactly("河畔環境署");
    }

    @Test
    void siEndsAGovernmentDepartmentButNoNameBeforeACompoundSurname() {
        assertThat(names(run("山邊律政司表示，會研究判詞。"))).containsExactly("山邊律政司");
        assertThat(names(run("參選山邊區的司馬青表示，會提出動議。"))).containsExactly("司馬青");
    }

    @Test
    void aPrepositionOfTimeGoesWithTheTimeWordBeforeTheVerb() {
        assertThat(names(run("河畔局於當地時間週五（3日）表示，會加強巡查。"))).containsExactly("河畔局");
        assertThat(names(run("陳大文在8月9日出席山邊議會聆訊時強調，工程已完成。"))).containsExactly("陳大文");
    }

    @Test
    void aPartyWordAfterItsCountrySpeaksUnderItsOwnName() {
        assertThat(names(run("河畔國白宮表示，將杯葛比賽。"))).containsExactly("白宮");
    }

    @Test
    void aGeneratedAdverbStandsBetweenTheSpeakerAndTheVerb() {
        assertThat(names(run("河畔局正式宣布，將加強巡查。"))).containsExactly("河畔局");
        assertThat(names(run("陳大文積極回應，會研究方案。"))).containsExactly("陳大文");
        assertThat(names(run("商會主席何永遠表示，會研究方案。"))).containsExactly("何永遠");
    }

    @Test
    void aShortFormDoesNotStartInsideAWordAfterAnOpener() {
        assertThat(names(run("主席在成立100周年大會上警告外來勢力。"))).doesNotContain("年大");
    }

    @Test
    void aPublicationInTitleMarksOpeningTheClauseSpeaksThroughTheVerbAfterIt() {
        SpeakerAnalysis a = run("《大公報》在17日以頭版報道，批評藝發局資助電影，三年撥款近1億。");
        assertThat(a.blockSpeakers()).containsExactly("大公報");
    }

    @Test
    void hongKongCourtsByTheirShortNamesAreBodies() {
        assertThat(run("律政司不服上訴，上訴庭在2020年6月裁定律政司上訴得直，指藐視罪成立。").blockSpeakers())
                .containsExactly("上訴庭");
    }

    @Test
    void aPublicationSpeaksInItsEditorialOrAccountButNotWhenItReports() {
        assertThat(names(run("《河畔日報》官方微博發文指，隊員很英勇。"))).containsExactly("河畔日報");
        assertThat(names(run("《河畔日報》社論指，工程應暫停。"))).containsExactly("河畔日報");
        assertThat(names(run("《河畔日報》報道，工程已暫停。"))).isEmpty();
    }

    @Test
    void whenOpeningTheClauseIsNoPartOfTheOrganisationButLocalIs() {
        assertThat(names(run("而當河畔遊戲團隊在聲明慨嘆：「江湖從此多事」。"))).containsExactly("河畔遊戲團隊");
        assertThat(names(run("当地政府表示，会跟进。"))).containsExactly("当地政府");
    }
    @Test
    void aTwoCharacterShortFormStandsForTheBodyItAbbreviates() {
        SpeakerAnalysis a = run("民間人權陣線發聲明強烈譴責政府。", "民陣表示將會籌辦遊行。");
        assertThat(names(a)).containsExactly("民間人權陣線");
        assertThat(a.blockSpeakers()).containsExactly("民間人權陣線", "民間人權陣線");
    }
    @Test
    void aConjunctionOpeningTheClauseIsNoPartOfTheOrganisation() {
        assertThat(names(run("惟河畔大學學生會表示，活動照常舉行。"))).containsExactly("河畔大學學生會");
        assertThat(names(run("反正監察委員會認為，投訴不成立。"))).containsExactly("監察委員會");
    }

    @Test
    void aQuotedPhraseOpeningWithAFunctionWordIsNoName() {
        assertThat(names(run("某報今日報道，「有消息」指兩人上周見面。"))).isEmpty();
        assertThat(names(run("另一工會「河畔職工聯會」亦表示，會參與罷工。"))).containsExactly("河畔職工聯會");
    }

    @Test
    void aWellKnownOrganisationWithoutAHeadNounSpeaks() {
        assertThat(names(run("聯合國表示，會繼續監察局勢。"))).containsExactly("聯合國");
        assertThat(names(run("昨日天文台表示，颱風會轉向。"))).containsExactly("天文台");
        assertThat(run("美國五角大樓發表聲明稱，演習如期舉行。").blockSpeakers()).containsExactly("五角大樓");
    }

    @Test
    void aWellKnownOrganisationNeedsAClearLeftEdge() {
        assertThat(names(run("他們要求港鐵表示歉意。"))).doesNotContain("港鐵");
    }

    @Test
    void observatoriesNewspapersAndTeamsEndOrganisationNames() {
        assertThat(names(run("西九龍總區重案組回覆眾新聞查詢表示，正積極調查。"))).containsExactly("西九龍總區重案組");
        assertThat(names(run("他們分成5組，每組有11人，每人先作自我介紹。"))).isEmpty();
        assertThat(names(run("河畔市氣象台預計，明日有雨。"))).containsExactly("河畔市氣象台");
        assertThat(names(run("山邊日報評論說，這是好事。"))).containsExactly("山邊日報");
    }

    @Test
    void aNameReadsAcrossAnInnerConjunctionAfterAShortField() {
        assertThat(names(run("創新及科技局表示，會加快發展。"))).containsExactly("創新及科技局");
        assertThat(names(run("河畔特區政府商務及經濟發展局表示，會加快發展。"))).containsExactly("河畔特區政府商務及經濟發展局");
        assertThat(names(run("人力资源和社会保障部表示，会加快发展。"))).containsExactly("人力资源和社会保障部");
    }

    @Test
    void twoBodiesAListOrAPersonBeforeTheConjunctionAreNoPartOfTheName() {
        assertThat(names(run("河畔警務處及河畔消防處表示，會加強合作。"))).containsExactlyInAnyOrder("河畔警務處", "河畔消防處");
        assertThat(names(run("記者整理了案件詳情、投訴及河畔司法機構回應指，投訴不成立。"))).containsExactly("河畔司法機構");
        assertThat(names(run("陳大文及民政事務局表示，會加強合作。"))).containsExactlyInAnyOrder("陳大文", "民政事務局");
        assertThat(names(run("教師專業發展及社會福利署表示，會加強合作。"))).containsExactly("社會福利署");
    }

    @Test
    void bodiesOrPeopleNamedTogetherBeforeOneVerbAllSpeak() {
        SpeakerAnalysis a = run("河畔警方及河畔保安局隨後發聲明指，留意到有團體表示不會遵從。");
        assertThat(names(a)).containsExactlyInAnyOrder("河畔警方", "河畔保安局");
        assertThat(a.blockSpeakers()).containsExactly("河畔保安局");
        assertThat(names(run("昨日，陳大文和李小明表示，會繼續努力。"))).containsExactlyInAnyOrder("陳大文", "李小明");
        assertThat(names(run("公務員須效忠河畔政府和河畔委員會，委員會表示支持。"))).doesNotContain("河畔政府");
    }

    @Test
    void theSideOfAnOrganisationNamedInFullElsewhereIsThatOrganisation() {
        SpeakerAnalysis a = run("去年，河畔置業集團在長沙開售新樓盤。", "對此，河畔置業方面回應稱，已經整改。");
        assertThat(names(a)).containsExactly("河畔置業集團");
        assertThat(a.speakers().get(0).aliases()).contains("河畔置業方面");
        assertThat(names(run("另一方面，政府方面表示，會跟進。", "河畔政府新聞處發表聲明。"))).doesNotContain("政府新聞處");
    }

    @Test
    void aTimeWordOfTwoCharactersIsNoPartOfAnOrganisationsName() {
        assertThat(names(run("河畔區民政事務專員陳大文其後透過河畔選管會表示，已經解釋。"))).containsExactly("河畔選管會");
    }

    @Test
    void aVerbIsNoPartOfAnOrganisationsName() {
        assertThat(names(run("羅傑斯上周接獲中間人轉達河畔國駐英國大使館表示，不會發簽證。"))).containsExactly("河畔國駐英國大使館");
        assertThat(names(run("河畔國家發展和改革委員會表示，會穩定物價。"))).containsExactly("河畔國家發展和改革委員會");
    }

    @Test
    void aKnownPublicationInTitleMarksSpeaksButTheTextsOwnOutletDoesNot() {
        assertThat(run("專家組考察後去北京匯報。《財新》稱，正是專家組確定了人傳人。").blockSpeakers()).containsExactly("財新");
        assertThat(run("《基本法》指明，特區享有高度自治。").blockSpeakers()).containsExactly((String) null);
        SpeakerAnalysis own = new SpeakerAnalyzer().analyze(GoldDocuments.of(List.of(BlockKind.PARAGRAPH, BlockKind.BYLINE),
                List.of("眾新聞披露，8名公務員遭免去署任職位。", "眾新聞記者")));
        assertThat(names(own)).isEmpty();
        assertThat(names(run("眾新聞披露，8名公務員遭免去署任職位。"))).as("no byline names the outlet").containsExactly("眾新聞");
    }

    @Test
    void aBodySpeaksThroughItsStatementAndAfterAMeetingAndIsNotCutInsideItsHead() {
        assertThat(run("河畔協會的聲明指，政府應撤回方案。").blockSpeakers()).containsExactly("河畔協會");
        assertThat(run("河畔協會的發言人表示，政府應撤回方案。").blockSpeakers()).containsExactly("河畔協會");
        assertThat(run("河畔協會昨日與政府會面後表示，會繼續跟進。").blockSpeakers()).containsExactly("河畔協會");
        assertThat(run("陳大文與政府會面後表示，會繼續跟進。").blockSpeakers()).containsExactly("陳大文");
        assertThat(names(run("河畔協會與政府會面後表示，會繼續跟進。"))).doesNotContain("河畔協");
    }

    @Test
    void aBodyOpeningTheSentenceWithASettingOrAnActSpeaksAfterTheCommaAndConcernGroupsAreBodies() {
        assertThat(run("河畔協會在其網頁發帖，批評政府失職。").blockSpeakers()).containsExactly("河畔協會");
        assertThat(run("河畔關注組表示，會繼續跟進。").blockSpeakers()).containsExactly("河畔關注組");
        assertThat(run("河畔醫院向急救中心求助，希望對患兒實施航空轉運。").blockSpeakers())
                .as("asking for help is an act").containsExactly((String) null);
    }

    @Test
    void aForecastIsABodysStatementAndAnHourAfterADayStandsBetween() {
        assertThat(run("河畔市气象台25日6时发布天气预报，气温仍然低迷，白天晴。").blockSpeakers()).containsExactly("河畔市气象台");
        assertThat(run("河畔市天文台昨日發出預警，指明日有暴雨。").blockSpeakers()).containsExactly("河畔市天文台");
    }
    @Test
    void cadresInsidesAndOfficersInChargeEndInAHeadNounButAreNoBodies() {
        assertThat(names(run("當地公所急難救助承辦說，正協助申辦急難金。"))).isEmpty();
        assertThat(names(run("報道引述另一綠委說，原本覺得會贏。", "該綠委說，許多改革不接地氣。"))).isEmpty();
        assertThat(names(run("这个春节，记者走基层、访一线，听基层干部讲述减负带来的变化。"))).isEmpty();
        assertThat(names(run("就傳出國民黨內部擔心是否會收到賀電，指關係緊張。"))).isEmpty();
        assertThat(names(run("國民黨中央黨部表示，會繼續努力。"))).containsExactly("國民黨中央黨部");
    }
    @Test
    void aBodysHeadNounAloneAtAClauseStartIsTheBodyNamedBefore() {
        SpeakerAnalysis a = run("河畔巴士僱員工會表示，車長工作時間過長。", "工會又批評，公司為節省維修成本，曾出現維修不當的情況。");
        assertThat(a.blockSpeakers()).containsExactly("河畔巴士僱員工會", "河畔巴士僱員工會");
        assertThat(names(run("澳洲管理會計師公會（ICMA）總會表示，事前對廣告並不知情。"))).containsExactly("澳洲管理會計師公會");
    }
    @Test
    void aPressOfficerSpeaksForTheBodyNamedBefore() {
        assertThat(run("特首辦新聞主任回應指，行會成員不會評論。").blockSpeakers()).containsExactly("特首辦");
        assertThat(run("商务部新闻官表示，会继续谈判。").blockSpeakers()).containsExactly("商务部");
    }
    @Test
    void theGovernmentAloneSpeaksAsItselfWhenNoGovernmentWasNamedAndOnlyThroughWordsOrAnAnnouncement() {
        assertThat(run("政府昨晚宣布，兩座大廈列為受限區域。", "政府表示，會加派人手。").blockSpeakers()).containsExactly("政府", "政府");
        assertThat(run("政府早前建議修例，醫學會表示反對。").blockSpeakers()).containsExactly("醫學會");
        assertThat(run("特區政府發言人表示，會研究。", "政府又指，已收到意見。").blockSpeakers()).containsExactly("特區政府", "特區政府");
    }
    @Test
    void aQuotedNameAfterABusinessRoleIsABody() {
        assertThat(run("工程分判商「河畔興業」今日發聲明指，事件已擾攘三個月。").blockSpeakers()).containsExactly("河畔興業");
    }
    @Test
    void aSpokespersonOrPressOfficerOfAKnownBodySpeaksForIt() {
        assertThat(run("港鐵發言人回覆傳媒查詢時指，承建商已知會港鐵。").blockSpeakers()).containsExactly("港鐵");
        assertThat(run("港鐵公關表示，3人是總經理。").blockSpeakers()).containsExactly("港鐵");
    }
    @Test
    void aBodysOwnLetterRightAfterItsNameSpeaksForIt() {
        assertThat(run("網上流傳的河畔管理局覆函表示，由於找不到記錄，因此不會調查。").blockSpeakers()).containsExactly("河畔管理局");
    }
}
