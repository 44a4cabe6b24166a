package org.pizhu.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.document.Block;

/**
 * Library performance on a generated library of 1,000 documents of 20,000 characters plus one of 1,000,000:
 * 3-character search (target p95 &lt; 50 ms), saving an annotation (p95 &lt; 5 ms), opening the large document ready to
 * display (&lt; 300 ms), listing everything one person said across the library (&lt; 200 ms; 300 people speak in ten
 * blocks of each document) and listing everyone. The library is generated once into {@code target/bench/} and reused.
 * Run: {@code mvn -B -Pbench verify -Dbench.include=LibraryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LibraryBenchmark {
    private static final String[] WORDS = {"新質生產力", "經濟發展", "特區政府", "科技創新", "數碼港", "人工智能",
        "高質量發展", "粵港澳大灣區", "國際金融中心", "產業升級"};
    private static final int DOCS = 1000;
    private static final int CHARS = 20_000;

    private Library lib;
    private long bigDoc;
    private long smallDoc;
    private int smallLength;
    private String smallText;
    private final List<String> queries = new ArrayList<>();
    private final Random rnd = new Random(7);
    private int next;
    private String person;
    private static final String SURNAMES = "陳李張黃何林王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江羅高";
    private static final String GIVEN = "大文明華志偉建國家強美玲淑芬俊傑嘉欣子軒宇浩雅婷";

    @Setup
    public void setUp() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path file = dir.resolve("library-" + DOCS + "x" + CHARS + ".db");
        boolean fresh = !Files.exists(file);
        lib = Library.open(file);
        if (fresh) {
            generate();
        }
        List<DocumentInfo> docs = lib.documents();
        bigDoc = docs.stream().filter(d -> d.length() > 500_000).findFirst().orElseThrow().id();
        smallDoc = docs.get(0).id();
        smallLength = docs.get(0).length();
        Random q = new Random(11);
        for (int i = 0; i < 200; i++) {
            if (i % 4 == 0) {
                String w = WORDS[q.nextInt(WORDS.length)];
                int at = q.nextInt(w.length() - 2);
                queries.add(w.substring(at, at + 3));
            } else {
                List<Block> blocks = lib.load(docs.get(q.nextInt(docs.size() - 1)).id()).document().blocks();
                String t = blocks.get(q.nextInt(blocks.size())).text();
                int at = q.nextInt(t.length() - 3);
                queries.add(t.substring(at, at + 3));
            }
        }
        smallText = lib.load(smallDoc).document().source();
        if (lib.speakerRecords().statementsOf(name(0)).isEmpty()) {
            assignSpeakers(docs);
        }
        person = name(7);
    }

    /** A person's name among 300, the same in every run. */
    private static String name(int i) {
        return "" + SURNAMES.charAt(i % SURNAMES.length()) + GIVEN.charAt(i / SURNAMES.length() % GIVEN.length())
                + GIVEN.charAt((i * 7 + 3) % GIVEN.length());
    }

    /** Ten of 300 people speak in ten blocks of every document, some with titles. */
    private void assignSpeakers(List<DocumentInfo> docs) {
        Random r = new Random(5);
        for (DocumentInfo d : docs) {
            int blocks = lib.load(d.id()).document().blocks().size();
            java.util.Map<Integer, String> byBlock = new java.util.HashMap<>();
            java.util.Map<String, List<String>> titles = new java.util.HashMap<>();
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            for (int i = 0; i < 10; i++) {
                String n = name(r.nextInt(300));
                names.add(n);
                byBlock.put(r.nextInt(blocks), n);
                if (r.nextInt(3) == 0) {
                    titles.put(n, List.of("局長"));
                }
            }
            names.retainAll(byBlock.values());
            lib.storeSpeakers(d.id(), new Speakers(List.copyOf(names), byBlock, titles));
        }
    }

    @Benchmark
    public List<Statement> statementsOfAPerson() {
        return lib.speakerRecords().statementsOf(person);
    }

    @Benchmark
    public List<Person> listEveryone() {
        return lib.speakerRecords().people();
    }

    private void generate() {
        for (int d = 0; d < DOCS; d++) {
            new DocumentImports(lib).importText("doc-" + d + ".txt", text(d, CHARS));
        }
        long big = new DocumentImports(lib).importText("big.txt", text(-1, 1_000_000)).id();
        Random r = new Random(3);
        String source = lib.load(big).document().source();
        for (int i = 0; i < 300; i++) {
            int start = r.nextInt(990_000);
            while (Character.isWhitespace(source.charAt(start))) {
                start++;
            }
            lib.annotate(big, start, start + 1 + r.nextInt(40), AnnotationKind.HIGHLIGHT, Color.YELLOW, "", List.of());
        }
    }

    /** Generated text with some frequent words, hard-wrapped like print. */
    static String text(long seed, int chars) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + chars / 8);
        while (sb.length() < chars) {
            StringBuilder p = new StringBuilder();
            int len = 120 + r.nextInt(160);
            while (p.length() < len) {
                p.append(Texts.paragraph(r, 10 + r.nextInt(30)), 0, 10);
                if (r.nextInt(3) == 0) {
                    p.append(WORDS[r.nextInt(WORDS.length)]);
                }
            }
            p.append('。');
            for (int i = 0; i < p.length(); i += 38) {
                sb.append(p, i, Math.min(p.length(), i + 38)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @TearDown
    public void tearDown() {
        lib.close();
    }

    @Benchmark
    public SearchResults search3Chars() {
        return lib.search(queries.get(next++ % queries.size()), 50);
    }

    @Benchmark
    public Object saveAnnotation() {
        int start = rnd.nextInt(smallLength - 50);
        while (Character.isWhitespace(smallText.charAt(start))) {
            start++;
        }
        return lib.annotate(smallDoc, start, start + 4 + rnd.nextInt(20), AnnotationKind.HIGHLIGHT, Color.GREEN,
                "筆記", List.of("標籤"));
    }

    @Benchmark
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 3)
    public LoadedDocument openMillionCharDocument() {
        return lib.load(bigDoc);
    }
}
