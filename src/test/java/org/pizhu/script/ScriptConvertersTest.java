package org.pizhu.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The registry of conversions, the choice of chain per target, and preloading. */
class ScriptConvertersTest {
    @Test
    void allConfigsLoadAndAreShared() {
        for (String name : ScriptConverters.ALL) {
            assertThat(ScriptConverters.get(name).name()).isEqualTo(name);
            assertThat(ScriptConverters.get(name)).isSameAs(ScriptConverters.get(name));
        }
        assertThat(ScriptConverters.CONVERSIONS).hasSize(12);
        assertThatThrownBy(() -> ScriptConverters.get("s2x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chainPerTargetAndSourceScript() {
        assertThat(ScriptConverters.chain(ScriptTarget.TAIWAN, Script.SIMPLIFIED)).isEqualTo("s2twp");
        assertThat(ScriptConverters.chain(ScriptTarget.TAIWAN, Script.TRADITIONAL)).isEqualTo("t2tw");
        assertThat(ScriptConverters.chain(ScriptTarget.HONG_KONG, Script.SIMPLIFIED)).isEqualTo("s2hk");
        assertThat(ScriptConverters.chain(ScriptTarget.HONG_KONG, Script.TRADITIONAL)).isEqualTo("t2hk");
        assertThat(ScriptConverters.chain(ScriptTarget.SIMPLIFIED, Script.TRADITIONAL)).isEqualTo("t2s");
        assertThat(ScriptConverters.chain(ScriptTarget.SIMPLIFIED, Script.MIXED)).isEqualTo("t2s");
        assertThat(ScriptConverters.chain(ScriptTarget.TRADITIONAL, Script.MIXED)).isEqualTo("s2t");
        assertThat(ScriptConverters.chain(ScriptTarget.TRADITIONAL, Script.TRADITIONAL)).isNull();
        assertThat(ScriptConverters.chain(ScriptTarget.SIMPLIFIED, Script.SIMPLIFIED)).isNull();
        assertThat(ScriptConverters.chain(ScriptTarget.ORIGINAL, Script.SIMPLIFIED)).isNull();
        assertThat(ScriptConverters.chain(ScriptTarget.TAIWAN, Script.NONE)).isNull();
        assertThat(ScriptConverters.forTarget(ScriptTarget.ORIGINAL, Script.MIXED)).isSameAs(ScriptConverters.identity());
    }

    @Test
    void preloadCompletesInTheBackground() throws Exception {
        ScriptConverters.preloadAsync().get(60, TimeUnit.SECONDS);
        assertThat(ScriptConverters.CONVERSIONS).allMatch(ScriptConverters::isLoaded);
        assertThat(ScriptConverters.get("hk2t").convertText("為甚麼")).isEqualTo("爲甚麼");
    }

    @Test
    void tofuRiskDictionariesOnlyOnRequest() {
        assertThat(ScriptConverters.get("t2s").convertText("㑮")).isEqualTo("㑮");
        assertThat(ScriptConverters.get("t2s", true).convertText("㑮")).isEqualTo("𫝈");
    }
}
