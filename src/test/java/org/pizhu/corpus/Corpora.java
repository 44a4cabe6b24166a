package org.pizhu.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the corpora in the dev2 format ({@code ID.original.txt} one line per block, {@code ID.gold.json}, broken
 * variants {@code ID.X.txt}, and for own corpora a {@code split.tsv} of {@code ID<TAB>tune|holdout|fresh}).
 */
public final class Corpora {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Corpora() {
    }

    /** The 28 dev2 texts in layouts a–d (d with its own gold). */
    public static List<CorpusText> dev2Variants(Path dev2, String layouts) {
        List<CorpusText> out = new ArrayList<>();
        for (String id : ids(dev2)) {
            for (char v : layouts.toCharArray()) {
                Path gold = dev2.resolve(id + (v == 'd' ? ".d.gold.json" : ".gold.json"));
                Path file = dev2.resolve(id + "." + v + ".txt");
                if (Files.isRegularFile(file)) {
                    out.add(text("dev2/" + id + "." + v, "dev2", String.valueOf(v), dev2Split(id), file, gold));
                }
            }
        }
        return out;
    }

    /**
     * The split of a dev2 text for tuning the reflow: every third text (03, 06, … 27) is held out, the rest is
     * tuned on.
     */
    public static String dev2Split(String id) {
        try {
            return Integer.parseInt(id) % 3 == 0 ? "holdout" : "tune";
        } catch (NumberFormatException e) {
            return "tune";
        }
    }

    /** The dev2 originals, one line per block. */
    public static List<CorpusText> dev2Originals(Path dev2) {
        List<CorpusText> out = new ArrayList<>();
        for (String id : ids(dev2)) {
            out.add(text("dev2/" + id + ".original", "dev2", "original", dev2Split(id),
                    dev2.resolve(id + ".original.txt"), dev2.resolve(id + ".gold.json")));
        }
        return out;
    }

    /** The seed text and the dev articles (broken and original), when present under the corpus root. */
    public static List<CorpusText> seedAndDev(Path root) {
        List<CorpusText> out = new ArrayList<>();
        Path seed = root.resolve("seed/takungpao-2024-new-productive-forces");
        if (Files.isRegularFile(Path.of(seed + ".gold.json"))) {
            out.add(text("seed/takungpao", "seed", "seed", "dev", Path.of(seed + ".txt"), Path.of(seed + ".gold.json")));
        }
        for (String name : List.of("news-02", "news-07")) {
            Path base = root.resolve("dev/" + name);
            if (Files.isRegularFile(Path.of(base + ".gold.json"))) {
                out.add(text("dev/" + name + ".broken", "dev", "broken", "dev", Path.of(base + ".broken.txt"),
                        Path.of(base + ".gold.json")));
                out.add(text("dev/" + name + ".original", "dev", "original", "dev", Path.of(base + ".original.txt"),
                        Path.of(base + ".gold.json")));
            }
        }
        return out;
    }

    /**
     * The originals of an own corpus folder with their split, genre and script from {@code split.tsv} (columns
     * {@code id split [genre script …]}, texts in the folder or its {@code texts/} subfolder; texts not listed
     * there are skipped). {@code splits} says which splits to read, e.g. {@code tune} only while tuning.
     */
    public static List<CorpusText> ownOriginals(Path dir, String set, List<String> splits) {
        Map<String, String[]> rows = splits(dir);
        Path texts = Files.isDirectory(dir.resolve("texts")) ? dir.resolve("texts") : dir;
        List<CorpusText> out = new ArrayList<>();
        for (String id : ids(texts)) {
            String[] row = rows.get(id);
            if (row != null && splits.contains(row[1])) {
                CorpusText t = text(set + "/" + id + ".original", set, "original", row[1],
                        texts.resolve(id + ".original.txt"), texts.resolve(id + ".gold.json"));
                String genre = row.length > 2 && !row[2].isBlank() ? row[2] : t.genre();
                String script = row.length > 3 && !row[3].isBlank() ? row[3] : t.script();
                out.add(new CorpusText(t.id(), set, "original", script, genre, row[1], t.text(), t.file(), t.gold()));
            }
        }
        return out;
    }

    /** Rows of {@code split.tsv} by id ({@code id split …}); empty when the file is absent. */
    static Map<String, String[]> splits(Path dir) {
        Map<String, String[]> m = new LinkedHashMap<>();
        Path tsv = dir.resolve("split.tsv");
        if (!Files.isRegularFile(tsv)) {
            return m;
        }
        try {
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] f = line.strip().split("\t");
                if (f.length >= 2 && !f[0].startsWith("#") && !f[0].equals("id")) {
                    for (int i = 0; i < f.length; i++) {
                        f[i] = f[i].strip();
                    }
                    m.put(f[0], f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** Ids of the texts in a folder: names {@code ID.original.txt} with an {@code ID.gold.json} beside them. */
    static List<String> ids(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".original.txt"))
                    .map(n -> n.substring(0, n.length() - ".original.txt".length()))
                    .filter(id -> Files.isRegularFile(dir.resolve(id + ".gold.json")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CorpusText text(String id, String set, String layout, String split, Path file, Path goldFile) {
        try {
            JsonNode g = MAPPER.readTree(goldFile.toFile());
            String script = g.path("script").asText("?");
            String genre = g.has("genre") ? g.get("genre").asText()
                    : g.path("speakers").size() > 0 ? "news" : "other";
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new CorpusText(id, set, layout, script.isEmpty() ? "?" : script, genre, split, text, file, Gold.of(g));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " or " + goldFile, e);
        }
    }
}
