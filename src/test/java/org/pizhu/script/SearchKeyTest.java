package org.pizhu.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Search keys: Simplified, width- and case-folded, and exactly as long as the text, char for char. */
class SearchKeyTest {
    @Test
    void traditionalAndSimplifiedShareAKey() {
        assertThat(SearchKey.of("東方明珠電視塔")).isEqualTo(SearchKey.of("东方明珠电视塔")).isEqualTo("东方明珠电视塔");
        assertThat(SearchKey.of("頭髮")).isEqualTo("头发");
        assertThat(SearchKey.of("發現")).isEqualTo("发现");
        assertThat(SearchKey.of("乾杯")).isEqualTo(SearchKey.of("干杯"));
        assertThat(SearchKey.of("幹活")).isEqualTo(SearchKey.of("干活"));
        assertThat(SearchKey.of("後來")).isEqualTo("后来");
        assertThat(SearchKey.of("臺灣")).isEqualTo(SearchKey.of("台湾"));
        assertThat(SearchKey.of("麵條")).isEqualTo("面条");
        assertThat(SearchKey.of("關係")).isEqualTo(SearchKey.of("关系"));
    }

    @Test
    void regionalVariantsFold() {
        assertThat(SearchKey.of("裡")).isEqualTo(SearchKey.of("裏")).isEqualTo("里");
        assertThat(SearchKey.of("綫")).isEqualTo(SearchKey.of("線")).isEqualTo("线");
        assertThat(SearchKey.of("為")).isEqualTo(SearchKey.of("爲")).isEqualTo("为");
        assertThat(SearchKey.of("\uF900")).isEqualTo("岂"); // compatibility ideograph
    }

    @Test
    void widthAndCaseFold() {
        assertThat(SearchKey.of("ＡＢＣ１２３ｘ　Hello")).isEqualTo("abc123x hello");
        assertThat(SearchKey.of("ＧＤＰ增長")).isEqualTo(SearchKey.of("gdp增长"));
    }

    @Test
    void surrogatesAndPrivateUsePassThrough() {
        String text = "𠮷\uD800x\uDC00\uE000𫫇";
        assertThat(SearchKey.of(text)).isEqualTo("𠮷\uD800x\uDC00\uE000𫫇");
    }

    @Test
    void keyHasTheTextsLengthAndHitsLandOnTheSameOffsets() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(4);
                sb.append(kind == 0 ? (char) random.nextInt(0x10000)
                        : kind == 1 ? (char) (0x4E00 + random.nextInt(0x5200)) : kind == 2 ? "髮" : "𠮷");
            }
            String text = sb.toString();
            String key = SearchKey.of(text);
            assertThat(key).hasSameSizeAs(text);
            for (int i = 0; i < text.length(); i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    assertThat(key.charAt(i)).isEqualTo(text.charAt(i));
                }
                assertThat(key.charAt(i)).isEqualTo(SearchKey.fold(text.charAt(i)));
            }
        }
        String text = "他說：「東方明珠」很美。东方明珠！";
        String key = SearchKey.of(text);
        String needle = SearchKey.of("東方明珠");
        assertThat(key.indexOf(needle)).isEqualTo(text.indexOf("東方明珠"));
        assertThat(key.lastIndexOf(needle)).isEqualTo(text.indexOf("东方明珠"));
    }

    @Test
    void acceptsAnyCharSequence() {
        assertThat(SearchKey.of(new StringBuilder("臺"))).isEqualTo("台");
        assertThat(SearchKey.of("")).isEmpty();
    }

    @Test
    void phrasedKeyKeepsLengthKeepingPhrasesWhole() {
        assertThat(SearchKey.phrased("乾隆皇帝")).isEqualTo("乾隆皇帝");
        assertThat(SearchKey.phrased("乾坤")).isEqualTo("乾坤");
        assertThat(SearchKey.phrased("乾杯")).isEqualTo(SearchKey.phrased("干杯"));
        assertThat(SearchKey.phrased("幹部")).isEqualTo("干部");
        assertThat(SearchKey.phrased("頭髮")).isEqualTo("头发");
        assertThat(SearchKey.phrased("ＡＢＣ綫")).isEqualTo("abc线");
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x10000) : (char) (0x4E00 + random.nextInt(0x5200)));
            }
            assertThat(SearchKey.phrased(sb)).hasSameSizeAs(sb);
        }
    }

    @Test
    void literalKeepsTheScriptAndDistinctTraditionalCharactersAreTold() {
        assertThat(SearchKey.literal("頭髮ＡＢ綫")).isEqualTo("頭髮ab線");
        assertThat(SearchKey.distinctTraditional('髮', '發')).isTrue();
        assertThat(SearchKey.distinctTraditional('乾', '幹')).isTrue();
        assertThat(SearchKey.distinctTraditional('髮', '发')).isFalse();
        assertThat(SearchKey.distinctTraditional('線', '綫')).isFalse();
        assertThat(SearchKey.distinctTraditional('干', '乾')).isFalse();
    }
}
