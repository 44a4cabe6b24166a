package org.pizhu.speakers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pizhu.document.Document;

/**
 * The speaker measures of {@code tools/score-analysis} (speaker F1, title recall, attribution accuracy, reporter F1)
 * computed in the JVM on a document built from gold blocks, with the differences listed for reading. Blocks are the
 * gold blocks, so block matching is the identity.
 */
final class GoldScore {
    /** One text's measures; {@code notes} lists what differs from the gold. */
    record Result(String id, double speakerF1, double titleRecall, double attribution, double reporterF1,
                  boolean hasSpeakers, String script, List<String> notes) {
    }

    private GoldScore() {
    }

    /** The measures of one text, or null when its gold says speakers were not annotated ({@code speaker_gold: false}). */
    static Result score(String id, Path gold, SpeakerAnalyzer analyzer) throws IOException {
        JsonNode g = new ObjectMapper().readTree(gold.toFile());
        if (!g.path("speaker_gold").asBoolean(true)) {
            return null;
        }
        Document d = GoldDocuments.fromGold(gold);
        SpeakerAnalysis a = analyzer.analyze(d);
        List<String> notes = new ArrayList<>();
        Set<String> on = new LinkedHashSet<>();
        a.speakers().forEach(s -> on.add(s.name()));
        Set<String> gn = new LinkedHashSet<>();
        g.path("speakers").forEach(s -> gn.add(s.get("name").asText()));
        int tp = (int) on.stream().filter(gn::contains).count();
        double sf = f1(tp, on.size(), gn.size());
        on.stream().filter(n -> !gn.contains(n)).forEach(n -> notes.add("extra speaker " + n));
        gn.stream().filter(n -> !on.contains(n)).forEach(n -> notes.add("missed speaker " + n));
        int want = 0;
        int got = 0;
        for (JsonNode s : g.path("speakers")) {
            Speaker o = a.speaker(s.get("name").asText()).orElse(null);
            for (JsonNode tn : s.path("titles")) {
                String t = norm(tn.asText());
                want++;
                boolean hit = o != null && o.titles().stream().map(GoldScore::norm)
                        .anyMatch(x -> !x.isEmpty() && (x.contains(t) || t.contains(x)));
                if (hit) {
                    got++;
                } else if (o != null) {
                    notes.add("missed title " + s.get("name").asText() + " / " + t + " (have " + o.titles() + ")");
                }
            }
        }
        double tr = want == 0 ? 1.0 : (double) got / want;
        int scored = 0;
        int ok = 0;
        JsonNode blocks = g.get("blocks");
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode b = blocks.get(i);
            String kind = b.get("kind").asText();
            JsonNode sp = b.get("speaker");
            if (!("paragraph".equals(kind) || "caption".equals(kind)) || sp != null && "?".equals(sp.asText())) {
                continue;
            }
            scored++;
            String want1 = sp == null || sp.isNull() ? null : sp.asText();
            String have = a.speakerOf(i).orElse(null);
            if (Objects.equals(want1, have)) {
                ok++;
            } else {
                String t = b.get("text").asText();
                notes.add("block " + i + " gold=" + want1 + " got=" + have + " | " + t.substring(0, Math.min(40, t.length())));
            }
        }
        double at = scored == 0 ? 1.0 : (double) ok / scored;
        Set<String> or = new HashSet<>(a.reporters());
        Set<String> gr = new HashSet<>();
        g.path("reporters").forEach(r -> gr.add(r.asText()));
        int rt = (int) or.stream().filter(gr::contains).count();
        double rf = or.isEmpty() && gr.isEmpty() ? 1.0 : f1(rt, or.size(), gr.size());
        or.stream().filter(n -> !gr.contains(n)).forEach(n -> notes.add("extra reporter " + n));
        gr.stream().filter(n -> !or.contains(n)).forEach(n -> notes.add("missed reporter " + n));
        return new Result(id, sf, tr, at, rf, !gn.isEmpty(), g.path("script").asText("?"), notes);
    }

    private static double f1(int tp, int found, int gold) {
        double p = (double) tp / Math.max(1, found);
        double r = (double) tp / Math.max(1, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", "");
    }
}
