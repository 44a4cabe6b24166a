package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.pizhu.script.ScriptConverters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pizhu.speakers.GoldDocuments;

/** The same scores on OpenCC-simplified copies of the seed and dev articles: the rules work on both scripts. */
class SimplifiedSpeakerScoreTest {

    @Test
    void simplifiedSeedAndDev() throws Exception {
        Path shared = GoldDocuments.shared();
        String[][] cases = {
            {"corpus/seed/takungpao-2024-new-productive-forces.gold.json", null},
            {"corpus/dev/news-02.gold.json", "corpus/dev/news-02.original.txt"},
            {"corpus/dev/news-07.gold.json", "corpus/dev/news-07.original.txt"}};
        for (String[] c : cases) {
            Path gold = simplify(shared.resolve(c[0]));
            Path doc = gold;
            String name = gold.getFileName().toString();
            Map<String, Double> m;
            if (c[1] == null) {
                m = SpeakerScoreTest.score(GoldDocuments.fromGold(gold), gold, "speakers-simp-" + name);
            } else {
                doc = Path.of("target", "simp-" + Path.of(c[1]).getFileName());
                Files.writeString(doc, ScriptConverters.get("t2s").convert(Files.readString(shared.resolve(c[1]))).text());
                m = SpeakerScoreTest.score(GoldDocuments.fromLines(doc), gold, "speakers-simp-" + name);
            }
            assertThat(m.get("speaker_f1")).as(name).isGreaterThanOrEqualTo(c[1] == null ? 1.0 : 0.85);
            assertThat(m.get("reporter_f1")).as(name).isGreaterThanOrEqualTo(0.95);
        }
    }

    private static Path simplify(Path gold) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(gold.toFile());
        JsonNode converted = convert(root);
        Path out = Path.of("target", "simp-" + gold.getFileName());
        Files.createDirectories(out.getParent());
        Files.writeString(out, mapper.writeValueAsString(converted), StandardCharsets.UTF_8);
        return out;
    }

    private static JsonNode convert(JsonNode n) {
        if (n.isTextual()) {
            return TextNode.valueOf(ScriptConverters.get("t2s").convert(n.asText()).text());
        }
        if (n.isArray()) {
            ArrayNode a = (ArrayNode) n;
            for (int i = 0; i < a.size(); i++) {
                a.set(i, convert(a.get(i)));
            }
        } else if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!f.equals("kind")) {
                    o.set(f, convert(o.get(f)));
                }
            }
        }
        return n;
    }
}
