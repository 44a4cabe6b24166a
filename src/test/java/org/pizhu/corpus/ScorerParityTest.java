package org.pizhu.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java scorer gives the python scorer's numbers: a few dev2 readings are written as {@code analyze --json}
 * would write them, scored by {@code tools/score-analysis}, and compared metric by metric. Skips without the shared
 * corpus or python.
 */
class ScorerParityTest {
    private static final Pattern METRIC = Pattern.compile("^([a-z_0-9]+): (-?[0-9.]+)$");

    @TempDir
    Path tmp;

    @Test
    void javaAndPythonScorersAgreeOnDev2Readings() throws Exception {
        Path dev2 = CorpusLocation.require("dev2");
        Path scorer = CorpusLocation.shared().resolve("tools/score-analysis");
        assumeTrue(Files.isRegularFile(scorer), "no python scorer at " + scorer);
        assumeTrue(pythonAvailable(), "python3 not available");
        List<CorpusText> texts = Corpora.dev2Variants(dev2, "abcd").stream()
                .filter(t -> t.id().matches("dev2/(01|16|27)\\..*")).toList();
        assertThat(texts).hasSize(12);
        for (CorpusText t : texts) {
            Analysis a = Readings.analysis(t);
            Path json = tmp.resolve(t.id().replace('/', '_') + ".json");
            Files.writeString(json, toJson(a), StandardCharsets.UTF_8);
            Path gold = t.file().resolveSibling(t.file().getFileName().toString()
                    .replaceFirst("\\.[abc]\\.txt$", ".gold.json").replaceFirst("\\.d\\.txt$", ".d.gold.json"));
            Map<String, Double> python = python(scorer, gold, json, t.file());
            Map<String, Double> java = AnalysisScorer.score(t.gold(), a, t.text()).metrics();
            assertThat(java).as(t.id()).isEqualTo(python);
        }
    }

    private static String toJson(Analysis a) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode blocks = root.putArray("blocks");
        for (Analysis.AnalysisBlock b : a.blocks()) {
            blocks.addObject().put("kind", b.kind()).put("text", b.text()).put("speaker", b.speaker());
        }
        ArrayNode speakers = root.putArray("speakers");
        for (Analysis.AnalysisSpeaker s : a.speakers()) {
            ObjectNode o = speakers.addObject().put("name", s.name());
            s.titles().forEach(o.putArray("titles")::add);
        }
        a.reporters().forEach(root.putArray("reporters")::add);
        return mapper.writeValueAsString(root);
    }

    private static Map<String, Double> python(Path scorer, Path gold, Path json, Path source) throws Exception {
        Process p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), json.toString(),
                "--source", source.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Map<String, Double> m = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            Matcher mm = METRIC.matcher(line.strip());
            if (mm.matches()) {
                m.put(mm.group(1), Double.parseDouble(mm.group(2)));
            }
        }
        assertThat(m).as(out).isNotEmpty();
        return m;
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
