package org.pizhu.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Offset maps: exact where characters convert one to one, phrase-level where a phrase changes length. */
class OffsetMapTest {
    @Test
    void taiwanPhraseThatGrowsMapsAsAWhole() {
        Conversion c = ScriptConverters.get("s2twp").convert("我的U盘坏了");
        assertThat(c.text()).isEqualTo("我的隨身碟壞了");
        // 我的 one to one
        assertThat(c.toConverted(1)).isEqualTo(1);
        // U盘 [2,4) -> 隨身碟 [2,5)
        assertThat(c.toConvertedRange(2, 4)).containsExactly(2, 5);
        assertThat(c.toConvertedRange(3, 4)).containsExactly(2, 5);
        assertThat(c.toOriginalRange(3, 4)).containsExactly(2, 4);
        assertThat(c.toOriginalRange(2, 5)).containsExactly(2, 4);
        // 坏 at 4 -> 壞 at 5, exact after the phrase
        assertThat(c.toConverted(4)).isEqualTo(5);
        assertThat(c.toConvertedRange(4, 5)).containsExactly(5, 6);
        assertThat(c.toOriginalRange(5, 7)).containsExactly(4, 6);
        OffsetChecks.assertSane(c);
    }

    @Test
    void taiwanPhraseThatShrinksMapsBack() {
        Conversion c = ScriptConverters.get("tw2sp").convert("買了隨身碟和滑鼠");
        assertThat(c.text()).isEqualTo("买了U盘和鼠标");
        assertThat(c.toConvertedRange(2, 5)).containsExactly(2, 4);
        assertThat(c.toOriginalRange(2, 4)).containsExactly(2, 5);
        assertThat(c.toOriginalRange(3, 4)).containsExactly(2, 5);
        assertThat(c.toConverted(5)).isEqualTo(4); // 和
        assertThat(c.toOriginalRange(5, 7)).containsExactly(6, 8); // 鼠标 <- 滑鼠
        OffsetChecks.assertSane(c);
    }

    @Test
    void roundTripOfPhraseBoundariesIsExact() {
        String text = "出租车司机在网络上看视频，U盘和内存都坏了。";
        for (String config : List.of("s2twp", "s2t", "s2hk")) {
            Conversion c = ScriptConverters.get(config).convert(text);
            for (int o : new int[] {0, 3, 5, 6, 8, 10, 12, 13, 15, 16, 18, text.length()}) {
                assertThat(c.toOriginal(c.toConverted(o))).as("%s at %d", config, o).isEqualTo(o);
                assertThat(c.toOriginalEnd(c.toConvertedEnd(o))).as("%s end %d", config, o).isEqualTo(o);
            }
            OffsetChecks.assertSane(c);
        }
    }

    @Test
    void oneToOneConversionIsASingleExactInterval() {
        Conversion c = ScriptConverters.get("t2s").convert("臺灣的頭髮與麵條，後來繫上。");
        assertThat(c.text()).isEqualTo("台湾的头发与面条，后来系上。");
        assertThat(c.alignedIntervals()).isEqualTo(1);
        for (int o = 0; o <= c.original().length(); o++) {
            assertThat(c.toConverted(o)).isEqualTo(o);
            assertThat(c.toOriginal(o)).isEqualTo(o);
        }
    }

    @Test
    void compositionOfStagesStaysSaneOnRandomPhraseSoup() {
        List<String> pieces = new ArrayList<>();
        for (String dict : List.of("TWPhrases", "HKPhrases", "TSPhrases", "TWVariantsRevPhrases")) {
            for (DictionaryFile.Line l : OpenccData.file(dict).entries()) {
                pieces.add(l.key());
                pieces.addAll(l.values());
            }
        }
        pieces.addAll(List.of("𠮷", "𫫇", "\uE000", "\uD800", "\uDC00", "\uF900", "\uD87E\uDC00", "a", "，", "U盘"));
        Random random = new Random(20240601);
        for (String config : ScriptConverters.ALL) {
            for (int round = 0; round < 20; round++) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 30; k++) {
                    sb.append(pieces.get(random.nextInt(pieces.size())));
                }
                OffsetChecks.assertSane(ScriptConverters.get(config).convert(sb));
            }
        }
    }
}
