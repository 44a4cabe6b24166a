package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pizhu.corpus.Analysis;
import org.pizhu.corpus.AnalysisScorer;
import org.pizhu.corpus.Gold;

/**
 * Scores {@code pizhu analyze --json} on the seed and development articles with the project's scoring tool,
 * exactly as the acceptance criteria do.
 */
class SeedScoreIT {
    /** Runs {@code pizhu analyze --json} on {@code source} through the jar and returns the bounds it misses. */
    private List<String> score(Path source, Path gold, String... bounds) throws Exception {
        assumeTrue(Files.isRegularFile(gold), "shared corpus has no " + gold);
        JarRunner.Result analysis = JarRunner.pizhu("analyze", source.toString(), "--json");
        assertThat(analysis.exitCode()).as(analysis.err()).isZero();
        AnalysisScorer.Scores scores = AnalysisScorer.score(Gold.read(gold),
                Analysis.fromJson(new ObjectMapper().readTree(analysis.out())),
                Files.readString(source, StandardCharsets.UTF_8));
        System.out.println(source.getFileName() + ": " + scores.metrics());
        return scores.shortOf(bounds);
    }

    @Test
    void seedReflowMeetsTheFoundationFigures() throws Exception {
        Path seed = JarRunner.shared().resolve("corpus/seed/takungpao-2024-new-productive-forces");
        assertThat(score(Path.of(seed + ".txt"), Path.of(seed + ".gold.json"),
                "block_f1=0.95", "kind_accuracy=0.93", "cjk_spaces=0", "chars_lost=0", "chars_added=0")).isEmpty();
    }

    @Test
    void seedSpeakersThroughReflowMeetTheSpeakerFigures() throws Exception {
        Path seed = JarRunner.shared().resolve("corpus/seed/takungpao-2024-new-productive-forces");
        assertThat(score(Path.of(seed + ".txt"), Path.of(seed + ".gold.json"),
                "speaker_f1=0.95", "title_recall=0.95", "attribution_accuracy=0.95", "reporter_f1=0.95")).isEmpty();
    }

    @Test
    void developmentArticlesSpeakersThroughReflow() throws Exception {
        for (String name : List.of("news-02", "news-07")) {
            Path base = JarRunner.shared().resolve("corpus/dev/" + name);
            assertThat(score(Path.of(base + ".broken.txt"), Path.of(base + ".gold.json"),
                    "speaker_f1=0.85", "title_recall=0.8", "reporter_f1=0.95")).as(name).isEmpty();
        }
    }

    @Test
    void developmentArticlesReflowToTheirOriginalParagraphs() throws Exception {
        for (String name : List.of("news-02", "news-07")) {
            Path base = JarRunner.shared().resolve("corpus/dev/" + name);
            assertThat(score(Path.of(base + ".broken.txt"), Path.of(base + ".gold.json"),
                    "block_f1=0.9", "cjk_spaces=0", "chars_lost=0", "chars_added=0")).as(name).isEmpty();
        }
    }
}
