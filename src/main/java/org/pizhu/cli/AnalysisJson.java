package org.pizhu.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.script.ScriptDetector;

/** Writes the {@code analyze --json} contract: source, script, title, blocks, speakers, reporters. */
final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    static String write(Document document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", document.sourceName());
        root.put("script", ScriptDetector.detect(document.source()).id());
        root.put("title", document.title().orElse(null));
        ArrayNode blocks = root.putArray("blocks");
        for (Block b : document.blocks()) {
            ObjectNode o = blocks.addObject();
            o.put("index", b.index());
            o.put("kind", b.kind().id());
            o.put("text", b.text());
            o.putArray("lines").add(b.firstLine()).add(b.lastLine());
            o.putNull("speaker");
        }
        root.putArray("speakers");
        root.putArray("reporters");
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write analysis JSON", e);
        }
    }
}
