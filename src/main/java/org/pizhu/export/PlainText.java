package org.pizhu.export;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** A Markdown note as plain text (commonmark's text renderer): no markup, HTML kept only as the text it is. */
final class PlainText {
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder().build();

    private PlainText() {
    }

    /** The text a reader sees when {@code markdown} is rendered, without any markup. */
    static String of(String markdown) {
        return RENDERER.render(PARSER.parse(markdown)).strip();
    }
}
