package org.pizhu.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Library;
import org.pizhu.library.LoadedDocument;
import org.pizhu.library.Speakers;

/**
 * The approved export files under src/test/resources/export/: the shipped sample with a few annotations and speakers,
 * exported in each preset and format. {@link GoldenExportTest} compares with them and never writes them; after an
 * intended change, {@code scripts/update-golden-exports.sh} runs {@link #main} to rewrite them, and the diff is
 * reviewed before it is committed.
 */
final class GoldenExports {
    static final String SAMPLE = "/samples/takungpao-2024-new-productive-forces.txt";
    static final Path FOLDER = Path.of("src/test/resources/export");

    /** Each approved file: group by, preset, format, file name. */
    static final List<List<String>> CASES = List.of(
            List.of("order", "default", "md", "sample-order.md"),
            List.of("speaker", "default", "md", "sample-speaker.md"),
            List.of("tag", "default", "md", "sample-tag.md"),
            List.of("speaker", "obsidian", "md", "sample-obsidian.md"),
            List.of("order", "plain", "md", "sample-plain.txt"),
            List.of("order", "default", "json", "sample.json"));

    private GoldenExports() {
    }

    /** Rewrites every approved file from the current code (run from the project folder). */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("pizhu-golden");
        ExportSource source = sample(dir);
        for (List<String> c : CASES) {
            Files.writeString(FOLDER.resolve(c.get(3)), render(source, c.get(0), c.get(1), c.get(2)),
                    StandardCharsets.UTF_8);
            System.out.println("wrote " + FOLDER.resolve(c.get(3)));
        }
    }

    static String render(ExportSource source, String groupBy, String preset, String format) {
        return Exporter.render(ExportRequest.builder(List.of(source)).groupBy(GroupBy.of(groupBy))
                .template(ExportTemplate.preset(preset)).format(ExportFormat.of(format))
                .clock(MarkdownExportTest.CLOCK).build());
    }

    /** The sample, annotated, in a new library under {@code dir}, with fixed times. */
    static ExportSource sample(Path dir) throws IOException {
        String text;
        try (InputStream in = GoldenExports.class.getResourceAsStream(SAMPLE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long id = new DocumentImports(lib).importText("takungpao-2024-new-productive-forces.txt", text).id();
            long a1 = annotate(lib, id, "掌握新質生產力成為這條新賽道的制勝之道", Color.YELLOW, "核心論點：新質生產力是*制勝之道*。",
                    "新質生產力");
            long a2 = annotate(lib, id, "數碼港目前正全速建設人工智能超算中心", Color.GREEN, "", "人工智能", "基建");
            long a3 = annotate(lib, id, "創新及高質量是新質生產力的兩個關鍵要素", Color.BLUE, "定義：「新」與「質」。",
                    "新質生產力", "definition");
            long a4 = annotate(lib, id, "香港的基礎科研實力雄厚", Color.PINK, "", "科研");
            annotate(lib, id, "粵港澳大灣區作為世界級四大灣區之一", Color.PURPLE, "", "大灣區");
            Map<Long, Integer> blocks = new java.util.HashMap<>();
            lib.annotations(id).forEach(a -> blocks.put(a.id(), a.anchor().block()));
            lib.storeSpeakers(id, new Speakers(List.of("陳細明", "陳祖恒"), Map.of(blocks.get(a1), "陳細明",
                    blocks.get(a2), "陳細明", blocks.get(a3), "陳祖恒", blocks.get(a4), "陳祖恒")));
            LoadedDocument d = lib.load(id);
            DocumentInfo i = d.info();
            DocumentInfo fixed = new DocumentInfo(i.id(), i.title(), i.sourceName(), i.script(),
                    Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:05Z"), i.version(),
                    i.length(), i.annotations());
            Instant t = Instant.parse("2026-02-03T04:05:06Z");
            List<Annotation> annotations = d.annotations().stream().map(a -> new Annotation(a.id(), a.documentId(),
                    a.kind(), a.color(), a.anchor(), a.orphan(), a.note(), a.tags(), t, t, fixedUid(a.id()))).toList();
            return new ExportSource(fixed, d.document(), annotations, lib.speakers(id),
                    Map.of("陳細明", List.of("數碼港主席"), "陳祖恒", List.of("香港生產力促進局主席", "立法會議員")));
        }
    }

    /** A uid that is the same in every run, so the approved files do not change with the random ones. */
    static String fixedUid(long id) {
        return java.util.UUID.nameUUIDFromBytes(("golden annotation " + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static long annotate(Library lib, long id, String quote, Color c, String note, String... tags) {
        int[] at = lib.findQuote(id, quote).get(0);
        return lib.annotate(id, at[0], at[1], AnnotationKind.HIGHLIGHT, c, note, List.of(tags)).id();
    }
}
