package org.pizhu.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextScriptTest {
    @Test
    void guessesTheScriptOfATextFromCommonCharacters() {
        assertThat(TextScript.guess("我們說這個國家的經濟發展", false)).isEqualTo(TextScript.TRADITIONAL);
        assertThat(TextScript.guess("我们说这个国家的经济发展", false)).isEqualTo(TextScript.SIMPLIFIED);
        assertThat(TextScript.guess("我們說這個國家的經濟發展", true)).isEqualTo(TextScript.HONG_KONG);
    }

    @Test
    void theShownScriptFollowsTheChoice() {
        assertThat(TextScript.shown(TextScript.TRADITIONAL, ScriptChoice.ORIGINAL)).isEqualTo(TextScript.TRADITIONAL);
        assertThat(TextScript.shown(TextScript.TRADITIONAL, ScriptChoice.SIMPLIFIED)).isEqualTo(TextScript.SIMPLIFIED);
        assertThat(TextScript.shown(TextScript.SIMPLIFIED, ScriptChoice.HONG_KONG)).isEqualTo(TextScript.HONG_KONG);
        assertThat(TextScript.shown(TextScript.SIMPLIFIED, ScriptChoice.TAIWAN)).isEqualTo(TextScript.TRADITIONAL);
    }
}
