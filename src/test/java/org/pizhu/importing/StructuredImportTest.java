package org.pizhu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;

/** HTML, Markdown, PDF and EPUB fixtures import to the article's blocks, in order, with source maps that hold. */
class StructuredImportTest {
    @TempDir
    Path tmp;

    private final Importer importer = new Importer();

    static void assertSourceMapsHold(Document d) {
        for (Block b : d.blocks()) {
            for (int i = 0; i < b.text().length(); i++) {
                assertThat(d.source().charAt(b.sourceMap().sourceOffset(i))).isEqualTo(b.text().charAt(i));
            }
        }
    }

    private static List<String> expectedArticle() {
        List<String> out = new ArrayList<>();
        out.add("heading:" + Fixtures.HEADLINE);
        out.add("caption:新圖書館外貌");
        Fixtures.PARAGRAPHS.forEach(p -> out.add("paragraph:" + p));
        return out;
    }

    private static List<String> reading(Document d) {
        return d.blocks().stream().map(b -> b.kind().id() + ":" + b.text()).toList();
    }

    @Test
    void htmlPageYieldsOnlyTheArticle() throws Exception {
        Path f = Fixtures.write(tmp, "page.html", Fixtures.html("utf-8").getBytes(StandardCharsets.UTF_8));
        ImportedText imported = importer.importFile(f);
        assertThat(imported.format()).isEqualTo(SourceFormat.HTML);
        assertThat(reading(imported.document())).isEqualTo(expectedArticle());
        String all = imported.document().source();
        for (String junk : List.of("新聞網站", "腳本", "樣式", "首頁", "港聞", "廣告", "分享", "熱門", "另一則", "搜尋", "版權", "alert", "fetch")) {
            assertThat(all).doesNotContain(junk);
        }
        assertSourceMapsHold(imported.document());
    }

    @Test
    void htmlCharsetComesFromTheMetaTag() throws Exception {
        Path f = Fixtures.write(tmp, "big5.htm", Fixtures.html("big5").getBytes(Charset.forName("Big5")));
        ImportedText imported = importer.importFile(f);
        assertThat(imported.encoding()).isEqualTo("Big5-HKSCS");
        assertThat(reading(imported.document())).isEqualTo(expectedArticle());
    }

    @Test
    void htmlIsSniffedByContentAndBrSplitsLooseText() throws Exception {
        String page = "<!doctype html><html><body><div id=content>第一段文字，說明事情。<br><br>第二段文字，補充細節。</div></body></html>";
        Path f = Fixtures.write(tmp, "saved.txt", page.getBytes(Charset.forName("GB18030")));
        ImportedText imported = importer.importFile(f);
        assertThat(imported.format()).isEqualTo(SourceFormat.HTML);
        assertThat(imported.document().blocks()).extracting(Block::text).containsExactly("第一段文字，說明事情。", "第二段文字，補充細節。");
    }

    @Test
    void headlineOutsideTheArticleIsKept() throws Exception {
        String page = "<html><body><div class=top><h1>" + Fixtures.HEADLINE + "</h1></div><div class=menu>港聞 國際</div>"
                + "<div class=story><p>" + Fixtures.PARAGRAPHS.get(0) + "</p><p>" + Fixtures.PARAGRAPHS.get(1) + "</p></div>"
                + "<div class=footer-links><p>關於我們</p></div></body></html>";
        Path f = Fixtures.write(tmp, "story.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(reading(importer.importFile(f).document())).containsExactly(
                "heading:" + Fixtures.HEADLINE, "paragraph:" + Fixtures.PARAGRAPHS.get(0), "paragraph:" + Fixtures.PARAGRAPHS.get(1));
    }

    @Test
    void markdownStructureGivesTheBlocks() throws Exception {
        Path f = Fixtures.write(tmp, "article.md", Fixtures.markdown().getBytes(StandardCharsets.UTF_8));
        ImportedText imported = importer.importFile(f);
        assertThat(imported.format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(reading(imported.document())).isEqualTo(expectedArticle());
        assertSourceMapsHold(imported.document());
    }

    @Test
    void markdownInBig5IsDecodedToo() throws Exception {
        Path f = Fixtures.write(tmp, "article.markdown", Fixtures.markdown().getBytes(Charset.forName("Big5")));
        assertThat(reading(importer.importFile(f).document())).isEqualTo(expectedArticle());
    }

    @Test
    void pdfMadeWithPdfBoxRoundTripsItsParagraphs() throws Exception {
        Path f = Fixtures.write(tmp, "article.pdf", Fixtures.pdf());
        ImportedText imported = importer.importFile(f);
        assertThat(imported.format()).isEqualTo(SourceFormat.PDF);
        Document d = imported.document();
        boolean cjk = java.nio.file.Files.isReadable(Fixtures.CJK_FONT);
        List<String> paragraphs = cjk ? Fixtures.PARAGRAPHS : Fixtures.latinParagraphs();
        assertThat(d.blocks()).hasSize(1 + paragraphs.size());
        assertThat(d.blocks().get(0).kind()).isEqualTo(BlockKind.HEADING);
        for (int i = 0; i < paragraphs.size(); i++) {
            Block b = d.blocks().get(i + 1);
            assertThat(b.kind()).isEqualTo(BlockKind.PARAGRAPH);
            assertThat(b.text()).isEqualTo(paragraphs.get(i));
        }
        assertSourceMapsHold(d);
    }

    @Test
    void epubChaptersKeepSpineOrder() throws Exception {
        Map<String, String> chapters = new LinkedHashMap<>();
        chapters.put("text/ch2.xhtml", Fixtures.xhtml("第二章 歸來", "他終於回到故鄉。", "村口的老樹仍在。"));
        chapters.put("text/ch1.xhtml", Fixtures.xhtml("第一章 啟程", "那年春天，他離開了家。"));
        // spine order (ch2, ch1) differs from both the manifest order and the file names' order
        Path f = Fixtures.write(tmp, "book.epub", Fixtures.epub(chapters));
        ImportedText imported = importer.importFile(f);
        assertThat(imported.format()).isEqualTo(SourceFormat.EPUB);
        assertThat(reading(imported.document())).containsExactly(
                "heading:第二章 歸來", "paragraph:他終於回到故鄉。", "paragraph:村口的老樹仍在。",
                "heading:第一章 啟程", "paragraph:那年春天，他離開了家。");
        assertSourceMapsHold(imported.document());
    }

    @Test
    void progressIsReportedAndCancellationStops() throws Exception {
        Map<String, String> chapters = new LinkedHashMap<>();
        chapters.put("a.xhtml", Fixtures.xhtml("一", "甲。"));
        chapters.put("b.xhtml", Fixtures.xhtml("二", "乙。"));
        Path f = Fixtures.write(tmp, "book.epub", Fixtures.epub(chapters));
        List<Double> seen = new ArrayList<>();
        importer.importFile(f, ImportOptions.defaults().withProgress(seen::add));
        assertThat(seen).isSorted().contains(0.0, 1.0);
        int[] polls = {0};
        ImportOptions cancelLater = ImportOptions.defaults().withCancel(() -> ++polls[0] > 2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.importFile(f, cancelLater))
                .isInstanceOf(ImportCancelledException.class).hasMessageContaining("cancelled");
        Path pdf = Fixtures.write(tmp, "a.pdf", Fixtures.pdf());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.importFile(pdf, ImportOptions.defaults().withCancel(() -> true)))
                .isInstanceOf(ImportCancelledException.class);
    }
}
