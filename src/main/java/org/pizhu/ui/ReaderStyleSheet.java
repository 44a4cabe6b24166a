package org.pizhu.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The reader's generated style sheet: the user's font, size, spacing and measure as CSS, applied as a {@code data:}
 * URL on top of the static {@code pizhu.css}. Colours stay in {@code pizhu.css}.
 */
public final class ReaderStyleSheet {
    private ReaderStyleSheet() {
    }

    /** The CSS text for the given settings; {@code body}/{@code heading} are family names, or empty for defaults. */
    public static String css(String body, String heading, double size, double lineSpacing) {
        StringBuilder css = new StringBuilder();
        css.append(".reader-area {\n");
        if (!body.isEmpty()) {
            css.append("  -fx-font-family: ").append(quote(body)).append(";\n");
        }
        css.append("  -fx-font-size: ").append(px(size)).append(";\n}\n");
        css.append(".reader-area .paragraph-text {\n  -fx-line-spacing: ").append(px(size * lineSpacing))
                .append(";\n  -fx-padding: 0 0 ").append(px(size * 0.9)).append(" 0;\n}\n");
        if (!heading.isEmpty()) {
            css.append(".reader-area .paragraph-text.heading .text, .reader-area .paragraph-text.byline .text, ")
                    .append(".reader-area .paragraph-text.credit .text {\n  -fx-font-family: ").append(quote(heading))
                    .append(";\n}\n");
        }
        css.append(".reader-area .paragraph-text.heading {\n  -fx-line-spacing: ").append(px(size * 0.3))
                .append(";\n  -fx-padding: ").append(px(size * 0.8)).append(" 0 ").append(px(size * 0.8))
                .append(" 0;\n}\n");
        return css.toString();
    }

    /** {@code css} as a URL JavaFX accepts in a stylesheet list. */
    public static String dataUrl(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static String px(double v) {
        return String.format(Locale.ROOT, "%.1fpx", v);
    }

    private static String quote(String family) {
        return "\"" + family.replace("\\", "").replace("\"", "") + "\"";
    }
}
