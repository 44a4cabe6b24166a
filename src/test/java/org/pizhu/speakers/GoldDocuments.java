package org.pizhu.speakers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pizhu.corpus.CorpusLocation;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;
import org.pizhu.document.SourceMap;

/**
 * Builds documents straight from gold blocks (or from one-block-per-line originals), so the speaker engine can be
 * measured independently of reflow.
 */
public final class GoldDocuments {
    private GoldDocuments() {
    }

    /**
     * The shared folder (the parent of the corpus root of {@link CorpusLocation}); {@code ../shared} when the corpus
     * is absent, so that callers' assumptions skip. A {@code -Dpizhu.corpus} naming a missing folder fails.
     */
    public static Path shared() {
        return CorpusLocation.shared();
    }

    /** A document whose blocks are the gold file's blocks (kind, text, lines). */
    public static Document fromGold(Path gold) throws IOException {
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        List<String> texts = new ArrayList<>();
        List<BlockKind> kinds = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        for (JsonNode b : root.get("blocks")) {
            texts.add(b.get("text").asText());
            String k = b.get("kind").asText();
            kinds.add("?".equals(k) ? guessKind(b.get("text").asText()) : BlockKind.valueOf(k.toUpperCase()));
            JsonNode l = b.get("lines");
            lines.add(l == null ? null : new int[] {l.get(0).asInt(), l.get(1).asInt()});
        }
        return build(gold.getFileName().toString(), texts, kinds, lines);
    }

    /** A document with one block per non-blank line; kinds guessed from punctuation and length. */
    public static Document fromLines(Path text) throws IOException {
        List<String> texts = new ArrayList<>();
        List<BlockKind> kinds = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        List<String> all = Files.readAllLines(text, StandardCharsets.UTF_8);
        for (int i = 0; i < all.size(); i++) {
            String l = all.get(i).strip();
            if (!l.isEmpty()) {
                texts.add(l);
                kinds.add(guessKind(l));
                lines.add(new int[] {i + 1, i + 1});
            }
        }
        return build(text.getFileName().toString(), texts, kinds, lines);
    }

    /** A document from plain strings: one block each, kinds guessed. */
    public static Document of(String... blockTexts) {
        List<BlockKind> kinds = new ArrayList<>();
        for (String t : blockTexts) {
            kinds.add(guessKind(t));
        }
        return build("test", List.of(blockTexts), kinds, null);
    }

    /** A document from (kind, text) pairs. */
    public static Document of(List<BlockKind> kinds, List<String> texts) {
        return build("test", texts, kinds, null);
    }

    static BlockKind guessKind(String t) {
        String s = t.strip();
        if (s.startsWith("▲")) {
            return BlockKind.CAPTION;
        }
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        return "。！？!?」』”）)".indexOf(last) >= 0 || s.length() >= 30 ? BlockKind.PARAGRAPH : BlockKind.HEADING;
    }

    private static Document build(String name, List<String> texts, List<BlockKind> kinds, List<int[]> lines) {
        StringBuilder source = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            int first = lines == null || lines.get(i) == null ? i + 1 : lines.get(i)[0];
            int last = lines == null || lines.get(i) == null ? i + 1 : lines.get(i)[1];
            blocks.add(new Block(i, kinds.get(i), t, first, last, SourceMap.contiguous(source.length(), t.length())));
            source.append(t).append('\n');
        }
        return new Document(name, source.toString(), blocks);
    }
}
