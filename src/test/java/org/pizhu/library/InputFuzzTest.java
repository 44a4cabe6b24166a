package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.app.ExportLoader;
import org.pizhu.export.ExportException;
import org.pizhu.export.ExportRequest;
import org.pizhu.export.ExportSource;
import org.pizhu.export.ExportTemplate;
import org.pizhu.export.Exporter;

/**
 * Seeded fuzzing of the inputs a user types: search queries and export templates, built from pieces that mean
 * something to FTS5, SQL, Mustache and Markdown. A query may only ever return results; a template may only ever be
 * refused with an {@link ExportException}; no case may take more than 10 s. Cases: {@code -Dpizhu.fuzz.cases}.
 */
class InputFuzzTest {
    private static final String[] QUERY_PIECES = {"\"", "'", "*", "AND", "OR", "NOT", "NEAR(", ")", "(", "^", ":",
        "col:", "-", "+", "%", "_", "\\", ";", "--", "/*", "\u0000", "\uFFFF", "\uD800", "綠地", "城市", "干", "幹", "髮",
        "發", "的", " ", "  ", "\t", "\n", "ａ", "Ａ", "x", "{{", "}}", "<b>", "&amp;", "\u202E", "\u200B", "🀄", "市民圖書館"};
    private static final String[] TEMPLATE_PIECES = {"{{", "}}", "{{{", "}}}", "{{#", "{{/", "{{^", "{{>", "{{<", "{{$",
        "{{!", "{{=", "=}}", "{{&", "documents", "annotations", "quote", "note", "tags", "title", "}}", "{{.}}",
        "{{#documents}}", "{{/documents}}", "{{#annotations}}", "{{/annotations}}", "{{quote}}", "{{title}}", "{{> p}}",
        "{{-first}}", "{{-last}}", "{{-index}}", "# ", "\n", "> ", "*", "<script>", "中文", "\u0000", " "};

    @TempDir
    Path dir;

    @Test
    void queriesAndTemplatesNeverFailUnexpectedly() {
        int cases = Integer.getInteger("pizhu.fuzz.cases", 1000);
        long seed = Long.getLong("pizhu.fuzz.seed", 20261206L);
        Random r = new Random(seed);
        List<String> findings = new ArrayList<>();
        long slowest = 0;
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long doc = new DocumentImports(lib).importText("a.txt", "城市需要更多的綠地。\n\n市民圖書館在河畔，乾隆年間建成。\n\n"
                    + Texts.document(3, 3000)).id();
            lib.annotate(doc, 0, 4, AnnotationKind.NOTE, Color.GREEN, "筆記 <b>粗</b> {{x}}", List.of("城市 規劃", "a*b"));
            List<ExportSource> sources = ExportLoader.load(lib, List.of(doc));
            for (int i = 0; i < cases; i++) {
                boolean query = r.nextBoolean();
                String input = build(r, query ? QUERY_PIECES : TEMPLATE_PIECES);
                long t0 = System.nanoTime();
                try {
                    if (query) {
                        SearchResults res = lib.search(input, 1 + r.nextInt(50));
                        assertThat(res.blocks().size()).isLessThanOrEqualTo(50);
                    } else {
                        ExportTemplate t = ExportTemplate.of("fuzz.mustache", input);
                        Exporter.render(ExportRequest.builder(sources).template(t)
                                .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build());
                    }
                } catch (ExportException e) {
                    if (query) {
                        findings.add("case " + i + " (seed " + seed + ") query " + show(input) + ": " + show(e.toString()));
                    }
                } catch (RuntimeException | AssertionError e) {
                    findings.add("case " + i + " (seed " + seed + ") " + (query ? "query " : "template ") + show(input) + ": "
                            + show(e.toString()));
                }
                long took = System.nanoTime() - t0;
                slowest = Math.max(slowest, took);
                if (took > 10_000_000_000L) {
                    findings.add("case " + i + " took " + took / 1_000_000 + " ms");
                }
            }
        }
        System.out.printf("input fuzz: %d cases, slowest %.0f ms, %d findings%n", cases, slowest / 1e6, findings.size());
        assertThat(findings).isEmpty();
    }

    /** {@code s} with control characters and lone surrogates escaped, for readable reports. */
    private static String show(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || Character.isSurrogate(c) || c == 0xFFFF ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return sb.length() > 300 ? sb.substring(0, 300) + "…" : sb.toString();
    }

    private static String build(Random r, String[] pieces) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(r.nextInt(10) == 0 ? 1200 : 12);
        for (int i = 0; i < n; i++) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }
}
