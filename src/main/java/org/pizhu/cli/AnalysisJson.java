package org.pizhu.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.script.ScriptDetector;
import org.pizhu.speakers.Quote;
import org.pizhu.speakers.Speaker;
import org.pizhu.speakers.SpeakerAnalysis;

/** Writes the {@code analyze --json} contract: source, script, title, blocks, speakers, reporters. */
final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    static String write(Document document, SpeakerAnalysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", document.sourceName());
        root.put("script", ScriptDetector.detect(document.source()).id());
        root.put("title", document.title().orElse(null));
        ArrayNode blocks = root.putArray("blocks");
        for (Block b : document.blocks()) {
            ObjectNode o = blocks.addObject();
            o.put("index", b.index() + 1);
            o.put("kind", b.kind().id());
            o.put("text", b.text());
            o.putArray("lines").add(b.firstLine()).add(b.lastLine());
            o.put("speaker", analysis.speakerOf(b.index()).orElse(null));
        }
        ArrayNode speakers = root.putArray("speakers");
        for (Speaker s : analysis.speakers()) {
            ObjectNode o = speakers.addObject();
            o.put("name", s.name());
            o.put("kind", s.kind().id());
            s.titles().forEach(o.putArray("titles")::add);
            ArrayNode statements = o.putArray("statements");
            s.statements().forEach(i -> statements.add(i + 1));
            s.aliases().forEach(o.putArray("aliases")::add);
            ArrayNode quotes = o.putArray("quotes");
            for (Quote q : s.quotes()) {
                quotes.addObject().put("block", q.blockIndex() + 1).put("start", q.start()).put("end", q.end());
            }
        }
        analysis.reporters().forEach(root.putArray("reporters")::add);
        ArrayNode credits = root.putArray("credits");
        analysis.credits().forEach(c -> credits.addObject().put("name", c.name()).put("role", c.role()));
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write analysis JSON", e);
        }
    }
}
