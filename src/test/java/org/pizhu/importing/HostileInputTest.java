package org.pizhu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken and hostile files: each is refused with a clear message naming the file, within seconds. */
class HostileInputTest {
    private static final Duration QUICK = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    private final Importer importer = new Importer();

    private void assertRefused(Path file, String words) {
        assertRefused(file, ImportOptions.defaults(), words);
    }

    private void assertRefused(Path file, ImportOptions options, String words) {
        assertTimeoutPreemptively(QUICK, () ->
                assertThatThrownBy(() -> importer.importFile(file, options))
                        .isInstanceOf(ImportException.class)
                        .hasMessageContaining(file.getFileName().toString())
                        .hasMessageContaining(words)
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.txt", "empty.pdf", "empty.epub", "empty.html", "empty.md"})
    void zeroByteFile(String name) throws Exception {
        assertRefused(Fixtures.write(tmp, name, new byte[0]), "empty");
    }

    @Test
    void truncatedPdf() throws Exception {
        byte[] pdf = Fixtures.pdf();
        assertRefused(Fixtures.write(tmp, "truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3)), "truncated.pdf");
    }

    @Test
    void pdfHeaderFollowedByGarbage() throws Exception {
        byte[] junk = new byte[20_000];
        new Random(7).nextBytes(junk);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 9);
        assertRefused(Fixtures.write(tmp, "junk.pdf", junk), "truncated or damaged");
        System.arraycopy("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), 0, junk, junk.length - 7, 7);
        assertRefused(Fixtures.write(tmp, "junk-eof.pdf", junk), "not a readable PDF");
    }

    @Test
    void encryptedPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
        }
        assertRefused(Fixtures.write(tmp, "locked.pdf", out.toByteArray()), "password");
    }

    private static byte[] emptyPages(int pages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out);
        }
        return out.toByteArray();
    }

    @Test
    void pdfWithTenThousandEmptyPages() throws Exception {
        Path f = Fixtures.write(tmp, "blank.pdf", emptyPages(10_000));
        assertRefused(f, "10000 pages");
        ImportLimits roomy = new ImportLimits(64L << 20, 256L << 20, 32 << 20, 20_000, 10_000, 256L << 20, 100, 120_000);
        assertRefused(f, ImportOptions.defaults().withLimits(roomy), "no text layer");
    }

    @Test
    void imageOnlyPdfHasNoText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 300, 400);
                cs.fill();
            }
            doc.save(out);
        }
        assertRefused(Fixtures.write(tmp, "scan.pdf", out.toByteArray()), "OCR");
    }

    @Test
    void zipBombDisguisedAsEpub() throws Exception {
        Map<String, String> chapters = new LinkedHashMap<>();
        chapters.put("bomb.xhtml", "<html><body><p>" + "炸".repeat(16 << 20) + "</p></body></html>");
        assertRefused(Fixtures.write(tmp, "bomb.epub", Fixtures.epub(chapters)), "zip bomb");
    }

    @Test
    void manyModestEntriesHitTheTotalLimit() throws Exception {
        Map<String, String> chapters = new LinkedHashMap<>();
        Random r = new Random(3);
        for (int i = 0; i < 5; i++) {
            StringBuilder sb = new StringBuilder("<html><body><p>");
            for (int k = 0; k < 300_000; k++) {
                sb.append((char) ('一' + r.nextInt(2000)));
            }
            chapters.put("c" + i + ".xhtml", sb.append("</p></body></html>").toString());
        }
        ImportLimits small = new ImportLimits(64L << 20, 256L << 20, 32 << 20, 5000, 10_000, 4L << 20, 100, 120_000);
        assertRefused(Fixtures.write(tmp, "big.epub", Fixtures.epub(chapters)), ImportOptions.defaults().withLimits(small), "unpacks to more than");
    }

    @Test
    void epubWithPathTraversalEntries() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", "<container/>".getBytes(StandardCharsets.UTF_8));
        entries.put("../../evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8));
        assertRefused(Fixtures.write(tmp, "slip.epub", Fixtures.zip(entries)), "unsafe path");
    }

    @Test
    void epubSpineLinkingOutsideTheBook() throws Exception {
        Map<String, String> chapters = new LinkedHashMap<>();
        chapters.put("../../../etc/passwd", "x");
        assertRefused(Fixtures.write(tmp, "link.epub", Fixtures.epub(chapters)), "link.epub");
    }

    @Test
    void billionLaughsInEpubXml() throws Exception {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", (laughs + "<container><rootfiles><rootfile full-path=\"&lol9;\"/></rootfiles></container>")
                .getBytes(StandardCharsets.UTF_8));
        assertRefused(Fixtures.write(tmp, "laughs.epub", Fixtures.zip(entries)), "DOCTYPE");

        Map<String, String> chapters = new LinkedHashMap<>();
        chapters.put("c.xhtml", laughs + "<html><body><p>笑聲&lol9;</p></body></html>");
        Path chapterLaughs = Fixtures.write(tmp, "chapter-laughs.epub", Fixtures.epub(chapters));
        assertTimeoutPreemptively(QUICK, () -> {
            ImportedText t = importer.importFile(chapterLaughs);
            assertThat(t.document().source().length()).isLessThan(1000);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"huge.txt", "huge.pdf", "huge.epub", "huge.html"})
    void oneGigabyteSparseFile(String name) throws Exception {
        Path f = tmp.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(1L << 30);
        }
        assertRefused(f, name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"random.txt", "random.pdf", "random.epub", "random.md", "random.html", "random"})
    void randomBytes(String name) throws Exception {
        byte[] junk = new byte[100_000];
        new Random(name.hashCode()).nextBytes(junk);
        assertRefused(Fixtures.write(tmp, name, junk), name);
    }

    @Test
    void missingFileAndDirectory() {
        assertRefused(tmp.resolve("nope.txt"), "no such file");
        assertTimeoutPreemptively(QUICK, () -> assertThatThrownBy(() -> importer.importFile(tmp))
                .isInstanceOf(ImportException.class).hasMessageContaining("directory"));
    }

    @Test
    void deeplyNestedHtmlAndMarkdown() throws Exception {
        String html = "<html><body>" + "<div>".repeat(30_000) + "深處的文字。" + "</div>".repeat(30_000) + "</body></html>";
        Path h = Fixtures.write(tmp, "deep.html", html.getBytes(StandardCharsets.UTF_8));
        assertTimeoutPreemptively(QUICK, () -> {
            try {
                assertThat(importer.importFile(h).document().source()).contains("深處的文字。");
            } catch (ImportException e) {
                assertThat(e.getMessage()).contains("deep.html");
            }
        });
        Path md = Fixtures.write(tmp, "deep.md", (">".repeat(50_000) + " 引文。\n").getBytes(StandardCharsets.UTF_8));
        assertTimeoutPreemptively(QUICK, () -> {
            try {
                assertThat(importer.importFile(md).document().source()).contains("引文。");
            } catch (ImportException e) {
                assertThat(e.getMessage()).contains("deep.md");
            }
        });
    }
}
