package org.pizhu.importing.pdfgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A gold-annotated text in the corpus format ({@code ID.original.txt} + {@code ID.gold.json} with
 * {@code blocks: [{kind, text}]}), read at test time from the shared corpus or the project's own corpus.
 */
public record SourceText(String id, String outlet, String date, List<GoldBlock> blocks) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One block of a gold reading: its kind ({@code heading}, {@code paragraph}, … or {@code ?}) and its text. */
    public record GoldBlock(String kind, String text) {
    }

    /** Reads every {@code *.gold.json} with blocks in {@code dir} (sorted by name); empty when the folder is absent. */
    public static List<SourceText> readAll(Path dir, String prefix) throws IOException {
        List<SourceText> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("[^.]+\\.gold\\.json")).sorted().toList();
        }
        for (Path f : files) {
            JsonNode gold = JSON.readTree(f.toFile());
            JsonNode blocks = gold.get("blocks");
            if (blocks == null || !blocks.isArray() || blocks.isEmpty()) {
                continue;
            }
            List<GoldBlock> list = new ArrayList<>();
            for (JsonNode b : blocks) {
                String text = b.path("text").asText("").strip();
                if (!text.isEmpty()) {
                    list.add(new GoldBlock(b.path("kind").asText("?"), text));
                }
            }
            String id = prefix + f.getFileName().toString().replace(".gold.json", "");
            out.add(new SourceText(id, gold.path("outlet").asText(""), gold.path("date").asText(""), list));
        }
        return out;
    }
}
