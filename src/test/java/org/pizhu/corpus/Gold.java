package org.pizhu.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold reading ({@code NN.gold.json}): blocks with kind and speaker, speakers with titles, reporters. A kind or
 * speaker of {@code "?"} means "not scored"; a block without a speaker has speaker null.
 *
 * @param blocks    gold blocks, or null when the gold gives only a paragraph count
 * @param paragraphs the paragraph count of a gold without blocks, else -1
 * @param speakers  gold speakers
 * @param reporters gold reporters
 * @param speakerGold whether speakers and reporters were annotated ({@code speaker_gold}, true when the field is
 *                    absent as in dev2); speaker measures are scored only on such texts
 */
public record Gold(List<GoldBlock> blocks, int paragraphs, List<GoldSpeaker> speakers, List<String> reporters,
                   boolean speakerGold) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A gold with speaker annotations. */
    public Gold(List<GoldBlock> blocks, int paragraphs, List<GoldSpeaker> speakers, List<String> reporters) {
        this(blocks, paragraphs, speakers, reporters, true);
    }

    /** A gold block. */
    public record GoldBlock(String kind, String text, String speaker) {
    }

    /** A gold speaker. */
    public record GoldSpeaker(String name, List<String> titles) {
    }

    /** Reads a gold file. */
    public static Gold read(Path file) throws IOException {
        return of(MAPPER.readTree(file.toFile()));
    }

    /** A gold from its JSON. */
    public static Gold of(JsonNode root) {
        List<GoldBlock> blocks = null;
        JsonNode gb = root.get("blocks");
        if (gb != null && gb.isArray() && gb.size() > 0) {
            blocks = new ArrayList<>();
            for (JsonNode b : gb) {
                blocks.add(new GoldBlock(b.path("kind").asText(), b.path("text").asText(),
                        Analysis.textOrNull(b.get("speaker"))));
            }
        }
        int paragraphs = root.has("paragraphs") ? root.get("paragraphs").asInt() : -1;
        List<GoldSpeaker> speakers = new ArrayList<>();
        for (JsonNode s : root.path("speakers")) {
            List<String> titles = new ArrayList<>();
            s.path("titles").forEach(t -> titles.add(t.asText()));
            speakers.add(new GoldSpeaker(s.path("name").asText(), titles));
        }
        List<String> reporters = new ArrayList<>();
        root.path("reporters").forEach(r -> reporters.add(r.asText()));
        return new Gold(blocks, paragraphs, speakers, reporters, root.path("speaker_gold").asBoolean(true));
    }

    /** Gold without speakers or reporters (generated texts: only blocks and kinds are known). */
    public static Gold ofBlocks(List<GoldBlock> blocks) {
        return new Gold(blocks, -1, List.of(), List.of(), false);
    }
}
