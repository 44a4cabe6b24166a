package org.pizhu.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.AnnotationImporter;
import org.pizhu.app.DocumentImports;
import org.pizhu.app.ExportLoader;
import org.pizhu.library.Library;

/**
 * The JSON export against the W3C Web Annotation test suite's own assertions (vendored schemas): every MUST of the
 * annotation, collection and page tests, and the SHOULDs that apply to what Pizhu writes. Positions are code points.
 */
class W3cSchemaTest {
    /** A Hong Kong phrase with a character outside the Basic Multilingual Plane (U+282E2, two UTF-16 units). */
    static final String NON_BMP = "香港人常說：「搭𨋢上樓」是地道說法，𨋢即升降機。\n\n第二段：搭𨋢。\n";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final W3cAssertions W3C = new W3cAssertions();

    @TempDir
    Path dir;

    private JsonNode export(Library lib, long id) throws Exception {
        return MAPPER.readTree(Exporter.render(ExportRequest.builder(ExportLoader.load(lib, List.of(id)))
                .format(ExportFormat.JSON).creator("reader").clock(MarkdownExportTest.CLOCK).build()));
    }

    private JsonNode specialExport() throws Exception {
        try (Library lib = SpecialDoc.open(dir)) {
            SpecialDoc doc = new SpecialDoc(lib);
            long plain = new DocumentImports(lib).importText("bmp.txt", NON_BMP).id();
            int[] at = lib.findQuote(plain, "搭𨋢上樓").get(0);
            lib.annotate(plain, at[0], at[1], AnnotationKind.NOTE, Color.GREEN, "note 筆記", List.of("粵語"));
            return export(lib, doc.id);
        }
    }

    /** An embedded object checked as a standalone one: it carries the collection's {@code @context}. */
    private static JsonNode standalone(JsonNode root, JsonNode embedded) {
        ObjectNode copy = MAPPER.createObjectNode();
        copy.set("@context", root.get("@context"));
        copy.setAll((ObjectNode) embedded.deepCopy());
        return copy;
    }

    @Test
    void theSuiteCanFail() {
        List<String> musts = W3cAssertions.listed("annotations/annotationMusts.test");
        int parsed = 0;
        int failed = 0;
        for (int i = 1; i <= 39; i++) {
            JsonNode bad;
            try {
                bad = W3cAssertions.read("tools/samples/incorrect/anno" + i + ".json");
            } catch (java.io.UncheckedIOException notJson) {
                continue;
            }
            parsed++;
            failed += W3C.failures(musts, bad).isEmpty() ? 0 : 1;
        }
        assertThat(parsed).isGreaterThan(20);
        assertThat(failed).as("incorrect samples caught by the MUST assertions").isEqualTo(parsed);
        assertThat(W3C.failures(musts, W3cAssertions.read("tools/samples/correct/anno1.json"))).isEmpty();
    }

    @Test
    void everyAnnotationPassesEveryMust() throws Exception {
        JsonNode root = specialExport();
        List<String> musts = W3cAssertions.listed("annotations/annotationMusts.test");
        assertThat(musts).hasSizeGreaterThan(40);
        List<String> failures = new ArrayList<>();
        for (JsonNode item : root.path("first").path("items")) {
            failures.addAll(W3C.failures(musts, standalone(root, item)));
        }
        assertThat(failures).isEmpty();
        assertThat(root.path("first").path("items").size()).isEqualTo(SpecialDoc.QUOTES.size());
    }

    @Test
    void collectionAndPagePassEveryMust() throws Exception {
        JsonNode root = specialExport();
        assertThat(W3C.failures(W3cAssertions.listed("collections/collectionMusts.test"), root)).isEmpty();
        List<String> pageMusts = W3cAssertions.listed("collections/pages/pageMusts.test");
        assertThat(W3C.failures(pageMusts, root)).isEmpty();
        assertThat(W3C.failures(pageMusts, standalone(root, root.path("first")))).isEmpty();
    }

