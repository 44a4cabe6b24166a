package org.pizhu.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkCharsTest {
    @Test
    void chineseLettersPunctuationAndFullWidthFormsAreCjkLatinIsNot() {
        assertThat("中文。「」，ＡＢ１".codePoints().allMatch(CjkChars::isCjk)).isTrue();
        assertThat("abc 1,.".codePoints().noneMatch(CjkChars::isCjk)).isTrue();
        assertThat(CjkChars.isCjk("𨋢".codePointAt(0))).isTrue();
        assertThat(CjkChars.isHan("𨋢".codePointAt(0))).isTrue();
        assertThat(CjkChars.isHan('。')).isFalse();
    }

    @Test
    void widthCountsCjkAndWideSymbolsTwiceAndASurrogatePairOnce() {
        assertThat(CjkChars.width("中a", 0, 2)).isEqualTo(3);
        assertThat(CjkChars.width("𨋢", 0, 2)).isEqualTo(2);
        assertThat(CjkChars.width("——", 0, 2)).isEqualTo(4);
        assertThat(CjkChars.width("“·”", 0, 3)).isEqualTo(6);
    }

    @Test
    void everyPunctuationRoleIsDefinedOnce() {
        assertThat("。！？!?".chars().allMatch(c -> CjkChars.isFullStop((char) c))).isTrue();
        assertThat(CjkChars.isSentenceEnd('；')).isTrue();
        assertThat(CjkChars.isSentenceEnd('，')).isFalse();
        assertThat(CjkChars.isSentenceEnd('…')).isFalse();
        assertThat(CjkChars.isEllipsis('…')).isTrue();
        assertThat("，、：".chars().allMatch(c -> CjkChars.isClauseMark((char) c))).isTrue();
        assertThat(CjkChars.isComma('，') && !CjkChars.isComma('、') && CjkChars.isEnumerationComma('、')).isTrue();
        assertThat(CjkChars.isColon('：') && !CjkChars.isComma('：')).isTrue();
        assertThat(CjkChars.isOpenParenthesis('（') && !CjkChars.isOpenParenthesis('《')).isTrue();
        assertThat(CjkChars.isOpenQuote('「') && CjkChars.isCloseQuote('」')).isTrue();
        assertThat(CjkChars.isOpenBracket('（') && CjkChars.isCloseBracket('）')).isTrue();
        assertThat(CjkChars.isCaptionMark('▲')).isTrue();
    }
}
