package org.pizhu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.app.DocumentImports;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.DocumentMeta;
import org.pizhu.library.DocumentMetas;
import org.pizhu.library.Library;

/** What a file says about itself reaches the library on import: a book's own title, and citation data. */
class SourceMetadataStoredTest {
    @TempDir
    Path tmp;

    @Test
    void anEpubIsTitledByItsPackageAndItsCreatorsAreItsAuthors() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", ("<?xml version=\"1.0\"?><container version=\"1.0\" "
                + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"book.opf\" "
                + "media-type=\"application/oebps-package+xml\"/></rootfiles></container>").getBytes(StandardCharsets.UTF_8));
        entries.put("book.opf", ("<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\">"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>山居筆記</dc:title>"
                + "<dc:creator>王小華</dc:creator></metadata>"
                + "<manifest><item id=\"t\" href=\"t.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                + "<spine><itemref idref=\"t\"/></spine></package>").getBytes(StandardCharsets.UTF_8));
        entries.put("t.xhtml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><h1>目录</h1><p>第一章　山下人家。</p></body></html>").getBytes(StandardCharsets.UTF_8));
        ImportedText read = new Importer().importFile(Fixtures.write(tmp, "book.epub", Fixtures.zip(entries)));
        try (Library library = Library.open(tmp.resolve("library.db"))) {
            DocumentInfo info = new DocumentImports(library).importDocument(read);
            assertThat(info.title()).isEqualTo("山居筆記");
            assertThat(library.document(info.id()).title()).isEqualTo("山居筆記");
            assertThat(DocumentMetas.get(library, info.id()).authors()).containsExactly("王小華");
        }
    }

    @Test
    void aPagesStructuredDataBecomesTheDocumentsCitationDataUnlessTheUserSetIt() throws Exception {
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"河堤明年動工\","
                + "\"datePublished\":\"2024-05-01\",\"author\":{\"@type\":\"Person\",\"name\":\"陳大文\"},"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"河畔日報\"}}";
        String page = "<html><head><script type=\"application/ld+json\">" + ld + "</script></head><body><article>"
                + "<h1>河堤明年動工</h1><p>工程處昨日表示，河堤工程明年動工，預計兩年完成。</p>"
                + "<p>居民表示歡迎，但擔心施工期間的噪音問題。</p></article></body></html>";
        Path file = Fixtures.write(tmp, "page.html", page.getBytes(StandardCharsets.UTF_8));
        try (Library library = Library.open(tmp.resolve("library.db"))) {
            DocumentImports imports = new DocumentImports(library);
            Library.Imported first = imports.importIfNew(new Importer().importFile(file));
            assertThat(first.added()).isTrue();
            assertThat(first.info().title()).isEqualTo("河堤明年動工");
            DocumentMeta meta = DocumentMetas.get(library, first.info().id());
            assertThat(meta.authors()).containsExactly("陳大文");
            assertThat(meta.outlet()).isEqualTo("河畔日報");
            assertThat(meta.date()).isEqualTo("2024-05-01");

            DocumentMeta edited = new DocumentMeta("", java.util.List.of("陳大文", "李小明"), "河畔日報", "2024-05-02",
                    "", "", "", "", "");
            DocumentMetas.put(library, first.info().id(), edited);
            Library.Imported again = imports.importIfNew(new Importer().importFile(file));
            assertThat(again.added()).isFalse();
            assertThat(DocumentMetas.get(library, first.info().id())).isEqualTo(edited);
        }
    }
}
