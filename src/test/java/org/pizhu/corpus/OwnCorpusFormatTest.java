package org.pizhu.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks the format of the own corpus ({@code src/test/corpus}): every text listed in {@code manifest.tsv} has an
 * original (one line per block) and a gold file in corpus/dev2's format whose blocks are the original's lines in
 * order, whose kinds and speakers are valid, whose statements index existing blocks and whose names occur in the
 * text; {@code split.tsv} assigns every text (tune, holdout or fresh) and says whether it came from the stratified draw or a blind set. The in-repository texts are always checked; the texts kept outside the
 * repository are checked when {@code -Dpizhu.corpusCache=DIR} (or {@code PIZHU_CORPUS_CACHE}) names the cache.
 */
class OwnCorpusFormatTest {

    private static final Path CORPUS = Path.of(System.getProperty("pizhu.ownCorpus", "src/test/corpus"));
    private static final Set<String> KINDS = Set.of("heading", "paragraph", "caption", "byline", "credit", "?");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void inRepositoryTextsFollowTheGoldFormat() throws IOException {
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (Map<String, String> row : manifest()) {
            if (row.get("location").equals("repo")) {
                errors.addAll(check(CORPUS.resolve("texts"), row.get("id")));
                checked++;
            }
        }
        assertTrue(checked >= 30, "expected at least 30 in-repository texts, found " + checked);
        assertEquals(List.of(), errors);
    }

    @Test
    void cachedTextsFollowTheGoldFormat() throws IOException {
        String cache = System.getProperty("pizhu.corpusCache", System.getenv("PIZHU_CORPUS_CACHE"));
        assumeTrue(cache != null && Files.isDirectory(Path.of(cache, "texts")),
                "the corpus cache is outside the repository: give -Dpizhu.corpusCache=/work/corpus-cache to check it");
        List<String> errors = new ArrayList<>();
        for (Map<String, String> row : manifest()) {
            if (row.get("location").equals("cache")) {
                errors.addAll(check(Path.of(cache, "texts"), row.get("id")));
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void splitAssignsEveryTextAndHoldsOutAboutAThirdOfTheDrawnOnes() throws IOException {
        Map<String, String> split = new HashMap<>();
        Set<String> blind = new HashSet<>();
        for (String line : Files.readAllLines(CORPUS.resolve("split.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (!f[0].equals("id")) {
                split.put(f[0], f[1]);
                if (f.length > 6 && f[6].equals("blind")) {
                    blind.add(f[0]);
                }
            }
        }
        List<Map<String, String>> rows = manifest();
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.get("id")));
        assertEquals(ids, split.keySet(), "split.tsv and manifest.tsv list different texts");
        long holdout = split.values().stream().filter("holdout"::equals).count();
        long drawn = split.keySet().stream().filter(id -> !blind.contains(id)).count();
        assertTrue(split.entrySet().stream().noneMatch(e -> e.getValue().equals("fresh") && !blind.contains(e.getKey())),
                "a fresh text is not marked blind in split.tsv's origin column");
        assertTrue(split.values().stream().allMatch(s -> s.equals("tune") || s.equals("holdout") || s.equals("fresh")));
        assertTrue(Math.abs(holdout - drawn / 3.0) <= drawn * 0.05,
                holdout + " of " + drawn + " drawn texts are held out");
    }

    private static List<Map<String, String>> manifest() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        String[] head = lines.get(0).split("\t");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < head.length; i++) {
                row.put(head[i], i < f.length ? f[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The problems of one text's gold file, each prefixed with the text's id; empty when it is well formed. */
    private static List<String> check(Path dir, String id) throws IOException {
        List<String> errors = new ArrayList<>();
        Path original = dir.resolve(id + ".original.txt");
        Path goldFile = dir.resolve(id + ".gold.json");
        if (!Files.exists(original) || !Files.exists(goldFile)) {
            return List.of(id + ": original or gold missing in " + dir);
        }
        List<String> lines = Files.readAllLines(original, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        String text = String.join("\n", lines);
        String squeezed = text.replaceAll("[ \u3000\u00a0]", "");
        JsonNode gold = JSON.readTree(goldFile.toFile());
        JsonNode blocks = gold.path("blocks");
        if (blocks.size() != lines.size()) {
            errors.add(id + ": " + blocks.size() + " blocks for " + lines.size() + " lines");
        }
        Map<String, Set<Integer>> statements = new HashMap<>();
        for (JsonNode s : gold.path("speakers")) {
            String name = s.path("name").asText();
            Set<Integer> st = new HashSet<>();
            s.path("statements").forEach(n -> st.add(n.asInt()));
            statements.put(name, st);
            if (!Set.of("person", "organization").contains(s.path("kind").asText())) {
                errors.add(id + ": speaker " + name + " has kind " + s.path("kind").asText());
            }
            List<String> written = new ArrayList<>(List.of(name));
            s.path("aliases").forEach(a -> written.add(a.asText()));
            s.path("titles").forEach(t -> written.add(t.asText()));
            for (String w : written) {
                if (!text.contains(w)) {
                    errors.add(id + ": " + w + " does not occur in the text");
                }
            }
            for (int b : st) {
                if (b < 0 || b >= blocks.size()) {
                    errors.add(id + ": " + name + " states in block " + b + ", which does not exist");
                }
            }
        }
        boolean speakerGold = gold.path("speaker_gold").asBoolean();
        for (int i = 0; i < Math.min(blocks.size(), lines.size()); i++) {
            JsonNode b = blocks.get(i);
            if (!b.path("text").asText().equals(lines.get(i))) {
                errors.add(id + ": block " + i + " differs from line " + (i + 1));
            }
            if (!KINDS.contains(b.path("kind").asText())) {
                errors.add(id + ": block " + i + " has kind " + b.path("kind").asText());
            }
            JsonNode span = b.path("lines");
            if (span.size() != 2 || span.get(0).asInt() != i + 1 || span.get(1).asInt() != i + 1) {
                errors.add(id + ": block " + i + " has lines " + span);
            }
            JsonNode sp = b.path("speaker");
            if (!speakerGold && !sp.asText().equals("?")) {
                errors.add(id + ": block " + i + " names a speaker in a text without speaker gold");
            }
            if (sp.isTextual() && !sp.asText().equals("?")
                    && !statements.getOrDefault(sp.asText(), Set.of()).contains(i)) {
                errors.add(id + ": block " + i + " speaker " + sp.asText() + " is not among its statements");
            }
        }
        for (JsonNode r : gold.path("reporters")) {
            if (!squeezed.contains(r.asText())) {
                errors.add(id + ": reporter " + r.asText() + " does not occur in the text");
            }
        }
        for (String key : List.of("outlet", "date", "genre", "script", "licence")) {
            if (gold.path(key).asText().isBlank()) {
                errors.add(id + ": no " + key);
            }
        }
        for (String key : List.of("repository", "path", "commit")) {
            if (gold.path("source").path(key).asText().isBlank()) {
                errors.add(id + ": no source " + key);
            }
        }
        return errors;
    }
}
