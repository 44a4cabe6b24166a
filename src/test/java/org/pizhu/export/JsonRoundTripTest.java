package org.pizhu.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.Annotation;
import org.pizhu.app.AnnotationImporter;
import org.pizhu.app.DocumentImports;
import org.pizhu.app.ExportLoader;
import org.pizhu.library.Library;

class JsonRoundTripTest {
    @TempDir
    Path dir;

    record Same(int start, int end, String exact, String prefix, String suffix, String kind, String color, String note,
                List<String> tags, int block, int blockOffset) {
        static Same of(Annotation a) {
            return new Same(a.anchor().start(), a.anchor().end(), a.anchor().quote().exact(), a.anchor().quote().prefix(),
                    a.anchor().quote().suffix(), a.kind().id(), a.color().id(), a.note(), a.tags(), a.anchor().block(),
                    a.anchor().blockOffset());
        }
    }

    private String export(Path libFile, boolean withText) {
        try (Library lib = Library.open(libFile)) {
            long id = lib.documents().get(0).id();
            return Exporter.render(ExportRequest.builder(ExportLoader.load(lib, List.of(id)))
                    .format(ExportFormat.JSON).fullText(withText).clock(MarkdownExportTest.CLOCK).build());
        }
    }

    private List<Same> annotations(Path libFile) {
        try (Library lib = Library.open(libFile)) {
            return lib.annotations(lib.documents().get(0).id()).stream().map(Same::of).toList();
        }
    }

    @Test
    void jsonIsAWebAnnotationCollection() throws Exception {
        try (Library lib = SpecialDoc.open(dir)) {
            new SpecialDoc(lib);
        }
        JsonNode root = new ObjectMapper().readTree(export(dir.resolve("lib.db"), false));
        assertThat(root.path("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(root.path("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(root.path("total").asInt()).isEqualTo(SpecialDoc.QUOTES.size());
        JsonNode first = root.path("first").path("items").get(0);
        assertThat(first.path("type").asText()).isEqualTo("Annotation");
        assertThat(first.path("motivation").asText()).isEqualTo("highlighting");
        assertThat(first.path("target").path("selector").findValuesAsText("type"))
                .containsExactly("TextQuoteSelector", "TextPositionSelector");
        JsonNode second = root.path("first").path("items").get(1);
        assertThat(second.path("body").findValuesAsText("purpose")).containsExactly("commenting", "tagging");
        assertThat(second.path("body").get(0).path("format").asText()).isEqualTo("text/markdown");
        String source = SpecialDoc.TEXT;
        for (JsonNode item : root.path("first").path("items")) {
            JsonNode sel = item.path("target").path("selector");
            assertThat(source.substring(sel.get(1).path("start").asInt(), sel.get(1).path("end").asInt()))
                    .isEqualTo(sel.get(0).path("exact").asText());
        }
    }

    @Test
    void embeddedTextImportsIntoAnEmptyLibrary() {
        Path a = dir.resolve("a.db");
        try (Library lib = Library.open(a)) {
            new SpecialDoc(lib);
        }
        String json = export(a, true);
        Path b = dir.resolve("b.db");
        try (Library lib = Library.open(b)) {
            AnnotationImporter.Report r = AnnotationImporter.importJson(lib, json, null);
            assertThat(r.restored()).isEqualTo(SpecialDoc.QUOTES.size());
            assertThat(r.problems()).isEmpty();
        }
        assertThat(annotations(b)).isEqualTo(annotations(a));
        try (Library lib = Library.open(b)) {
            AnnotationImporter.Report again = AnnotationImporter.importJson(lib, json, null);
            assertThat(again.existing()).isEqualTo(SpecialDoc.QUOTES.size());
            assertThat(lib.documents()).hasSize(1);
        }
        assertThat(annotations(b)).isEqualTo(annotations(a));
    }

    @Test
    void withoutTextTheDocumentIsFoundByItsContentOrGiven() {
        Path a = dir.resolve("a.db");
        try (Library lib = Library.open(a)) {
            new SpecialDoc(lib);
        }
        String json = export(a, false);
        Path b = dir.resolve("b.db");
        try (Library lib = Library.open(b)) {
            assertThatThrownBy(() -> AnnotationImporter.importJson(lib, json, null))
                    .isInstanceOf(ExportException.class).hasMessageContaining("is not in the library");
            new DocumentImports(lib).importText("other name.txt", SpecialDoc.TEXT);
            assertThat(AnnotationImporter.importJson(lib, json, null).restored()).isEqualTo(SpecialDoc.QUOTES.size());
        }
        assertThat(annotations(b)).isEqualTo(annotations(a));
    }

    @Test
    void aChangedTextRelocatesByQuote() {
        Path a = dir.resolve("a.db");
        try (Library lib = Library.open(a)) {
            new SpecialDoc(lib);
        }
        String json = export(a, false);
        try (Library lib = Library.open(dir.resolve("c.db"))) {
            long id = new DocumentImports(lib).importText("changed.txt", "前言一段新加的文字。\n\n" + SpecialDoc.TEXT).id();
            AnnotationImporter.Report r = AnnotationImporter.importJson(lib, json, id);
            assertThat(r.relocated()).isEqualTo(SpecialDoc.QUOTES.size());
            assertThat(lib.annotations(id)).extracting(Annotation::quote)
                    .containsExactlyInAnyOrderElementsOf(annotations(a).stream().map(Same::exact).toList());
        }
    }

    @Test
    void notJsonIsAClearError() {
        try (Library lib = Library.open(dir.resolve("x.db"))) {
            assertThatThrownBy(() -> AnnotationImporter.importJson(lib, "{oops", null)).hasMessageStartingWith("not valid JSON");
            assertThatThrownBy(() -> AnnotationImporter.importJson(lib, "{}", null)).hasMessageContaining("no annotations");
        }
    }
}
