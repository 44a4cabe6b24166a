package org.pizhu.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;

/** The style spans a paragraph's marks become. */
class HighlightSpansTest {
    @Test
    void overlappingMarksCombineTheirClassesOverTheWholeParagraph() {
        var spans = HighlightPainter.spans(List.of(new Mark(2, 6, AnnotationKind.HIGHLIGHT, Color.YELLOW, false, 1),
                new Mark(4, 8, AnnotationKind.UNDERLINE, Color.BLUE, false, 2)), 10);
        assertThat(spans.length()).isEqualTo(10);
        assertThat(spans.getSpanCount()).isEqualTo(5);
        assertThat(spans.getStyleSpan(2).getStyle()).containsAll(spans.getStyleSpan(1).getStyle());
    }

    @Test
    void anEmptyParagraphGetsEmptySpansInsteadOfAnError() {
        var spans = HighlightPainter.spans(List.of(new Mark(0, 3, AnnotationKind.HIGHLIGHT, Color.GREEN, false, 1)), 0);
        assertThat(spans.length()).isZero();
    }
}
