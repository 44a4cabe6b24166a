package org.pizhu.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pizhu.annotate.Anchorer;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Speakers;
import org.pizhu.reflow.Reflower;

/** Exporting 10,000 annotations (on a 2,500-paragraph document, with speakers, tags and notes); goal &lt; 1 s. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportBenchmark {
    @Param({"md-order", "md-speaker", "obsidian-tag", "json"})
    public String shape;

    private ExportRequest request;

    @Setup
    public void setUp() {
        StringBuilder text = new StringBuilder("測試標題\n\n");
        for (int i = 0; i < 2500; i++) {
            text.append("第").append(i).append("段：他說「城市需要*更多*的綠地與[交通]規劃，以及<b>創新</b>科技的發展。」")
                    .append("這是補充說明的文字，包括數字 1. 與符號 # 和 > 等等。\n\n");
        }
        Document doc = new Reflower().reflow("bench.txt", text.toString());
        Anchorer anchorer = new Anchorer(doc);
        List<Annotation> annotations = new ArrayList<>();
        Map<Integer, String> speakers = new HashMap<>();
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        int n = 0;
        for (Block b : doc.blocks()) {
            if (b.text().length() < 40) {
                continue;
            }
            if (b.index() % 3 == 0) {
                speakers.put(b.index(), "講者" + (b.index() % 7));
            }
            for (int k = 0; k < 4 && n < 10_000; k++, n++) {
                int start = b.sourceMap().sourceOffset(k * 9);
                int end = b.sourceMap().sourceOffset(k * 9 + 8);
                annotations.add(new Annotation(n + 1, 1, AnnotationKind.HIGHLIGHT, Color.values()[n % 5],
                        anchorer.anchor(start, end), false, n % 4 == 0 ? "筆記 **重點** " + n : "",
                        List.of("標籤" + (n % 13), "tag " + (n % 5)), t, t, ""));
            }
        }
        if (annotations.size() != 10_000) {
            throw new IllegalStateException("built " + annotations.size() + " annotations");
        }
        DocumentInfo info = new DocumentInfo(1, "測試標題", "bench.txt", "traditional", t, t, 1, text.length(),
                annotations.size());
        Map<String, List<String>> titles = Map.of("講者1", List.of("主席"), "講者2", List.of("局長", "議員"));
        ExportSource source = new ExportSource(info, doc, annotations, new Speakers(List.of(), speakers), titles);
        String[] parts = shape.split("-");
        ExportRequest.Builder b = ExportRequest.builder(List.of(source)).exportedAt(t, ZoneOffset.UTC);
        if (parts[0].equals("json")) {
            b.format(ExportFormat.JSON);
        } else {
            b.template(ExportTemplate.preset(parts[0].equals("md") ? "default" : parts[0])).groupBy(GroupBy.of(parts[1]));
        }
        request = b.build();
    }

    @Benchmark
    public String export() {
        return Exporter.render(request);
    }
}
