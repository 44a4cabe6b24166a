package org.pizhu.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.ui.reader.TextScript;

class FontChooserTest {
    private static final List<String> DEBIAN = List.of("DejaVu Sans", "Noto Sans CJK HK", "Noto Sans CJK JP",
            "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Serif CJK JP", "Noto Serif CJK SC", "Noto Serif CJK TC",
            "Noto Serif CJK HK", "Droid Sans Fallback", "Liberation Serif", "System");

    @Test
    void picksTheSerifInTheRegionalFormsOfTheText() {
        FontChooser fonts = new FontChooser(DEBIAN);
        assertThat(fonts.bodyFamily(TextScript.TRADITIONAL)).contains("Noto Serif CJK TC");
        assertThat(fonts.bodyFamily(TextScript.SIMPLIFIED)).contains("Noto Serif CJK SC");
        assertThat(fonts.bodyFamily(TextScript.HONG_KONG)).contains("Noto Serif CJK HK");
        assertThat(fonts.headingFamily(TextScript.TRADITIONAL)).contains("Noto Sans CJK TC");
    }

    @Test
    void fallsBackToWhatIsInstalled() {
        FontChooser fonts = new FontChooser(List.of("DejaVu Sans", "WenQuanYi Zen Hei", "Noto Sans CJK JP"));
        assertThat(fonts.bodyFamily(TextScript.SIMPLIFIED)).contains("WenQuanYi Zen Hei");
        assertThat(fonts.bodyFamily(TextScript.HONG_KONG)).contains("WenQuanYi Zen Hei");
        assertThat(new FontChooser(List.of("Noto Sans CJK JP")).bodyFamily(TextScript.TRADITIONAL))
                .contains("Noto Sans CJK JP");
        assertThat(new FontChooser(List.of("Source Han Serif TC", "Noto Sans CJK TC")).bodyFamily(TextScript.HONG_KONG))
                .contains("Source Han Serif TC");
    }

    @Test
    void findsNothingWithoutACjkFont() {
        FontChooser fonts = new FontChooser(List.of("DejaVu Sans", "Liberation Serif", "System"));
        assertThat(fonts.bodyFamily(TextScript.TRADITIONAL)).isEmpty();
        assertThat(fonts.cjkFamilies(TextScript.SIMPLIFIED)).isEmpty();
        assertThat(fonts.resolve("DejaVu Sans", TextScript.SIMPLIFIED)).contains("DejaVu Sans");
    }

    @Test
    void honoursTheUsersChoiceOnlyWhenInstalled() {
        FontChooser fonts = new FontChooser(DEBIAN);
        assertThat(fonts.resolve("Noto Sans CJK SC", TextScript.TRADITIONAL)).contains("Noto Sans CJK SC");
        assertThat(fonts.resolve("Gone Font", TextScript.TRADITIONAL)).contains("Noto Serif CJK TC");
        assertThat(fonts.resolve("", TextScript.SIMPLIFIED)).contains("Noto Serif CJK SC");
    }

    @Test
    void listsOnlyCjkFamiliesBestFirst() {
        List<String> list = new FontChooser(DEBIAN).cjkFamilies(TextScript.TRADITIONAL);
        assertThat(list).startsWith("Noto Serif CJK TC", "Noto Sans CJK TC").doesNotContain("DejaVu Sans", "System")
                .contains("Droid Sans Fallback", "Noto Serif CJK JP");
        assertThat(FontChooser.isCjkFamily("文泉驛正黑")).isTrue();
        assertThat(FontChooser.isCjkFamily("Liberation Sans")).isFalse();
    }
}
