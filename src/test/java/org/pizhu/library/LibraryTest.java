package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.document.Document;
import org.pizhu.reflow.Reflower;

class LibraryTest {
    @TempDir
    Path dir;

    private static final String TEXT = "標題一行\n\n第一段說明城市的交通規劃，\n包括地鐵與巴士的接駁。\n\n第二段談到創新科技的發展。\n";

    @Test
    void writesReachTheDatabaseFileShortlyAfterCommitWithoutACloseOrACheckpointInTheCommit() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library lib = Library.open(file)) {
            new DocumentImports(lib).importText("big.txt", Texts.document(3, 200_000));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (java.nio.file.Files.size(file) < 400_000 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(java.nio.file.Files.size(file)).as("database file after the background checkpoint")
                    .isGreaterThan(400_000);
        }
    }

    @Test
    void importsListsLoadsAndDeletes() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            DocumentInfo d = new DocumentImports(lib).importText("a.txt", TEXT);
            assertThat(d.id()).isPositive();
            assertThat(d.sourceName()).isEqualTo("a.txt");
            assertThat(d.length()).isEqualTo(TEXT.length());
            assertThat(d.version()).isEqualTo(1);
            assertThat(lib.documents()).extracting(DocumentInfo::id).containsExactly(d.id());
            LoadedDocument loaded = lib.load(d.id());
            Document expected = new Reflower().reflow("a.txt", TEXT);
            assertThat(loaded.document().source()).isEqualTo(TEXT);
            assertThat(loaded.document().blocks()).hasSameSizeAs(expected.blocks());
            for (int i = 0; i < expected.blocks().size(); i++) {
                var e = expected.blocks().get(i);
                var a = loaded.document().blocks().get(i);
                assertThat(a.text()).isEqualTo(e.text());
                assertThat(a.kind()).isEqualTo(e.kind());
                assertThat(a.firstLine()).isEqualTo(e.firstLine());
                for (int k = 0; k <= a.text().length(); k++) {
                    assertThat(a.sourceMap().sourceOffset(k)).isEqualTo(e.sourceMap().sourceOffset(k));
                }
            }
            lib.delete(d.id());
            assertThat(lib.documents()).isEmpty();
            assertThatThrownBy(() -> lib.load(d.id())).isInstanceOf(LibraryException.class).hasMessageContaining("no document");
        }
    }

    @Test
    void refusesDuplicateText() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            DocumentInfo d = new DocumentImports(lib).importText("a.txt", TEXT);
            assertThatThrownBy(() -> new DocumentImports(lib).importText("copy.txt", TEXT))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("already in the library as document " + d.id());
            assertThat(lib.documents()).hasSize(1);
        }
    }

    @Test
    void annotationsPersistWithTagsNotesAndReadingOrder() {
        Path file = dir.resolve("lib.db");
        long doc;
        long first;
        try (Library lib = Library.open(file)) {
            doc = new DocumentImports(lib).importText("a.txt", TEXT).id();
            int[] later = lib.findQuote(doc, "創新科技").get(0);
            int[] earlier = lib.findQuote(doc, "規劃，包括").get(0);
            lib.annotate(doc, later[0], later[1], AnnotationKind.UNDERLINE, Color.BLUE, "", List.of());
            Annotation a = lib.annotate(doc, earlier[0], earlier[1], AnnotationKind.HIGHLIGHT, Color.PINK,
                    "**重要**：見第二段", List.of("交通", " 城市 規劃 ", "交通"));
            first = a.id();
            assertThat(a.tags()).containsExactly("交通", "城市 規劃");
        }
        try (Library lib = Library.open(file)) {
            List<Annotation> all = lib.load(doc).annotations();
            assertThat(all).extracting(Annotation::quote).containsExactly("規劃，包括", "創新科技");
            Annotation a = all.get(0);
            LoadedDocument loaded = lib.load(doc);
            assertThat(loaded.sourceOffset(a.anchor().block(), a.anchor().blockOffset())).isEqualTo(a.anchor().start());
            assertThat(a.id()).isEqualTo(first);
            assertThat(a.note()).isEqualTo("**重要**：見第二段");
            assertThat(a.color()).isEqualTo(Color.PINK);
            assertThat(a.anchor().block()).isEqualTo(1);
            assertThat(TEXT.substring(a.anchor().start(), a.anchor().end())).isEqualTo("規劃，\n包括");
            assertThat(lib.tags()).containsEntry("交通", 1).containsEntry("城市 規劃", 1);
        }
    }

    @Test
    void editDeleteUndoRedo() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long doc = new DocumentImports(lib).importText("a.txt", TEXT).id();
            int[] at = lib.findQuote(doc, "地鐵").get(0);
            Annotation a = lib.annotate(doc, at[0], at[1], AnnotationKind.HIGHLIGHT, Color.YELLOW, "", List.of("甲"));
            Annotation edited = lib.update(a.withColor(Color.GREEN).withNote("注").withTags(List.of("乙")));
            assertThat(edited.color()).isEqualTo(Color.GREEN);
            assertThat(edited.created()).isEqualTo(a.created());
            lib.deleteAnnotation(a.id());
            assertThat(lib.annotations(doc)).isEmpty();

            assertThat(lib.undo()).contains("delete highlight");
            Annotation back = lib.annotation(a.id()).orElseThrow();
            assertThat(back.color()).isEqualTo(Color.GREEN);
            assertThat(back.tags()).containsExactly("乙");
            assertThat(lib.undo()).contains("edit highlight");
            assertThat(lib.annotation(a.id()).orElseThrow().color()).isEqualTo(Color.YELLOW);
            assertThat(lib.annotation(a.id()).orElseThrow().tags()).containsExactly("甲");
            assertThat(lib.undo()).contains("add highlight");
            assertThat(lib.annotations(doc)).isEmpty();
            assertThat(lib.undo()).isEmpty();
            assertThat(lib.canUndo()).isFalse();
            assertThat(lib.canRedo()).isTrue();

            assertThat(lib.redo()).contains("add highlight");
            assertThat(lib.redo()).contains("edit highlight");
            assertThat(lib.annotation(a.id()).orElseThrow().note()).isEqualTo("注");
            lib.update(lib.annotation(a.id()).orElseThrow().withKind(AnnotationKind.NOTE));
            assertThat(lib.redo()).as("a new change drops the redo history").isEmpty();
            assertThat(lib.tags()).containsOnlyKeys("乙");
        }
    }

    @Test
    void undoHistorySurvivesReopening() {
        Path file = dir.resolve("lib.db");
        long id;
        try (Library lib = Library.open(file)) {
            long doc = new DocumentImports(lib).importText("a.txt", TEXT).id();
            int[] at = lib.findQuote(doc, "地鐵").get(0);
            id = lib.annotate(doc, at[0], at[1], AnnotationKind.HIGHLIGHT, Color.YELLOW, "", List.of()).id();
            lib.deleteAnnotation(id);
        }
        try (Library lib = Library.open(file)) {
            assertThat(lib.undo()).isPresent();
            assertThat(lib.annotation(id)).isPresent();
        }
    }

    @Test
    void rejectsBadRanges() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long doc = new DocumentImports(lib).importText("a.txt", TEXT).id();
            assertThatThrownBy(() -> lib.annotate(doc, 5, 500, AnnotationKind.HIGHLIGHT, Color.YELLOW, "", List.of()))
                    .isInstanceOf(LibraryException.class);
            assertThatThrownBy(() -> lib.annotate(doc, 4, 6, AnnotationKind.HIGHLIGHT, Color.YELLOW, "", List.of()))
                    .hasMessageContaining("whitespace");
            assertThatThrownBy(() -> lib.annotate(99, 0, 1, AnnotationKind.HIGHLIGHT, Color.YELLOW, "", List.of()))
                    .hasMessageContaining("no document 99");
        }
    }

    @Test
    void deletingADocumentDeletesItsAnnotationsAndSearchEntries() {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            long doc = new DocumentImports(lib).importText("a.txt", TEXT).id();
            int[] at = lib.findQuote(doc, "地鐵").get(0);
            lib.annotate(doc, at[0], at[1], AnnotationKind.HIGHLIGHT, Color.YELLOW, "筆記內容", List.of("標籤"));
            assertThat(lib.search("創新科技", 10).blocks()).hasSize(1);
            lib.delete(doc);
            assertThat(lib.search("創新科技", 10).blocks()).isEmpty();
            assertThat(lib.search("筆記", 10).annotations()).isEmpty();
            assertThat(lib.tags()).isEmpty();
            assertThat(lib.checkIntegrity()).isEqualTo("ok");
        }
    }
}
