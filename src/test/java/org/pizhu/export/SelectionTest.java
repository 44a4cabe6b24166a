package org.pizhu.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.annotate.Anchorer;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.document.Document;
import org.pizhu.reflow.Reflower;

/** The passage an annotation exports where a caption printed among a paragraph's lines follows the paragraph. */
class SelectionTest {
    private static final String TEXT = String.join("\n", "城市圖書館昨日宣布延長開放時", "間，市民可於晚上十時前借閱書",
            "籍，館方表示措施將試行三個月，", "", "▲圖書館新設的自助借書機。", "", "並會按使用情況在年底前檢討安",
            "排，再決定是否恆常化。", "", "另外，館方亦會增設自助還書機，", "方便市民在閉館後還書。") + "\n";

    private static Annotation over(Document d, String from, String to) {
        Anchorer anchorer = new Anchorer(d);
        int start = anchorer.find(from).get(0)[0];
        int end = anchorer.find(to).get(0)[1];
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return new Annotation(1, 1, AnnotationKind.HIGHLIGHT, Color.values()[0], anchorer.anchor(start, end), false, "",
                List.of(), t, t, "");
    }

    @Test
    void aHighlightAcrossTheCaptionsPlaceInTheParagraphQuotesOnlyTheParagraph() {
        Document d = new Reflower().reflow("t.txt", TEXT);
        assertThat(d.blocks().get(1).text()).startsWith("▲");
        assertThat(d.passesOver(1, d.blocks().get(0).sourceStart(), d.blocks().get(0).sourceEnd())).isTrue();
        assertThat(Selection.text(d, over(d, "館方表示", "年底前檢討"))).isEqualTo("館方表示措施將試行三個月，並會按使用情況在年底前檢討");
    }

    @Test
    void aHighlightFromTheParagraphIntoTheCaptionKeepsBoth() {
        Document d = new Reflower().reflow("t.txt", TEXT);
        assertThat(Selection.text(d, over(d, "三個月", "自助借書機"))).isEqualTo("三個月，\n▲圖書館新設的自助借書機");
    }
}
