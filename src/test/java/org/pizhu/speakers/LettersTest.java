package org.pizhu.speakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pizhu.document.BlockKind.BYLINE;
import static org.pizhu.document.BlockKind.HEADING;
import static org.pizhu.document.BlockKind.PARAGRAPH;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.document.BlockKind;

/** Letters printed in full: the signed writer's words, not a reporter's (made-up letters). */
class LettersTest {
    private final SpeakerAnalyzer analyzer = new SpeakerAnalyzer();

    private SpeakerAnalysis analyze(List<BlockKind> kinds, List<String> texts) {
        return analyzer.analyze(GoldDocuments.of(kinds, texts));
    }

    @Test
    void theParagraphsOfASignedLetterAreTheWritersAndTheWriterIsNoReporter() {
        SpeakerAnalysis a = analyze(List.of(HEADING, HEADING, PARAGRAPH, PARAGRAPH, BYLINE, BYLINE, PARAGRAPH),
                List.of("王大明致信祝贺河畔学校建校百年", "贺  信", "值此河畔学校建校百年之际，我表示热烈祝贺！",
                        "希望同学们勤奋学习，健康成长。", "王大明", "2025年5月27日", "王大明在贺信中强调，教育是百年大计。"));
        assertThat(a.blockSpeakers()).containsExactly(null, null, "王大明", "王大明", null, null, "王大明");
        assertThat(a.reporters()).doesNotContain("王大明");
    }

    @Test
    void anArticleSignedByItsAuthorStaysTheReportersWhenNoLetterHeadsIt() {
        SpeakerAnalysis a = analyze(List.of(HEADING, PARAGRAPH, PARAGRAPH, BYLINE),
                List.of("河畔的春天", "春天來了，河畔開滿了花。", "我們在河邊散步。", "王大明"));
        assertThat(a.blockSpeakers()).containsOnlyNulls();
        assertThat(a.reporters()).containsExactly("王大明");
    }
}
