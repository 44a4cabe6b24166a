package org.pizhu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files are refused after bounded work: decompression bombs, and format markers in the wrong place. */
class BoundedWorkTest {
    @TempDir
    Path tmp;

    /** A zlib stream of {@code megabytes} MB of zeros, about a thousandth of that size, made without compressing it all. */
    static byte[] zeroBomb(int megabytes) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(new byte[1 << 20]);
        byte[] buf = new byte[64 << 10];
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        for (int n; (n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH)) > 0; ) {
            chunk.write(buf, 0, n);
        }
        d.end();
        byte[] one = chunk.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(one.length * megabytes + 16);
        out.write(0x78);
        out.write(0xDA);
        for (int i = 0; i < megabytes; i++) {
            out.write(one, 0, one.length);
        }
        out.write(0x03); // an empty final block
        out.write(0x00);
        long length = (long) megabytes << 20;
        long adler = ((length % 65521) << 16) | 1;
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (adler >>> shift) & 0xff);
        }
        return out.toByteArray();
    }

    @Test
    void aSmallPdfWithAGigabyteContentStreamIsRefusedWithoutDecodingIt() throws Exception {
        Path file = tmp.resolve("bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSStream s = doc.getDocument().createCOSStream();
            try (var raw = s.createRawOutputStream()) {
                raw.write(zeroBomb(1024));
            }
            s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(s));
            doc.save(file.toFile());
        }
        assertThat(Files.size(file)).isLessThan(3L << 20);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                assertThatThrownBy(() -> new Importer().importFile(file)).isInstanceOf(ImportException.class)
                        .hasMessageContaining("bomb.pdf").hasMessageContaining("decompressed"));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated to refuse the bomb").isLessThan(400L << 20);
    }

    @Test
    void aTextThatMentionsThePdfMarkerIsText() throws Exception {
        String text = "標題\n\nPDF 檔案以 %PDF-1.7 開頭，這一段只是說明。\n";
        for (String name : new String[] {"note.txt", "note.md"}) {
            Path f = Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
            ImportedText imported = new Importer().importFile(f);
            assertThat(imported.document().source()).contains("%PDF-1.7 開頭");
        }
    }

    @Test
    void aPdfNamedTxtIsStillAPdf() throws Exception {
        Path f = Fixtures.write(tmp, "renamed.txt", Fixtures.pdf());
        assertThat(new Importer().importFile(f).document().source()).contains(Fixtures.HEADLINE);
    }

    @Test
    void aFontCharacterMapWithAHugeRangeIsRefusedNotExpanded() throws Exception {
        Path file = tmp.resolve("cmap.pdf");
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(Fixtures.pdf())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    COSStream map = doc.getDocument().createCOSStream();
                    try (var out = map.createOutputStream()) {
                        out.write(("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                                + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                                + "1 beginbfrange\n<00000000> <7FFFFFFE> <41>\nendbfrange\nendcmap\n")
                                .getBytes(StandardCharsets.US_ASCII));
                    }
                    page.getResources().getCOSObject().getCOSDictionary(COSName.FONT).getCOSDictionary(name)
                            .setItem(COSName.TO_UNICODE, map);
                }
            }
            doc.save(file.toFile());
        }
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThatThrownBy(() -> new Importer().importFile(file)).isInstanceOf(ImportException.class)
                        .hasMessageContaining("cmap.pdf").hasMessageContaining("character map"));
        assertThat(PdfCMaps.mappings("2 beginbfrange <0000> <00FF> <4E00> <0100> <0100> [<4E01>] endbfrange"
                .getBytes(StandardCharsets.US_ASCII))).isEqualTo(257);
    }

    @Test
    void anImportThatAllocatesPastItsBudgetIsStopped() throws Exception {
        ImportContext ctx = new ImportContext(tmp.resolve("a.md"), ImportOptions.defaults());
        ctx.budget(1 << 20, 4);
        ctx.check();
        long sink = 0;
        for (int i = 0; i < 600; i++) {
            sink += new byte[1 << 20].length;
        }
        assertThat(sink).isPositive();
        assertThatThrownBy(ctx::check).isInstanceOf(ImportException.class).hasMessageContaining("a.md")
                .hasMessageContaining("memory");
    }
}
