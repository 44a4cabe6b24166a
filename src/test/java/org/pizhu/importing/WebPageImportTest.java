package org.pizhu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;

/** Saved web pages read as their article (issue 21), and EPUB package metadata and image characters. */
class WebPageImportTest {
    private static final String P1 = "市政府昨日宣布，位於河畔的新圖書館將於下月一日正式開放，館內藏書約三十萬冊。";
    private static final String P2 = "館長表示，新館採用自助借還系統，市民只需持借書證即可使用，館方亦會定期舉辦講座。";
    private static final String P3 = "有居民認為，新館交通方便，但停車位不足，建議當局增設單車泊位，方便市民前往。";
    private static final String HEADLINE = "河畔新圖書館下月開放";

    @TempDir
    Path tmp;

    private ImportedText read(String html) throws Exception {
        return new Importer().importFile(Fixtures.write(tmp, "page.html", html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(ImportedText t) {
        return t.document().blocks().stream().map(Block::text).toList();
    }

    private static String nav() {
        return "<div class=menu><a href=/>首頁</a> <a href=/a>港聞</a> <a href=/b>國際</a> <a href=/c>財經</a></div>";
    }

    @Test
    void aPageInsideAFormIsRead() throws Exception {
        ImportedText t = read("<html><head><title>" + HEADLINE + " | 新聞網</title></head><body><form id=aspnetForm>"
                + nav() + "<h1>" + HEADLINE + "</h1><div class=content><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div><input type=hidden name=x value=y></form></body></html>");
        assertThat(texts(t)).containsExactly(HEADLINE, P1, P2, P3);
        assertThat(t.titleBlock()).isZero();
    }

    @Test
    void headlineAndBylineOutsideTheArticleAreKept() throws Exception {
        ImportedText t = read("<html><head><title>" + HEADLINE + "</title></head><body>" + nav()
                + "<div class=top><h1>" + HEADLINE + "</h1><div class=info>2024-05-01 10:30 記者陳大文／台北報導</div></div>"
                + "<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article></body></html>");
        assertThat(texts(t)).containsExactly(HEADLINE, "2024-05-01 10:30 記者陳大文／台北報導", P1, P2, P3);
        assertThat(t.document().blocks().get(1).kind()).isEqualTo(BlockKind.BYLINE);
        assertThat(t.document().title()).contains(HEADLINE);
    }

    @Test
    void aShortHeadlineWithoutPageTitleIsKept() throws Exception {
        ImportedText t = read("<html><body><nav>選單</nav><article><h1>標題</h1><p>一段文字，說明事情。</p></article></body></html>");
        assertThat(texts(t)).containsExactly("標題", "一段文字，說明事情。");
        assertThat(t.document().blocks().get(0).kind()).isEqualTo(BlockKind.HEADING);
    }

    @Test
    void junkInsideTheArticleIsDropped() throws Exception {
        ImportedText t = read("<html><body><article><h1>" + HEADLINE + "</h1><p>" + P1 + "</p>"
                + "<div class=tags><a href=/t1>圖書館</a><a href=/t2>市政</a><a href=/t3>文化</a></div>"
                + "<p>" + P2 + "</p><div class=related><h3>延伸閱讀</h3><ul><li><a href=/x>另一則新聞的標題在這裡</a></li>"
                + "<li><a href=/y>再一則完全無關的新聞</a></li></ul></div><p>" + P3 + "</p>"
                + "<div class=share-bar><a href=/fb>facebook</a> <a href=/line>LINE</a></div></article></body></html>");
        assertThat(texts(t)).containsExactly(HEADLINE, P1, P2, P3);
    }

    @Test
    void doubleBreaksInsideOneParagraphSplitIt() throws Exception {
        ImportedText t = read("<html><body><h1>" + HEADLINE + "</h1><div id=text><p>" + P1 + "<br><br>" + P2
                + "<br><br>" + P3 + "</p></div></body></html>");
        assertThat(texts(t)).containsExactly(HEADLINE, P1, P2, P3);
        assertThat(t.document().blocks().subList(1, 4)).extracting(Block::kind).containsOnly(BlockKind.PARAGRAPH);
    }

    @Test
    void jsonLdGivesTitleAuthorsOutletAndDate() throws Exception {
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"" + HEADLINE + "\","
                + "\"datePublished\":\"2024-05-01T10:30:00+08:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"陳大文\"},"
                + "{\"@type\":\"Person\",\"name\":\"李小明\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"河畔日報\"}}";
        ImportedText t = read("<html><head><title>河畔日報</title><script type=\"application/ld+json\">" + ld
                + "</script></head><body><h1 class=logo>河畔日報網站首頁</h1>" + nav() + "<div><h1>" + HEADLINE
                + "</h1><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>");
        assertThat(t.metadata().title()).isEqualTo(HEADLINE);
        assertThat(t.metadata().authors()).containsExactly("陳大文", "李小明");
        assertThat(t.metadata().outlet()).isEqualTo("河畔日報");
        assertThat(t.metadata().date()).startsWith("2024-05-01");
        assertThat(texts(t)).containsExactly(HEADLINE, P1, P2);
        assertThat(t.titleBlock()).isZero();
    }

    @Test
    void epubTitleAuthorsAndImageCharacters() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", ("<?xml version=\"1.0\"?><container version=\"1.0\" "
                + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"content.opf\" "
                + "media-type=\"application/oebps-package+xml\"/></rootfiles></container>").getBytes(StandardCharsets.UTF_8));
        entries.put("content.opf", ("<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>河畔雜記</dc:title>"
                + "<dc:creator>陳大文</dc:creator><dc:creator>李小明</dc:creator></metadata>"
                + "<manifest><item id=\"c\" href=\"c.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"c\"/></spine></package>").getBytes(StandardCharsets.UTF_8));
        entries.put("c.xhtml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><h1>目录</h1><p>他姓<img src=\"a.png\" alt=\"𠀋\"/>，名<img src=\"b.png\"/>，住在河畔。</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        ImportedText t = new Importer().importFile(Fixtures.write(tmp, "book.epub", Fixtures.zip(entries)));
        assertThat(t.metadata().title()).isEqualTo("河畔雜記");
        assertThat(t.metadata().authors()).containsExactly("陳大文", "李小明");
        assertThat(texts(t)).containsExactly("目录", "他姓𠀋，名" + HtmlBlocks.MISSING_GLYPH + "，住在河畔。");
        assertThat(t.metadata().notes()).singleElement().asString().contains("1 image");
    }
}
