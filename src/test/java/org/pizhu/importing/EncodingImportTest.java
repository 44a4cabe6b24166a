package org.pizhu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;

/** The same article in every encoding and line-ending style imports to identical blocks. */
class EncodingImportTest {
    @TempDir
    Path tmp;

    private final Importer importer = new Importer();

    private List<String> reading(Document d) {
        return d.blocks().stream().map(b -> b.kind().id() + ":" + b.text()).toList();
    }

    private ImportedText importBytes(String name, byte[] bytes) throws Exception {
        return importer.importFile(Fixtures.write(tmp, name, bytes));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8-BOM", "UTF-16LE-BOM", "UTF-16BE-BOM", "UTF-16LE", "UTF-16BE", "Big5", "Big5-HKSCS", "GB18030"})
    void sameArticleInEveryEncodingGivesIdenticalBlocks(String encoding) throws Exception {
        String text = Fixtures.articleText("\n");
        List<String> expected = reading(importBytes("utf8.txt", text.getBytes(StandardCharsets.UTF_8)).document());
        assertThat(expected).first().isEqualTo("heading:" + Fixtures.HEADLINE);
        assertThat(expected).hasSize(1 + Fixtures.PARAGRAPHS.size());

        byte[] bytes = switch (encoding) {
            case "UTF-8-BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE-BOM" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case "UTF-16BE-BOM" -> text.getBytes(StandardCharsets.UTF_16);
            default -> text.getBytes(Charset.forName(encoding));
        };
        assertThat(Charset.forName(encoding.replace("-BOM", "")).newEncoder().canEncode(text)).isTrue();
        ImportedText imported = importBytes("article.txt", bytes);
        assertThat(reading(imported.document())).isEqualTo(expected);
        assertThat(imported.document().source()).isEqualTo(text);
        String family = encoding.replace("-BOM", "").replace("-HKSCS", "");
        assertThat(imported.encoding()).startsWith(family);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void lineEndingsDoNotChangeTheBlocks(String newline) throws Exception {
        List<String> lf = reading(importBytes("lf.txt", Fixtures.articleText("\n").getBytes(StandardCharsets.UTF_8)).document());
        Document other = importBytes("other.txt", Fixtures.articleText(newline).getBytes(Charset.forName("Big5"))).document();
        assertThat(reading(other)).isEqualTo(lf);
        for (Block b : other.blocks()) {
            assertThat(other.source().substring(b.sourceStart(), b.sourceEnd())).startsWith(b.text().substring(0, 1));
        }
    }

    @Test
    void simplifiedGb18030IsNotMistakenForBig5() throws Exception {
        ImportedText imported = importBytes("gb.txt", Fixtures.SIMPLIFIED.getBytes(Charset.forName("GB18030")));
        assertThat(imported.encoding()).isEqualTo("GB18030");
        assertThat(imported.document().blocks()).extracting(Block::text).containsExactly(Fixtures.SIMPLIFIED);
        assertThat(imported.document().blocks().get(0).kind()).isEqualTo(BlockKind.PARAGRAPH);
    }

    @Test
    void overrideIsUsedAndCheckedStrictly() throws Exception {
        byte[] big5 = Fixtures.articleText("\n").getBytes(Charset.forName("Big5"));
        Path f = Fixtures.write(tmp, "forced.txt", big5);
        ImportedText ok = importer.importFile(f, ImportOptions.defaults().withEncoding(Charset.forName("Big5")));
        assertThat(ok.document().title()).contains(Fixtures.HEADLINE);
        assertThatThrownBy(() -> importer.importFile(f, ImportOptions.defaults().withEncoding(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportException.class).hasMessageContaining("forced.txt").hasMessageContaining("not valid UTF-8");
    }

    @Test
    void latinTextStaysUtf8() throws Exception {
        ImportedText imported = importBytes("en.txt", "Plain English text.\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(imported.encoding()).isEqualTo("UTF-8");
        assertThat(imported.format()).isEqualTo(SourceFormat.TEXT);
    }

    @Test
    void aLoneHighByteIsNotText() {
        for (int b : new int[] {0xE4, 0xA4, 0x81, 0xFE}) {
            assertThatThrownBy(() -> importBytes("one.txt", new byte[] {(byte) b}))
                    .as("byte %02X", b).isInstanceOf(ImportException.class).hasMessageContaining("one.txt");
        }
    }
}
