package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pizhu.speakers.SpeakerRuns.names;
import static org.pizhu.speakers.SpeakerRuns.run;

import org.junit.jupiter.api.Test;

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
    void aPublicationSpeaksInItsEditorialOrAccountButNotWhenItReports() {
        assertThat(names(run("《河畔日報》官方微博發文指，隊員很英勇。"))).containsExactly("《河畔日報》");
        assertThat(names(run("《河畔日報》社論指，工程應暫停。"))).containsExactly("《河畔日報》");
        assertThat(names(run("《河畔日報》報道，工程已暫停。"))).isEmpty();
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
}
