package org.pizhu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Peak memory of one import, measured as the resident set (VmHWM) of a child JVM that imports a single file: large
 * and hostile inputs of every kind stay under 256 MB plus 8 times the file's size, and under 1 GB. Text size: {@code
 * -Dpizhu.memory.textMb} (4 in a normal build, 48 with {@code -Preliability}, near the 64 MB limit).
 */
class ImportMemoryTest {
    private static final long LIMIT_KB = 1L << 20;
    /** Peak RSS allowed besides the share proportional to the file: the JVM and the importer's code and tables. */
    private static final long BASE_KB = 256L << 10;
    /** Peak RSS allowed per byte of file (a 48 MB Markdown file took 19 times its size parsed whole). */
    private static final long RATIO = 8;

    @TempDir
    Path dir;

    @Test
    void peakMemoryOfEachImportStaysUnderOneGigabyte() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "needs Linux /proc to read peak memory");
        int textMb = Integer.getInteger("pizhu.memory.textMb", 4);
        Map<String, Path> inputs = new LinkedHashMap<>();
        String para = "市政府昨日宣布，位於河畔的新圖書館將於下月一日正式開放，館內藏書約三十萬冊。\n\n";
        inputs.put("text", Files.writeString(dir.resolve("big.txt"), para.repeat(textMb * (1 << 20) / 120 + 1),
                StandardCharsets.UTF_8));
        inputs.put("html", Files.writeString(dir.resolve("big.html"), "<!DOCTYPE html><html><body>"
                + ("<p>" + para.strip() + "</p>\n").repeat(textMb * (1 << 20) / 130 + 1) + "</body></html>",
                StandardCharsets.UTF_8));
        inputs.put("markdown", Files.writeString(dir.resolve("big.md"), ("# 標題\n\n" + para).repeat(textMb * (1 << 20) / 130 + 1),
                StandardCharsets.UTF_8));
        inputs.put("pdf bomb", pdfBomb(dir.resolve("bomb.pdf")));
        inputs.put("pdf", Files.write(dir.resolve("small.pdf"), Fixtures.pdf()));
        inputs.put("epub", Files.write(dir.resolve("book.epub"), Fixtures.epub(Map.of("a.xhtml",
                Fixtures.xhtml("第一章", para.repeat(2000))))));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder report = new StringBuilder("import peak RSS:");
        for (Map.Entry<String, Path> e : inputs.entrySet()) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    ImportProbe.class.getName(), e.getValue().toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> {
                try {
                    p.getInputStream().transferTo(out);
                } catch (IOException ignored) {
                    // The child ended.
                }
            });
            reader.start();
            boolean done = p.waitFor(60, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            reader.join(5000);
            assertThat(done).as("%s finished", e.getKey()).isTrue();
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            long kb = lines.stream().filter(l -> l.startsWith("peak-rss-kb ")).mapToLong(l -> Long.parseLong(l.substring(12)))
                    .findFirst().orElse(-1);
            long allocatedMb = lines.stream().filter(l -> l.startsWith("allocated-mb "))
                    .mapToLong(l -> Long.parseLong(l.substring(13))).findFirst().orElse(-1);
            String outcome = lines.stream().filter(l -> l.startsWith("outcome ")).findFirst().orElse("outcome none");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            report.append(String.format(" %s (%d KB file, %s) %d MB in %d ms, %d MB allocated;", e.getKey(),
                    Files.size(e.getValue()) >> 10, outcome.substring(8), kb >> 10, ms, allocatedMb));
            long budgetKb = Math.min(LIMIT_KB, BASE_KB + RATIO * (Files.size(e.getValue()) >> 10));
            assertThat(kb).as("%s peak RSS (KB)", e.getKey()).isPositive().isLessThan(budgetKb);
        }
        System.out.println(report);
    }

    private static Path pdfBomb(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSStream s = doc.getDocument().createCOSStream();
            try (var raw = s.createRawOutputStream()) {
                raw.write(BoundedWorkTest.zeroBomb(1024));
            }
            s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(s));
            doc.save(file.toFile());
        }
        return file;
    }
}
