package org.pizhu.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReaderStyleSheetTest {
    @Test
    void namesTheFamiliesPerScriptAndSizes() {
        String css = ReaderStyleSheet.css(
                Map.of(TextScript.TRADITIONAL, "Noto Serif CJK TC", TextScript.SIMPLIFIED, "Noto Serif CJK SC"),
                Map.of(TextScript.TRADITIONAL, "Noto Sans CJK TC"), 20, 0.5);
        assertThat(css).contains(".reader-area:script-tc {\n  -fx-font-family: \"Noto Serif CJK TC\"",
                ".reader-area:script-sc {\n  -fx-font-family: \"Noto Serif CJK SC\"",
                ".reader-area:script-tc .paragraph-text.heading .text", "\"Noto Sans CJK TC\"",
                "-fx-font-size: 20.0px", "-fx-line-spacing: 10.0px").doesNotContain("#", "script-hk");
        assertThat(ReaderStyleSheet.pseudoClass(TextScript.HONG_KONG)).isEqualTo("script-hk");
    }

    @Test
    void leavesTheFamilyOutWhenNoneIsKnownAndStripsQuotes() {
        assertThat(ReaderStyleSheet.css(Map.of(), Map.of(), 18, 0.5)).doesNotContain("-fx-font-family");
        assertThat(ReaderStyleSheet.css(Map.of(TextScript.SIMPLIFIED, "A\"; x: y"), Map.of(), 18, 0.5))
                .contains("\"A; x: y\"");
    }

    @Test
    void encodesAsADataUrl() {
        String url = ReaderStyleSheet.dataUrl(".a { -fx-font-family: \"思源\"; }");
        assertThat(url).startsWith("data:text/css;base64,");
        String decoded = new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertThat(decoded).contains("思源");
    }
}
