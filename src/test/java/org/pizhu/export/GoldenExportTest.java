package org.pizhu.export;

import org.pizhu.app.DocumentImports;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Library;
import org.pizhu.library.LoadedDocument;
import org.pizhu.library.Speakers;

/**
 * The shipped sample with a few annotations and speakers, exported and compared with approved files under
 * src/test/resources/export/. After an intended change, regenerate them with {@code -Dpizhu.updateGolden=true} and
 * review the diff.
 */
class GoldenExportTest {
    static final String SAMPLE = "/samples/takungpao-2024-new-productive-forces.txt";

    @TempDir
    Path dir;

    ExportSource source;

    @BeforeEach
    void setUp() throws IOException {
        String text;
        try (InputStream in = GoldenExportTest.class.getResourceAsStream(SAMPLE)) {
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
                    a.kind(), a.color(), a.anchor(), a.orphan(), a.note(), a.tags(), t, t)).toList();
            source = new ExportSource(fixed, d.document(), annotations, lib.speakers(id),
                    Map.of("陳細明", List.of("數碼港主席"), "陳祖恒", List.of("香港生產力促進局主席", "立法會議員")));
        }
    }

    private static long annotate(Library lib, long id, String quote, Color c, String note, String... tags) {
        int[] at = lib.findQuote(id, quote).get(0);
        return lib.annotate(id, at[0], at[1], AnnotationKind.HIGHLIGHT, c, note, List.of(tags)).id();
    }

    @ParameterizedTest
    @CsvSource({"order,default,md,sample-order.md", "speaker,default,md,sample-speaker.md",
        "tag,default,md,sample-tag.md", "speaker,obsidian,md,sample-obsidian.md", "order,plain,md,sample-plain.txt",
        "order,default,json,sample.json"})
    void matchesTheApprovedFile(String groupBy, String preset, String format, String golden) throws IOException {
        String out = Exporter.render(ExportRequest.builder(List.of(source)).groupBy(GroupBy.of(groupBy))
                .template(ExportTemplate.preset(preset)).format(ExportFormat.of(format))
                .clock(MarkdownExportTest.CLOCK).build());
        Path file = Path.of("src/test/resources/export", golden);
        if (Boolean.getBoolean("pizhu.updateGolden")) {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        }
        assertThat(out).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
