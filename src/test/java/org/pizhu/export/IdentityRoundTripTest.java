package org.pizhu.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Export → import into another library that already holds documents and annotations keeps each annotation's uid,
 * link and times; a second import changes nothing; a newer edit replaces the older copy and nothing else.
 */
class IdentityRoundTripTest {
    @TempDir
    Path dir;

    private static String json(Library lib, long id) {
        return Exporter.render(ExportRequest.builder(ExportLoader.load(lib, List.of(id))).format(ExportFormat.JSON)
                .fullText(true).clock(MarkdownExportTest.CLOCK).build());
    }

    private static String obsidian(Library lib, long id) {
        return Exporter.render(ExportRequest.builder(ExportLoader.load(lib, List.of(id)))
                .template(ExportTemplate.preset("obsidian")).clock(MarkdownExportTest.CLOCK).build());
    }

    private static Map<String, Annotation> byUid(List<Annotation> list) {
        return list.stream().collect(Collectors.toMap(Annotation::uid, Function.identity()));
    }

    @Test
    void idsLinksAndTimesSurviveAMoveToAnotherLibrary() throws Exception {
        List<Annotation> original;
        String json;
        String note;
        try (Library a = Library.open(dir.resolve("a.db"))) {
            SpecialDoc doc = new SpecialDoc(a);
            original = a.annotations(doc.id);
            json = json(a, doc.id);
            note = obsidian(a, doc.id);
        }
        Thread.sleep(5);
        try (Library b = Library.open(dir.resolve("b.db"))) {
            long other = new DocumentImports(b).importText("other.txt", "另一篇文章，先佔了編號一。\n").id();
            int[] at = b.findQuote(other, "另一篇文章").get(0);
            Annotation mine = b.annotate(other, at[0], at[1], AnnotationKind.HIGHLIGHT, Color.BLUE, "我的", List.of());

            AnnotationImporter.Report r = AnnotationImporter.importJson(b, json, null);
            assertThat(r.restored()).isEqualTo(original.size());
            assertThat(r.problems()).isEmpty();
            long docB = b.documentWithText(SpecialDoc.TEXT).orElseThrow().id();
            assertThat(docB).isNotEqualTo(original.get(0).documentId());
            Map<String, Annotation> imported = byUid(b.annotations(docB));
            assertThat(imported.keySet()).isEqualTo(byUid(original).keySet());
            for (Annotation o : original) {
                Annotation i = imported.get(o.uid());
                assertThat(i.created()).isEqualTo(o.created());
                assertThat(i.modified()).isEqualTo(o.modified());
                assertThat(i.note()).isEqualTo(o.note());
                assertThat(i.tags()).isEqualTo(o.tags());
                assertThat(i.anchor().start()).isEqualTo(o.anchor().start());
                assertThat(Links.annotation(i)).endsWith("#a-" + o.uid());
                assertThat(b.annotationByUid(o.uid())).contains(i);
                assertThat(note).contains("^a-" + o.uid());
            }
            assertThat(obsidian(b, docB)).contains(original.stream().map(o -> "^a-" + o.uid()).toList());
            assertThat(b.annotations(other)).containsExactly(mine);

            AnnotationImporter.Report again = AnnotationImporter.importJson(b, json, null);
            assertThat(again.existing()).isEqualTo(original.size());
            assertThat(again.restored() + again.relocated()).isZero();
            assertThat(byUid(b.annotations(docB))).isEqualTo(imported);
        }
    }

    @Test
    void aNewerEditReplacesTheOlderCopyAndAnOlderOneDoesNot() throws Exception {
        String before;
        String after;
        Annotation edited;
        try (Library a = Library.open(dir.resolve("a.db"))) {
            SpecialDoc doc = new SpecialDoc(a);
            before = json(a, doc.id);
            Thread.sleep(5);
            edited = a.update(a.annotations(doc.id).get(0).withNote("改過的筆記"));
            after = json(a, doc.id);
        }
        try (Library b = Library.open(dir.resolve("b.db"))) {
            AnnotationImporter.importJson(b, before, null);
            long docB = b.documents().get(0).id();
            AnnotationImporter.Report r = AnnotationImporter.importJson(b, after, null);
            assertThat(r.restored()).isEqualTo(1);
            assertThat(r.existing()).isEqualTo(SpecialDoc.QUOTES.size() - 1);
            Annotation now = b.annotationByUid(edited.uid()).orElseThrow();
            assertThat(now.note()).isEqualTo("改過的筆記");
            assertThat(now.modified()).isEqualTo(edited.modified());
            assertThat(now.created()).isEqualTo(edited.created());
            assertThat(b.annotations(docB)).hasSize(SpecialDoc.QUOTES.size());
            AnnotationImporter.Report old = AnnotationImporter.importJson(b, before, null);
            assertThat(old.existing()).isEqualTo(SpecialDoc.QUOTES.size());
            assertThat(b.annotationByUid(edited.uid()).orElseThrow().note()).isEqualTo("改過的筆記");
        }
    }
}
