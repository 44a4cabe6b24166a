package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pizhu analyze} on input that is not a readable text: one line on stderr, non-zero exit, no stack trace. */
class BadInputIT {
    @TempDir
    Path tmp;

    private static void assertRefused(JarRunner.Result r, String expectedWords) {
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ")
                .startsWith("pizhu: ").contains(expectedWords);
    }

    @Test
    void missingFile() throws Exception {
        assertRefused(JarRunner.pizhu("analyze", tmp.resolve("nope.txt").toString()), "no such file");
    }

    @Test
    void directory() throws Exception {
        assertRefused(JarRunner.pizhu("analyze", tmp.toString()), "is a directory");
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.createFile(tmp.resolve("empty.txt"));
        assertRefused(JarRunner.pizhu("analyze", f.toString()), "is empty");
    }

    @Test
    void binaryFile() throws Exception {
        Path f = Files.write(tmp.resolve("bin.txt"), new byte[] {'a', 0, 1, 2, (byte) 0xff});
        assertRefused(JarRunner.pizhu("analyze", f.toString()), "binary");
    }

    @Test
    void big5IsDetectedAndAWrongEncodingOverrideIsRefused() throws Exception {
        Path f = Files.write(tmp.resolve("big5.txt"), "標題\n\n一段文字，說明事情。\n".getBytes("Big5"));
        JarRunner.Result ok = JarRunner.pizhu("analyze", f.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("一段文字");
        assertRefused(JarRunner.pizhu("analyze", f.toString(), "--encoding", "UTF-8"), "not valid UTF-8");
        assertRefused(JarRunner.pizhu("analyze", f.toString(), "--encoding", "no-such-charset"), "unknown encoding");
    }

    @Test
    void randomBytesNamedPdfOrEpubAreRefusedInOneLine() throws Exception {
        byte[] junk = new byte[5000];
        new java.util.Random(1).nextBytes(junk);
        assertRefused(JarRunner.pizhu("analyze", Files.write(tmp.resolve("x.pdf"), junk).toString()), "not a PDF");
        assertRefused(JarRunner.pizhu("analyze", Files.write(tmp.resolve("x.epub"), junk).toString()), "not an EPUB");
        byte[] pdfJunk = junk.clone();
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, pdfJunk, 0, 9);
        assertRefused(JarRunner.pizhu("analyze", Files.write(tmp.resolve("y.pdf"), pdfJunk).toString()), "damaged");
    }

    @Test
    void devPdfAndHtmlAreAnalysed() throws Exception {
        Path pdf = JarRunner.shared().resolve("corpus/dev/pdf/news-07.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(pdf), "shared corpus absent");
        JarRunner.Result r = JarRunner.pizhu("analyze", pdf.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("\"kind\" : \"heading\"").contains("名詞小辭典");
        Path html = Files.writeString(tmp.resolve("p.html"),
                "<html><body><nav>選單</nav><article><h1>標題</h1><p>一段文字，說明事情。</p></article></body></html>");
        JarRunner.Result h = JarRunner.pizhu("analyze", html.toString());
        assertThat(h.exitCode()).as(h.err()).isZero();
        assertThat(h.out()).contains("heading").contains("一段文字").doesNotContain("選單");
    }

    @Test
    void twoHundredMegabyteFileIsRefusedWithItsLimit() throws Exception {
        Path f = tmp.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
        }
        assertRefused(JarRunner.pizhu("analyze", f.toString()), "limit");
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        Path f = Files.writeString(tmp.resolve("ok.txt"), "一段文字。", StandardCharsets.UTF_8);
        JarRunner.Result r = JarRunner.pizhu("analyze", f.toString(), "--bogus");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("--bogus").doesNotContain("Exception");
    }

    @Test
    void goodFilePrintsAnOutline() throws Exception {
        Path f = Files.writeString(tmp.resolve("ok.txt"), "標題\n\n一段文字，說明事情。\n", StandardCharsets.UTF_8);
        JarRunner.Result r = JarRunner.pizhu("analyze", f.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("heading").contains("paragraph");
    }
}
