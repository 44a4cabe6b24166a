package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores {@code pizhu analyze --json} on the seed and development articles with the project's scoring tool,
 * exactly as the acceptance criteria do.
 */
class SeedScoreIT {
    @TempDir
    Path tmp;

    private JarRunner.Result score(Path source, Path gold, String... mins) throws Exception {
        assumeTrue(Files.isRegularFile(gold), "shared corpus not found at " + JarRunner.shared().toAbsolutePath());
        JarRunner.Result analysis = JarRunner.pizhu("analyze", source.toString(), "--json");
        assertThat(analysis.exitCode()).as(analysis.err()).isZero();
        Path out = tmp.resolve(source.getFileName() + ".json");
        Files.writeString(out, analysis.out(), StandardCharsets.UTF_8);
        List<String> cmd = new java.util.ArrayList<>(List.of("python3",
                JarRunner.shared().resolve("tools/score-analysis").toString(), gold.toString(), out.toString(),
                "--source", source.toString()));
        for (String m : mins) {
            cmd.add("--min");
            cmd.add(m);
        }
        return JarRunner.run(cmd);
    }

    @Test
    void seedReflowMeetsTheFoundationFigures() throws Exception {
        Path seed = JarRunner.shared().resolve("corpus/seed/takungpao-2024-new-productive-forces");
        JarRunner.Result r = score(Path.of(seed + ".txt"), Path.of(seed + ".gold.json"),
                "block_f1=0.95", "kind_accuracy=0.93", "cjk_spaces=0", "chars_lost=0", "chars_added=0");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("chars_lost: 0");
    }

    @Test
    void seedSpeakersThroughReflowMeetTheSpeakerFigures() throws Exception {
        Path seed = JarRunner.shared().resolve("corpus/seed/takungpao-2024-new-productive-forces");
        JarRunner.Result r = score(Path.of(seed + ".txt"), Path.of(seed + ".gold.json"),
                "speaker_f1=0.95", "title_recall=0.95", "attribution_accuracy=0.95", "reporter_f1=0.95");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    }

    @Test
    void developmentArticlesSpeakersThroughReflow() throws Exception {
        for (String name : List.of("news-02", "news-07")) {
            Path base = JarRunner.shared().resolve("corpus/dev/" + name);
            JarRunner.Result r = score(Path.of(base + ".broken.txt"), Path.of(base + ".gold.json"),
                    "speaker_f1=0.85", "title_recall=0.8", "reporter_f1=0.95");
            assertThat(r.exitCode()).as(name + ": " + r.out() + r.err()).isZero();
        }
    }

    @Test
    void developmentArticlesReflowToTheirOriginalParagraphs() throws Exception {
        for (String name : List.of("news-02", "news-07")) {
            Path base = JarRunner.shared().resolve("corpus/dev/" + name);
            JarRunner.Result r = score(Path.of(base + ".broken.txt"), Path.of(base + ".gold.json"),
                    "block_f1=0.9", "cjk_spaces=0", "chars_lost=0", "chars_added=0");
            assertThat(r.exitCode()).as(name + ": " + r.out() + r.err()).isZero();
        }
    }
}
