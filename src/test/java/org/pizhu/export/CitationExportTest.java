package org.pizhu.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.app.ExportLoader;
import org.pizhu.library.DocumentMeta;
import org.pizhu.library.DocumentMetas;
import org.pizhu.library.Library;
import org.yaml.snakeyaml.Yaml;

/**
 * Citation data: the reporters the engine finds are the authors, the user's fields are kept, and the CSL-JSON and
 * BibTeX exports are read by a real CSL processor (citeproc-java with the official Chicago author-date style) into a
 * citation and a bibliography entry; the Markdown cites the same key.
 */
class CitationExportTest {
    @TempDir
    Path dir;

    private long sample(Library lib) throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream(GoldenExports.SAMPLE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long id = new DocumentImports(lib).importText("takungpao.txt", text).id();
        int[] at = lib.findQuote(id, "掌握新質生產力成為這條新賽道的制勝之道").get(0);
        lib.annotate(id, at[0], at[1], AnnotationKind.HIGHLIGHT, Color.YELLOW, "", List.of());
        return id;
    }

    private static String render(Library lib, long id, ExportFormat f) {
        return Exporter.render(ExportRequest.builder(ExportLoader.load(lib, List.of(id))).format(f)
                .clock(MarkdownExportTest.CLOCK).build());
    }

    @SuppressWarnings("unchecked")
    private static CSLItemData[] cslItems(String json) throws Exception {
        List<Object> parsed = new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
        return parsed.stream().map(o -> CSLItemData.fromJson((Map<String, Object>) o)).toArray(CSLItemData[]::new);
    }

    @Test
    void cslJsonAndBibTexRenderAsCitations() throws Exception {
        String csl;
        String bib;
        String md;
        String key;
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long id = sample(lib);
            DocumentMetas.put(lib, id, new DocumentMeta("", List.of(), "大公報", "2024-03-05", "經濟", "A12",
                    "https://example.org/a?x=1&y={2}", "", ""));
            csl = render(lib, id, ExportFormat.CSL);
            bib = render(lib, id, ExportFormat.BIB);
            md = render(lib, id, ExportFormat.MD);
            key = ExportLoader.load(lib, List.of(id)).get(0).citation().citekey();
        }
        assertThat(key).matches("pizhu-[0-9a-f]{8}");

        CSLItemData[] items = cslItems(csl);
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.getId()).isEqualTo(key);
            assertThat(i.getAuthor()).extracting(a -> a.getLiteral()).containsExactly("盛德文", "余風");
            assertThat(i.getContainerTitle()).isEqualTo("大公報");
            assertThat(i.getIssued().getDateParts()[0]).containsExactly(2024, 3, 5);
            assertThat(i.getLanguage()).isEqualTo("zh-Hant");
        });
        {
            CSL processor = new CSL(new ListItemDataProvider(items), "chicago-author-date");
            processor.setOutputFormat("text");
            processor.registerCitationItems(key);
            String citation = processor.makeCitation(key).get(0).getText();
            assertThat(citation).isEqualTo("(盛德文 and 余風 2024)");
            String entry = processor.makeBibliography().getEntries()[0];
            assertThat(entry).contains("盛德文", "余風", "2024", "陳細明：拓展Web3.0 助企業提效", "大公報", "經濟");
        }

        BibTeXDatabase db = new BibTeXConverter().loadDatabase(new ByteArrayInputStream(bib.getBytes(StandardCharsets.UTF_8)));
        Map<String, CSLItemData> fromBib = new BibTeXConverter().toItemData(db);
        assertThat(fromBib).containsOnlyKeys(key);
        CSLItemData b = fromBib.get(key);
        assertThat(b.getTitle()).isEqualTo("陳細明：拓展Web3.0 助企業提效");
        assertThat(b.getAuthor()).hasSize(2);
        assertThat(b.getURL()).isEqualTo("https://example.org/a?x=1&y=%7B2%7D");
        {
            CSL processor = new CSL(new ListItemDataProvider(b), "chicago-author-date");
            processor.setOutputFormat("text");
            processor.registerCitationItems(key);
            assertThat(processor.makeCitation(key).get(0).getText()).contains("盛德文").contains("2024");
        }

        Map<String, Object> front = new Yaml().load(md.substring(4, md.indexOf("\n---\n", 4)));
        assertThat(front).containsEntry("citekey", key);
        assertThat(md).contains("[@" + key + ", p. A12]");
    }

    @Test
    void bibTexEscapesSoEveryTitleParsesBack() throws Exception {
        String title = "R&D 100% {新} $x_1$ #1 ~ ^ \\ 《標題》";
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long id = sample(lib);
            DocumentMetas.put(lib, id, new DocumentMeta(title, List.of("Smith, John", "陳大文"), "", "2024", "", "",
                    "", "", "my-key"));
            String bib = render(lib, id, ExportFormat.BIB);
            Map<String, CSLItemData> items = new BibTeXConverter().toItemData(new BibTeXConverter()
                    .loadDatabase(new ByteArrayInputStream(bib.getBytes(StandardCharsets.UTF_8))));
            assertThat(items).containsOnlyKeys("my-key");
            assertThat(items.get("my-key").getAuthor()).extracting(a -> a.getFamily()).contains("Smith");
            CSLItemData[] csl = cslItems(render(lib, id, ExportFormat.CSL));
            assertThat(csl[0].getTitle()).isEqualTo(title);
            assertThat(csl[0].getType().toString()).isEqualTo("article");
        }
    }
}
