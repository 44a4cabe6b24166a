package org.pizhu.importing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Test inputs made in the tests: a short Chinese article (written for these tests) in every format. */
final class Fixtures {
    static final String HEADLINE = "河畔新圖書館下月開放";
    static final List<String> PARAGRAPHS = List.of(
            "市政府昨日宣布，位於河畔的新圖書館將於下月一日正式開放，館內藏書約三十萬冊，並設有兒童閱讀區及自修室。",
            "館長表示，新館採用自助借還系統，市民只需持借書證即可使用。她又指出，館方會定期舉辦講座和展覽，希望吸引更多年輕人走進圖書館。",
            "有居民認為，新館交通方便，但停車位不足，建議當局增設單車泊位。");
    static final String SIMPLIFIED = "市政府昨日宣布，位于河畔的新图书馆将于下月一日正式开放，馆内藏书约三十万册，并设有儿童阅读区及自修室。"
            + "馆长表示，新馆采用自助借还系统，市民只需持借书证即可使用。";
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private Fixtures() {
    }

    /** The article as plain text: headline, blank line, paragraphs separated by blank lines. */
    static String articleText(String newline) {
        StringBuilder sb = new StringBuilder(HEADLINE).append(newline).append(newline);
        for (String p : PARAGRAPHS) {
            sb.append(p).append(newline).append(newline);
        }
        return sb.toString();
    }

    static String html(String charset) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"" + charset + "\"><title>新聞網</title>"
                + "<style>body { color: red } .x::after { content: '樣式文字' }</style>"
                + "<script>document.write('腳本文字'); fetch('http://example.invalid/track');</script></head><body>"
                + "<header><h1 class=\"logo\">新聞網站</h1><a href=\"/\">首頁</a> <a href=\"/news\">新聞</a></header>"
                + "<nav><ul><li>港聞</li><li>國際</li><li>財經</li></ul></nav>"
                + "<div class=\"ad-banner\">廣告：優惠貸款</div>"
                + "<article><h1>" + HEADLINE + "</h1>"
                + "<figure><img src=\"http://example.invalid/a.jpg\"><figcaption>新圖書館外貌</figcaption></figure>");
        for (String p : PARAGRAPHS) {
            int half = p.length() / 2;
            sb.append("<p>").append(p, 0, half).append("\n      ").append(p.substring(half)).append("</p>\n");
        }
        sb.append("<div class=\"share-tools\">分享到社交網絡</div></article>"
                + "<aside><h2>熱門新聞</h2><p>另一則新聞的標題，與本文無關，請勿讀入。</p></aside>"
                + "<form><input name=q><button>搜尋</button></form>"
                + "<footer>版權所有 不得轉載</footer><script>alert('x')</script></body></html>");
        return sb.toString();
    }

    static String markdown() {
        StringBuilder sb = new StringBuilder("# " + HEADLINE + "\n\n![新圖書館外貌](a.jpg)\n\n");
        for (String p : PARAGRAPHS) {
            int half = p.length() / 2;
            sb.append(p, 0, half).append('\n').append(p.substring(half)).append("\n\n");
        }
        return sb.toString();
    }

    /** A one-page PDF: large headline, then the paragraphs wrapped at {@code perLine} characters, first lines indented. */
    static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            boolean cjk = Files.isReadable(CJK_FONT);
            PDFont font = cjk ? PDType0Font.load(doc, CJK_FONT.toFile()) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float size = 11;
            int perLine = cjk ? 20 : 60;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 780;
                line(cs, font, 24, 60, y, cjk ? HEADLINE : "River library opens next month");
                y -= 44;
                for (String p : cjk ? PARAGRAPHS : latinParagraphs()) {
                    int start = 0;
                    boolean first = true;
                    while (start < p.length()) {
                        int room = first ? perLine - 2 : perLine;
                        int end = Math.min(p.length(), start + room);
                        if (!cjk && end < p.length()) {
                            end = p.lastIndexOf(' ', end) + 1;
                        }
                        line(cs, font, size, 60 + (first ? 2 * size : 0), y, p.substring(start, end).strip());
                        y -= size * 1.5f;
                        start = end;
                        first = false;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static List<String> latinParagraphs() {
        return List.of("The city government announced yesterday that the new library by the river will open on the first day "
                        + "of next month with about three hundred thousand books.",
                "The librarian said that the new building uses self-service lending machines and that talks will be held "
                        + "every month.",
                "Some residents said that the library is easy to reach but has too few parking spaces.");
    }

    private static void line(PDPageContentStream cs, PDFont font, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** An EPUB: the given entries plus mimetype, container and a package listing the chapters in spine order. */
    static byte[] epub(Map<String, String> chapters) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", ("<?xml version=\"1.0\"?><container version=\"1.0\" "
                + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"OEBPS/content.opf\" "
                + "media-type=\"application/oebps-package+xml\"/></rootfiles></container>").getBytes(StandardCharsets.UTF_8));
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        int i = 0;
        List<String> names = new ArrayList<>(chapters.keySet());
        for (String name : names) {
            // manifest in reverse order: only the spine gives the reading order
            manifest.insert(0, "<item id=\"c" + i + "\" href=\"" + name + "\" media-type=\"application/xhtml+xml\"/>");
            i++;
        }
        for (int k = names.size() - 1; k >= 0; k--) {
            spine.insert(0, "<itemref idref=\"c" + k + "\"/>");
        }
        entries.put("OEBPS/content.opf", ("<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                + "<metadata/><manifest>" + manifest + "</manifest><spine>" + spine + "</spine></package>")
                .getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> c : chapters.entrySet()) {
            entries.put("OEBPS/" + c.getKey(), c.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return zip(entries);
    }

    static String xhtml(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>" + title + "</title></head><body><h1>" + title + "</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</body></html>").toString();
    }

    /** A ZIP with a stored {@code mimetype} entry first, then the given entries deflated. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mime = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static File file(Path dir, String name) {
        return dir.resolve(name).toFile();
    }
}
