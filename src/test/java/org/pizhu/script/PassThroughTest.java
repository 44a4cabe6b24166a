package org.pizhu.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Characters outside the BMP, private-use characters and unpaired surrogates survive every conversion in place. */
class PassThroughTest {
    static java.util.List<String> configs() {
        return ScriptConverters.CONVERSIONS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void oddCharactersPassThroughWithTheirOffsets(String config) {
        String odd = "𠮷\uE000\uDBFF\uDC00\uD800x\uDC00";
        String text = "甲" + odd + "乙";
        Conversion c = ScriptConverters.get(config).convert(text);
        assertThat(c.text()).isEqualTo(text);
        for (int o = 0; o <= text.length(); o++) {
            assertThat(c.toConverted(o)).isEqualTo(o);
            assertThat(c.toOriginal(o)).isEqualTo(o);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void oddCharactersAmongConvertedOnesKeepTheirPlaces(String config) {
        String text = "后发\uD800面𠮷里\uE000系\uDC00台";
        Conversion c = ScriptConverters.get(config).convert(text);
        assertThat(c.text()).hasSameSizeAs(text);
        for (int o : new int[] {2, 4, 7, 9}) {
            assertThat(c.text().charAt(o)).as("%s at %d", config, o).isEqualTo(text.charAt(o));
            assertThat(c.toConverted(o)).isEqualTo(o);
        }
        assertThat(c.text().substring(4, 6)).isEqualTo("𠮷");
        OffsetChecks.assertSane(c);
    }

    @Test
    void nonBmpCharacterThatConvertsToABmpOneShiftsLaterOffsets() {
        // 二𫫇英 would match as a whole phrase; alone, 𫫇 (two UTF-16 units) becomes 噁 (one).
        Conversion c = ScriptConverters.get("s2t").convert("好𫫇的𠮷");
        assertThat(c.text()).isEqualTo("好噁的𠮷");
        assertThat(c.toConvertedRange(1, 3)).containsExactly(1, 2);
        assertThat(c.toConverted(2)).isEqualTo(1); // inside the surrogate pair
        assertThat(c.toConvertedEnd(2)).isEqualTo(2);
        assertThat(c.toConverted(3)).isEqualTo(2);
        assertThat(c.toConvertedRange(4, 6)).containsExactly(3, 5);
        assertThat(c.toOriginalRange(3, 5)).containsExactly(4, 6);
        OffsetChecks.assertSane(c);
    }

    @Test
    void compatibilityIdeographsAreNormalisedFirst() {
        // U+F900 and U+2F800 are CJK compatibility ideographs; OpenCC normalises them before converting.
        Conversion c = ScriptConverters.get("t2s").convert("\uF900\uD87E\uDC00後");
        assertThat(c.text()).isEqualTo("岂丽后");
        assertThat(c.toConverted(1)).isEqualTo(1);
        assertThat(c.toConverted(3)).isEqualTo(2);
        assertThat(c.toOriginalRange(1, 2)).containsExactly(1, 3);
        OffsetChecks.assertSane(c);
    }

    @Test
    void ideographicDescriptionSequenceIsCopiedWhole() {
        Conversion c = ScriptConverters.get("t2s").convert("⿰魚䖝後");
        assertThat(c.text()).isEqualTo("⿰魚䖝后");
    }

    @Test
    void emptyTextConvertsToEmpty() {
        Conversion c = ScriptConverters.get("s2twp").convert("");
        assertThat(c.text()).isEmpty();
        assertThat(c.toConverted(0)).isZero();
    }
}
