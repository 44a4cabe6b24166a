package org.pizhu.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Script detection from the characters that differ between Traditional and Simplified. */
class ScriptDetectorTest {
    @Test
    void traditionalSimplifiedMixedAndNone() {
        assertThat(ScriptDetector.detect(ConversionChainsTest.TAIWAN_WORDS)).isEqualTo(Script.TRADITIONAL);
        assertThat(ScriptDetector.detect(ConversionChainsTest.SIMPLIFIED)).isEqualTo(Script.SIMPLIFIED);
        assertThat(ScriptDetector.detect("這裏的經濟发展很快，人们說话")).isEqualTo(Script.MIXED);
        assertThat(ScriptDetector.detect("Hello, world 123")).isEqualTo(Script.NONE);
        assertThat(ScriptDetector.detect("")).isEqualTo(Script.NONE);
        assertThat(ScriptDetector.detect("中文大学")).isEqualTo(Script.SIMPLIFIED);
        assertThat(ScriptDetector.detect("中文大學")).isEqualTo(Script.TRADITIONAL);
        assertThat(ScriptDetector.detect("中文")).isEqualTo(Script.NONE);
    }

    @Test
    void sharedCharactersDoNotCount() {
        // 干 台 里 面 系 后 are both Simplified and Traditional characters.
        assertThat(ScriptDetector.count("干台里面系后")).isEqualTo(new ScriptDetector.Counts(0, 0));
        assertThat(ScriptDetector.isTraditionalOnly("發".codePointAt(0))).isTrue();
        assertThat(ScriptDetector.isSimplifiedOnly("发".codePointAt(0))).isTrue();
        assertThat(ScriptDetector.isSimplifiedOnly("發".codePointAt(0))).isFalse();
    }

    @Test
    void aFewStrayCharactersDoNotMakeATextMixed() {
        String text = ConversionChainsTest.TAIWAN_WORDS.repeat(3) + "发";
        assertThat(ScriptDetector.detect(text)).isEqualTo(Script.TRADITIONAL);
    }

    @Test
    void seedAndDevTextsAreTraditional() throws Exception {
        Path shared = org.pizhu.corpus.CorpusLocation.require();
        for (String name : new String[] {"seed/takungpao-2024-new-productive-forces.txt", "dev/news-02.original.txt",
                "dev/news-07.original.txt"}) {
            assertThat(ScriptDetector.detect(Files.readString(shared.resolve(name), StandardCharsets.UTF_8)))
                    .as(name).isEqualTo(Script.TRADITIONAL);
        }
    }

    @Test
    void idsForJson() {
        assertThat(Script.TRADITIONAL.id()).isEqualTo("traditional");
        assertThat(Script.NONE.id()).isEqualTo("none");
    }
}
