package org.pizhu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/**
 * Seeded mutation fuzzing of the importer over the test fixtures of every format: only {@link ImportException} may
 * come out, no case may take more than 10 s, no failure may start in our own code, and every document that comes out keeps its source-map invariant (block characters are source
 * characters; reflow may only change whitespace).
 * Cases: {@code -Dpizhu.fuzz.cases} (1,000 in a normal build, 10,000 with {@code -Pfuzz}, 100,000 with {@code -Preliability}); seed {@code -Dpizhu.fuzz.seed}; {@code -Dpizhu.fuzz.from=N} replays from case N (cases
 * before it are generated, not imported); {@code -Dpizhu.fuzz.progress=true} prints a line every 1,000 cases.
 */
class ImportFuzzTest {
    private static final byte[] INTERESTING = {0, (byte) 0xFF, (byte) 0xFE, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 0x7F,
        (byte) 0x80, (byte) 0xA4, (byte) 0x81, '<', '>', '%', '/', '&', '#', '\n', '\r', '(', ')', '[', ']', 'P', 'K'};

    @TempDir
    Path tmp;

    private record Fixture(String extension, byte[] bytes) {
    }

    private static List<Fixture> fixtures() throws Exception {
        Map<String, String> chapters = new LinkedHashMap<>();
        chapters.put("a.xhtml", Fixtures.xhtml("第一章", Fixtures.PARAGRAPHS.get(0)));
        chapters.put("b.xhtml", Fixtures.xhtml("第二章", Fixtures.PARAGRAPHS.get(1)));
        String text = Fixtures.articleText("\n");
        return List.of(
                new Fixture("txt", text.getBytes(StandardCharsets.UTF_8)),
                new Fixture("txt", text.getBytes(Charset.forName("Big5"))),
                new Fixture("txt", text.getBytes(Charset.forName("GB18030"))),
                new Fixture("txt", text.getBytes(StandardCharsets.UTF_16)),
                new Fixture("html", Fixtures.html("utf-8").getBytes(StandardCharsets.UTF_8)),
                new Fixture("md", Fixtures.markdown().getBytes(StandardCharsets.UTF_8)),
                new Fixture("pdf", Fixtures.pdf()),
                new Fixture("epub", Fixtures.epub(chapters)));
    }

    static byte[] mutate(byte[] in, byte[] other, Random r) {
        byte[] b = in.clone();
        int rounds = 1 + r.nextInt(8);
        for (int k = 0; k < rounds && b.length > 0; k++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(7)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = INTERESTING[r.nextInt(INTERESTING.length)];
                case 2 -> b = Arrays.copyOf(b, at);
                case 3 -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(64));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                }
                case 4 -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(256));
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at + len);
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                }
                case 5 -> {
                    int len = 1 + r.nextInt(16);
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at);
                    for (int i = 0; i < len; i++) {
                        out[at + i] = (byte) r.nextInt(256);
                    }
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                }
                default -> {
                    int from = r.nextInt(other.length);
                    int len = Math.min(other.length - from, 1 + r.nextInt(512));
                    byte[] out = Arrays.copyOf(b, at + len);
                    System.arraycopy(other, from, out, at, len);
                    b = out;
                }
            }
        }
        return b;
    }

    @Test
    void mutatedFixturesOnlyEverGiveImportExceptions() throws Exception {
        int cases = Integer.getInteger("pizhu.fuzz.cases", 1000);
        long seed = Long.getLong("pizhu.fuzz.seed", 20261128L);
        int from = Integer.getInteger("pizhu.fuzz.from", 0);
        List<Fixture> fixtures = fixtures();
        Importer importer = new Importer();
        ImportOptions options = ImportOptions.defaults().withLimits(
                new ImportLimits(8L << 20, 16L << 20, 4 << 20, 200, 500, 16L << 20, 100, 15_000));
        Random r = new Random(seed);
        List<String> findings = new ArrayList<>();
        int accepted = 0;
        long slowest = 0;
        String slowestCase = "";
        for (int i = 0; i < cases; i++) {
            Fixture f = fixtures.get(r.nextInt(fixtures.size()));
            byte[] bytes = mutate(f.bytes(), fixtures.get(r.nextInt(fixtures.size())).bytes(), r);
            String ext = r.nextInt(10) == 0 ? fixtures.get(r.nextInt(fixtures.size())).extension() : f.extension();
            if (i < from) {
                continue;
            }
            Path file = Files.write(tmp.resolve("case-" + i + "." + ext), bytes);
            long t0 = System.nanoTime();
            try {
                Document d = importer.importFile(file, options).document();
                checkInvariants(d);
                accepted++;
            } catch (ImportException e) {
                assertThat(e.getMessage()).as("case %d", i).contains(file.getFileName().toString());
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException && thrownByOurCode(cause)) {
                    findings.add("case " + i + " (seed " + seed + "): " + cause);
                }
            } catch (Throwable t) {
                findings.add("case " + i + " (seed " + seed + ", ." + ext + "): uncaught " + t);
            }
            long took = System.nanoTime() - t0;
            if (took > slowest) {
                slowest = took;
                slowestCase = i + " (." + ext + ")";
            }
            if (took > 1_000_000_000L) {
                System.out.printf("fuzz: case %d (.%s from .%s, %d bytes) took %d ms%n", i, ext, f.extension(), bytes.length,
                        took / 1_000_000);
            }
            if (took > 10_000_000_000L) {
                findings.add("case " + i + " (seed " + seed + ", ." + ext + "): took " + took / 1_000_000 + " ms");
            }
            Files.delete(file);
            if (Boolean.getBoolean("pizhu.fuzz.progress") && (i + 1) % 1000 == 0) {
                System.out.printf("fuzz: %d cases done%n", i + 1);
            }
        }
        System.out.printf("fuzz: %d cases, %d imported, slowest %.0f ms (case %s), %d findings%n", cases, accepted,
                slowest / 1e6, slowestCase, findings.size());
        assertThat(findings).isEmpty();
    }

    /** Whether the first frame outside the JDK is ours: a bug of ours, not a parser refusing a damaged file. */
    private static boolean thrownByOurCode(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            String c = e.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                return c.startsWith("org.pizhu");
            }
        }
        return false;
    }

    private static void checkInvariants(Document d) {
        for (Block b : d.blocks()) {
            for (int i = 0; i < b.text().length(); i++) {
                char c = d.source().charAt(b.sourceMap().sourceOffset(i));
                boolean bothSpace = StructuredText.isSpace(c) && StructuredText.isSpace(b.text().charAt(i));
                if (c != b.text().charAt(i) && !bothSpace) {
                    throw new AssertionError("block " + b.index() + " (" + b.kind().id() + ") char " + i + " '" + b.text().charAt(i)
                            + "' (U+" + Integer.toHexString(b.text().charAt(i)) + ") maps to '" + c + "' (U+" + Integer.toHexString(c) + ")");
                }
            }
        }
    }
}
