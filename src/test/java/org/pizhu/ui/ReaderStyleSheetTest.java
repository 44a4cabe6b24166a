package org.pizhu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ReaderStyleSheetTest {
    @Test
    void namesTheFamiliesAndSizes() {
        String css = ReaderStyleSheet.css("Noto Serif CJK TC", "Noto Sans CJK TC", 20, 0.5);
        assertThat(css).contains("-fx-font-family: \"Noto Serif CJK TC\"", "-fx-font-size: 20.0px",
                "-fx-line-spacing: 10.0px", "\"Noto Sans CJK TC\"").doesNotContain("#");
    }

    @Test
    void leavesTheFamilyOutWhenNoneIsKnownAndStripsQuotes() {
        assertThat(ReaderStyleSheet.css("", "", 18, 0.5)).doesNotContain("-fx-font-family");
        assertThat(ReaderStyleSheet.css("A\"; x: y", "", 18, 0.5)).contains("\"A; x: y\"");
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
