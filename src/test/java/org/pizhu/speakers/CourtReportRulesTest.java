package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pizhu.speakers.SpeakerRuns.names;
import static org.pizhu.speakers.SpeakerRuns.run;

import org.junit.jupiter.api.Test;

/**
 * Court reports (issue 15): the parties named by their role, settings outside the court, and transcripts whose lines
 * are labelled with a surname or a role. Made-up sentences; every test fails without its rule.
 */
class CourtReportRulesTest {

    @Test
    void aWitnessOrThePartyConcernedNamedByRoleSpeaks() {
        assertThat(run("事主陳美玲在庭上表示她信奉佛教。").blockSpeakers()).containsExactly("陳美玲");
        assertThat(run("控方證人為女事主陳美玲，她在庭上表示她信奉佛教。").blockSpeakers()).containsExactly("陳美玲");
    }

    @Test
    void aSettingOutsideOrInsideAPlaceStandsBetweenTheSpeakerAndTheVerb() {
        assertThat(run("▲被告黃家明在庭外笑稱記者們只顧拍照。").blockSpeakers()).containsExactly("黃家明");
        assertThat(run("議員黃家明在立法會外表示，會繼續爭取。").blockSpeakers()).containsExactly("黃家明");
    }

    @Test
    void aRoleAloneStandsForThePersonNamedWithItAndASecondTitle() {
        SpeakerAnalysis a = run("▲被告警員黃家明在庭外笑稱記者們只顧拍照。", "控方證人陳美玲表示，她沒有報警。",
                "被告親自盤問時指出，陳是在調解後才拒絕聯絡。");
        assertThat(names(a)).containsExactlyInAnyOrder("黃家明", "陳美玲");
        assertThat(a.blockSpeakers()).containsExactly("黃家明", "陳美玲", "黃家明");
    }

    @Test
    void aTranscriptLineLabelledWithARoleIsThePersonsOfThatRole() {
        SpeakerAnalysis a = run("▲被告警員黃家明在庭外笑稱記者們只顧拍照。", "控方證人陳美玲表示，她沒有報警。",
                "陳：我無報案喎。", "被告：咁你做咩做證人？", "陳：我驚。");
        assertThat(a.blockSpeakers()).containsExactly("黃家明", "陳美玲", "陳美玲", "黃家明", "陳美玲");
    }
}
