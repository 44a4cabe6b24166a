package org.pizhu.ui.reader;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The reader's generated style sheet: the user's font, size, spacing and measure as CSS, applied as a {@code data:}
 * URL on top of the static {@code pizhu.css}. Colours stay in {@code pizhu.css}.
 */
public final class ReaderStyleSheet {
    private ReaderStyleSheet() {
    }

    /**
     * The CSS text for the given settings. {@code body} and {@code heading} give the families per script (empty for
     * none); each script's families apply under the area's pseudo-class {@link #pseudoClass(TextScript)}, so a script
     * switch changes one pseudo-class instead of the style sheet.
     */
    public static String css(Map<TextScript, String> body, Map<TextScript, String> heading, double size,
                             double lineSpacing) {
        StringBuilder css = new StringBuilder();
        css.append(".reader-area {\n  -fx-font-size: ").append(px(size)).append(";\n}\n");
        for (TextScript script : TextScript.values()) {
            String area = ".reader-area:" + pseudoClass(script);
            String b = body.getOrDefault(script, "");
            String h = heading.getOrDefault(script, "");
            if (!b.isEmpty()) {
                css.append(area).append(" {\n  -fx-font-family: ").append(quote(b)).append(";\n}\n");
            }
            if (!h.isEmpty()) {
                css.append(area).append(" .paragraph-text.heading .text, ").append(area)
                        .append(" .paragraph-text.byline .text, ").append(area)
                        .append(" .paragraph-text.credit .text {\n  -fx-font-family: ").append(quote(h))
                        .append(";\n}\n");
            }
        }
        css.append(".reader-area .paragraph-text {\n  -fx-line-spacing: ").append(px(size * lineSpacing))
                .append(";\n  -fx-padding: 0 0 ").append(px(size * 0.9)).append(" 0;\n}\n");
        css.append(".reader-area .paragraph-text.heading {\n  -fx-line-spacing: ").append(px(size * 0.3))
                .append(";\n  -fx-padding: ").append(px(size * 0.8)).append(" 0 ").append(px(size * 0.8))
                .append(" 0;\n}\n");
        return css.toString();
    }

    /** The reader area's pseudo-class while text in {@code script} is shown, e.g. {@code script-tc}. */
    public static String pseudoClass(TextScript script) {
        return "script-" + script.region().toLowerCase(Locale.ROOT);
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
