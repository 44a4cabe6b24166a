package org.pizhu.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.speakers.Speaker;
import org.pizhu.speakers.SpeakerAnalysis;

/**
 * The part of an {@code analyze --json} reading that the scorer looks at, built in memory from a document and its
 * speaker analysis, or read from the JSON.
 *
 * @param blocks    blocks in order
 * @param speakers  speakers with their titles
 * @param reporters reporters named in bylines
 */
public record Analysis(List<AnalysisBlock> blocks, List<AnalysisSpeaker> speakers, List<String> reporters) {
    /** One block: its kind id, text and speaker (null when none). */
    public record AnalysisBlock(String kind, String text, String speaker) {
    }

    /** One speaker: name (may be null in foreign JSON) and titles. */
    public record AnalysisSpeaker(String name, List<String> titles) {
    }

    /** The reading {@code analyze --json} would print for this document and analysis. */
    public static Analysis of(Document document, SpeakerAnalysis analysis) {
        List<AnalysisBlock> blocks = new ArrayList<>(document.blocks().size());
        for (Block b : document.blocks()) {
            blocks.add(new AnalysisBlock(b.kind().id(), b.text(), analysis.speakerOf(b.index()).orElse(null)));
        }
        List<AnalysisSpeaker> speakers = new ArrayList<>();
        for (Speaker s : analysis.speakers()) {
            speakers.add(new AnalysisSpeaker(s.name(), List.copyOf(s.titles())));
        }
        return new Analysis(blocks, speakers, analysis.reporters());
    }

    /** A document's blocks only, with no speakers (for scoring reflow alone). */
    public static Analysis of(Document document) {
        List<AnalysisBlock> blocks = new ArrayList<>(document.blocks().size());
        for (Block b : document.blocks()) {
            blocks.add(new AnalysisBlock(b.kind().id(), b.text(), null));
        }
        return new Analysis(blocks, List.of(), List.of());
    }

    /** The reading from an {@code analyze --json} output. */
    public static Analysis fromJson(JsonNode root) {
        List<AnalysisBlock> blocks = new ArrayList<>();
        for (JsonNode b : root.path("blocks")) {
            blocks.add(new AnalysisBlock(b.path("kind").asText(), b.path("text").asText(), textOrNull(b.get("speaker"))));
        }
        List<AnalysisSpeaker> speakers = new ArrayList<>();
        for (JsonNode s : root.path("speakers")) {
            List<String> titles = new ArrayList<>();
            s.path("titles").forEach(t -> titles.add(t.asText()));
            speakers.add(new AnalysisSpeaker(textOrNull(s.get("name")), titles));
        }
        List<String> reporters = new ArrayList<>();
        root.path("reporters").forEach(r -> reporters.add(r.asText()));
        return new Analysis(blocks, speakers, reporters);
    }

    static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