    @Test
    void theShouldsThatApplyAreMet() throws Exception {
        JsonNode root = specialExport();
        assertThat(W3C.failures(List.of("collections/5.1-collectionLabelImplemented.json",
                "collections/5.1-collectionLastImplemented.json", "collections/5.1-collectionTotalImplemented.json",
                "collections/5.1-collectionFirstImplemented.json"), root)).isEmpty();
        JsonNode page = standalone(root, root.path("first"));
        assertThat(W3C.failures(List.of("collections/pages/5.2-pagePartOfImplemented.json",
                "collections/pages/5.2-pageStartIndexImplemented.json"), page)).isEmpty();
        List<String> everyAnnotation = List.of("annotations/3.3.1-annotationCreatorImplemented.json",
                "annotations/3.3.2-annotationCreatorAgentTypeImplemented.json",
                "annotations/3.3.2-annotationCreatorAgentNicknameImplemented.json",
                "annotations/3.3.1-annotationCreatedImplemented.json",
                "annotations/3.3.1-annotationModifiedImplemented.json",
                "annotations/3.3.5-annotationMotivationImplemented.json",
                "annotations/4.4-annotationStylesheetImplemented.json",
                "annotations/bodiesTargets/3.2.1-targFormat.json",
                "annotations/bodiesTargets/3.2.1-targLanguage.json",
                "annotations/bodiesTargets/3.2.2-targType.json",
                "annotations/specificResource/4.4-styleClass.json",
                "annotations/specificResource/4.2-selectorFound.json",
                "annotations/specificResource/4.2.4-textQuoteSelector.json",
                "annotations/specificResource/4.2.4-prefix.json",
                "annotations/specificResource/4.2.5-textPositionSelector.json");
        List<String> withBody = List.of("annotations/3.1-bodyKeyFound.json",
                "annotations/bodiesTargets/3.2.1-bodyFormat.json", "annotations/bodiesTargets/3.3.5-bodyPurpose.json",
                "annotations/bodiesTargets/3.2.4-bodyETBTypeTextualBody.json");
        List<String> failures = new ArrayList<>();
        for (JsonNode item : root.path("first").path("items")) {
            JsonNode a = standalone(root, item);
            failures.addAll(W3C.failures(everyAnnotation, a));
            if (item.has("body")) {
                failures.addAll(W3C.failures(withBody, a));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void positionsAreCodePointsAroundNonBmpCharacters() throws Exception {
        JsonNode root;
        List<Annotation> before;
        try (Library lib = Library.open(dir.resolve("a.db"))) {
            long id = new DocumentImports(lib).importText("bmp.txt", NON_BMP).id();
            for (String q : List.of("「搭𨋢上樓」是地道說法", "升降機", "搭𨋢。")) {
                int[] at = lib.findQuote(id, q).get(0);
                lib.annotate(id, at[0], at[1], AnnotationKind.HIGHLIGHT, Color.YELLOW, "", List.of());
            }
            before = lib.annotations(id);
            root = export(lib, id);
        }
        int[] cps = NON_BMP.codePoints().toArray();
        List<String> quotes = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (JsonNode item : root.path("first").path("items")) {
            JsonNode quote = item.path("target").path("selector").get(0);
            JsonNode pos = item.path("target").path("selector").get(1);
            int start = pos.path("start").asInt();
            int end = pos.path("end").asInt();
            assertThat(new String(cps, start, end - start)).isEqualTo(quote.path("exact").asText());
            quotes.add(quote.path("exact").asText());
            offsets.add(start);
            offsets.add(end);
        }
        assertThat(quotes).containsExactly("「搭𨋢上樓」是地道說法", "升降機", "搭𨋢。");
        // 香港人常說： is 6 code points; the quote is 11 code points (12 UTF-16 units), so everything after shifts by one.
        assertThat(offsets).containsExactly(6, 17, 20, 23, 30, 33);
        try (Library lib = Library.open(dir.resolve("b.db"))) {
            long id = new DocumentImports(lib).importText("bmp.txt", NON_BMP).id();
            AnnotationImporter.Report r = AnnotationImporter.importJson(lib, root.toString(), id);
            assertThat(r.restored()).isEqualTo(3);
            assertThat(lib.annotations(id)).extracting(a -> a.anchor().start() + ":" + a.anchor().end())
                    .containsExactlyElementsOf(before.stream().map(a -> a.anchor().start() + ":" + a.anchor().end())
                            .toList());
        }
    }
}
