package org.pizhu.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.library.Library;
import org.pizhu.ui.DirectDocumentLoader;
import org.pizhu.ui.HeldRunner;
import org.pizhu.ui.InlineRunner;
import org.pizhu.ui.TestDocuments;
import org.pizhu.ui.library.LibraryDocumentLoader;
import org.pizhu.ui.reader.ReaderViewModel;
import org.pizhu.ui.reader.ScriptChoice;
import org.pizhu.ui.reader.ScriptLayerConverter;
import org.pizhu.ui.speakers.SpeakerSummary;

/** The annotation layer on a real library and the real script layer, without a window. */
class AnnotationLayerViewModelTest {
    private static final String TEXT = "標題\n\n我把文件存在U盤裡，然後出門。\n\n第二段：他說，創新很重要。\n";
    @TempDir
    Path dir;
    private Library library;
    private ReaderViewModel reader;
    private AnnotationLayerViewModel layer;
    private long id;

    @BeforeEach
    void setUp() {
        library = Library.open(dir.resolve("library.db"));
        id = new DocumentImports(library).importText("t.txt", TEXT).id();
        InlineRunner runner = new InlineRunner();
        ScriptLayerConverter converter = new ScriptLayerConverter();
        LibraryDocumentLoader loader = new LibraryDocumentLoader(library, new DirectDocumentLoader());
        reader = new ReaderViewModel(converter, runner);
        layer = new AnnotationLayerViewModel(library, loader, reader, converter, runner);
        reader.show(loader.load(id));
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private int block(String containing) {
        for (int i = 0; i < reader.blockCount(); i++) {
            if (reader.shownText(i).contains(containing)) {
                return i;
            }
        }
        throw new AssertionError(containing);
    }

    /** A new reader and layer over {@code loader} whose background work waits for {@link HeldRunner#runAll}. */
    private HeldRunner layerWithHeldWork(LibraryDocumentLoader loader) {
        HeldRunner held = new HeldRunner();
        ScriptLayerConverter converter = new ScriptLayerConverter();
        reader = new ReaderViewModel(converter, new InlineRunner());
        layer = new AnnotationLayerViewModel(library, loader, reader, converter, held);
        return held;
    }

    @Test
    void aNewFileIsShownBeforeItIsStoredThenBecomesAnnotatable() throws Exception {
        Path file = dir.resolve("new.txt");
        java.nio.file.Files.writeString(file, "新文章\n\n港口擴建計劃今天公布，居民表示歡迎。\n");
        LibraryDocumentLoader loader = new LibraryDocumentLoader(library, new DirectDocumentLoader());
        HeldRunner held = layerWithHeldWork(loader);
        reader.show(loader.open(file));

        assertThat(reader.shownText(block("港口擴建"))).contains("居民表示歡迎");
        assertThat(library.documents()).hasSize(1);
        assertThat(layer.currentProperty().get()).isNull();
        assertThat(layer.storingProperty().get()).isTrue();
        assertThat(layer.annotate(1, 0, 1, 4, AnnotationKind.HIGHLIGHT, Color.YELLOW)).isFalse();

        held.runAll();
        assertThat(layer.storingProperty().get()).isFalse();
        assertThat(library.documents()).hasSize(2);
        assertThat(layer.currentProperty().get()).isNotNull();
        assertThat(layer.currentProperty().get().document()).isSameAs(reader.documentProperty().get());
        assertThat(layer.annotate(1, 0, 1, 4, AnnotationKind.HIGHLIGHT, Color.YELLOW)).isTrue();
        held.runAll();
        long newId = layer.currentProperty().get().info().id();
        assertThat(library.annotations(newId)).singleElement().satisfies(a -> assertThat(a.quote()).isEqualTo("港口擴建"));

        reader.show(loader.open(file));
        held.runAll();
        assertThat(layer.currentProperty().get().info().id()).as("opened again from the library").isEqualTo(newId);
        assertThat(layer.annotations()).hasSize(1);
        assertThat(library.documents()).hasSize(2);
    }

    @Test
    void aFileWhoseTextTheLibraryHoldsInOtherBlocksIsReplacedByTheLibrarysCopy() throws Exception {
        String text = "第一段說明城市的交通規劃，包括地鐵與巴士的接駁。";
        org.pizhu.document.Document older = TestDocuments.of(text);
        long olderId = new DocumentImports(library).importDocument(older).id();
        library.annotate(olderId, 0, 4, AnnotationKind.HIGHLIGHT, Color.BLUE, "", List.of());
        Path file = dir.resolve("same-text.txt");
        java.nio.file.Files.writeString(file, older.source());
        LibraryDocumentLoader loader = new LibraryDocumentLoader(library, new DirectDocumentLoader());
        HeldRunner held = layerWithHeldWork(loader);
        org.pizhu.document.Document read = loader.open(file);
        assertThat(read.blocks().get(0).kind()).as("read anew").isNotEqualTo(older.blocks().get(0).kind());
        reader.show(read);
        held.runAll();
        assertThat(layer.currentProperty().get()).isNull();
        org.pizhu.document.Document copy = layer.libraryCopyProperty().get();
        assertThat(copy).isNotNull().isNotSameAs(read);
        reader.show(copy);
        held.runAll();
        assertThat(layer.currentProperty().get().info().id()).isEqualTo(olderId);
        assertThat(layer.annotations()).singleElement().satisfies(a -> assertThat(a.quote()).isEqualTo("第一段說"));
        assertThat(library.documents()).hasSize(2);
    }

    @Test
    void storingWaitsForTheFirstFrameButAFileLeftBeforeThatIsStoredAnyway() throws Exception {
        Path first = dir.resolve("first.txt");
        Path second = dir.resolve("second.txt");
        java.nio.file.Files.writeString(first, "第一篇\n\n港口擴建計劃今天公布。\n");
        java.nio.file.Files.writeString(second, "第二篇\n\n地鐵新線明年通車。\n");
        LibraryDocumentLoader loader = new LibraryDocumentLoader(library, new DirectDocumentLoader());
        HeldRunner held = layerWithHeldWork(loader);
        reader.viewReportsDisplay();
        org.pizhu.document.Document one = loader.open(first);
        reader.show(one);
        held.runAll();
        assertThat(library.documents()).as("nothing stored before the first frame").hasSize(1);

        org.pizhu.document.Document two = loader.open(second);
        reader.show(two);
        held.runAll();
        assertThat(library.documents()).extracting(d -> d.sourceName()).containsExactly("t.txt", "first.txt");
        assertThat(layer.currentProperty().get()).isNull();

        reader.displayed(two);
        held.runAll();
        assertThat(library.documents()).extracting(d -> d.sourceName()).containsExactly("t.txt", "first.txt", "second.txt");
        assertThat(layer.currentProperty().get().document()).isSameAs(two);
    }

    @Test
    void aFileThatCannotBeStoredStaysShownAndTheUserIsTold() throws Exception {
        Path file = dir.resolve("new.txt");
        java.nio.file.Files.writeString(file, "新文章\n\n港口擴建計劃今天公布。\n");
        LibraryDocumentLoader loader = new LibraryDocumentLoader(library, new DirectDocumentLoader());
        HeldRunner held = layerWithHeldWork(loader);
        reader.show(loader.open(file));
        library.close();
        held.runAll();
        assertThat(reader.blockCount()).isEqualTo(2);
        assertThat(layer.currentProperty().get()).isNull();
        assertThat(layer.errorProperty().get()).contains("new.txt is shown but could not be saved in the library");
        assertThat(layer.storingProperty().get()).isFalse();
    }

    @Test
    void aSelectionBecomesAStoredHighlightDrawnOnTheSameWords() {
        int b = block("然後出門");
        int at = reader.shownText(b).indexOf("然後出門");
        assertThat(layer.annotate(b, at, b, at + 4, AnnotationKind.HIGHLIGHT, Color.GREEN)).isTrue();
        List<Annotation> stored = library.annotations(id);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).quote()).isEqualTo("然後出門");
        assertThat(stored.get(0).color()).isEqualTo(Color.GREEN);
        assertThat(layer.annotations()).hasSize(1);
        assertThat(layer.shownMarks(b)).singleElement().satisfies(m -> {
            assertThat(reader.shownText(b).substring(m.start(), m.end())).isEqualTo("然後出門");
            assertThat(m.styleClasses()).containsExactly("hl-green");
        });
    }

    @Test
    void marksFollowTheTextIntoAScriptWhosePhrasesChangeLength() {
        id = new DocumentImports(library).importText("s.txt", "标题\n\n我的U盘坏了，内存也不够，然后出门。\n").id();
        LibraryDocumentLoader loader = new LibraryDocumentLoader(library, new DirectDocumentLoader());
        ScriptLayerConverter converter = new ScriptLayerConverter();
        reader = new ReaderViewModel(converter, new InlineRunner());
        layer = new AnnotationLayerViewModel(library, loader, reader, converter, new InlineRunner());
        reader.show(loader.load(id));
        int b = block("出门");
        reader.scriptProperty().set(ScriptChoice.TAIWAN);
        String shown = reader.shownText(b);
        assertThat(shown).contains("隨身碟");
        int at = shown.indexOf("出門");
        assertThat(layer.scriptOf(b)).isEqualTo(ScriptChoice.TAIWAN);
        assertThat(layer.annotate(b, at, b, at + 2, AnnotationKind.UNDERLINE, Color.BLUE)).isTrue();
        assertThat(library.annotations(id).get(0).quote()).isEqualTo("出门");
        Mark m = layer.shownMarks(b).get(0);
        assertThat(shown.substring(m.start(), m.end())).isEqualTo("出門");
        reader.scriptProperty().set(ScriptChoice.ORIGINAL);
        Mark o = layer.shownMarks(b).get(0);
        assertThat(reader.shownText(b).substring(o.start(), o.end())).isEqualTo("出门");
        int disk = reader.shownText(b).indexOf("U盘");
        layer.annotate(b, disk, b, disk + 2, AnnotationKind.HIGHLIGHT, Color.PINK);
        reader.scriptProperty().set(ScriptChoice.TAIWAN);
        assertThat(layer.shownMarks(b)).extracting(x -> reader.shownText(b).substring(x.start(), x.end()))
                .containsExactlyInAnyOrder("隨身碟", "出門");
    }

    @Test
    void aSelectionAcrossBlocksCoversBoth() {
        int first = block("然後出門");
        int second = block("第二段");
        int from = reader.shownText(first).indexOf("出門");
        assertThat(layer.annotate(first, from, second, 3, AnnotationKind.HIGHLIGHT, Color.PINK)).isTrue();
        assertThat(library.annotations(id).get(0).quote()).isEqualTo("出門。第二段");
        assertThat(layer.markedBlocks()).contains(first, second);
    }

    @Test
    void emptyOrWhitespaceSelectionsAreRefused() {
        int b = block("然後出門");
        assertThat(layer.annotate(b, 3, b, 3, AnnotationKind.HIGHLIGHT, Color.YELLOW)).isFalse();
        assertThat(library.annotations(id)).isEmpty();
    }

    @Test
    void undoAndRedoCreateEditAndDelete() {
        int b = block("創新");
        int at = reader.shownText(b).indexOf("創新");
        layer.annotate(b, at, b, at + 2, AnnotationKind.HIGHLIGHT, Color.YELLOW);
        Annotation a = layer.annotations().get(0);
        layer.update(a.withNote("要緊").withTags(List.of("科技")));
        assertThat(layer.annotations().get(0).note()).isEqualTo("要緊");
        assertThat(layer.shownMarks(b).get(0).styleClasses()).contains("has-note");
        layer.delete(layer.annotations().get(0));
        assertThat(layer.annotations()).isEmpty();
        assertThat(layer.canUndoProperty().get()).isTrue();
        layer.undo();
        assertThat(layer.annotations()).singleElement().extracting(Annotation::note).isEqualTo("要緊");
        layer.undo();
        assertThat(layer.annotations().get(0).note()).isEmpty();
        layer.undo();
        assertThat(layer.annotations()).isEmpty();
        assertThat(layer.shownMarks(b)).isEmpty();
        assertThat(layer.canRedoProperty().get()).isTrue();
        layer.redo();
        assertThat(library.annotations(id)).hasSize(1);
        assertThat(layer.shownMarks(b)).hasSize(1);
    }

    @Test
    void anAnnotationInAStatementRecordsItsSpeaker() {
        int b = block("創新");
        layer.setSpeakers(List.of(new SpeakerSummary("王某", false, List.of(), List.of(b), false)));
        int at = reader.shownText(b).indexOf("創新");
        layer.annotate(b, at, b, at + 2, AnnotationKind.HIGHLIGHT, Color.YELLOW);
        assertThat(layer.speakerOf(layer.annotations().get(0))).isEqualTo("王某");
        assertThat(library.speakers(id).byBlock()).containsEntry(b, "王某");
        AnnotationsPanelViewModel panel = new AnnotationsPanelViewModel(layer, new InlineRunner(), s -> { });
        assertThat(panel.speakers()).containsExactly("王某");
        panel.speakerFilterProperty().set("別人");
        assertThat(panel.annotations()).isEmpty();
        panel.speakerFilterProperty().set("王某");
        assertThat(panel.annotations()).hasSize(1);
        assertThat(panel.citation(layer.annotations().get(0))).startsWith("\u300c創新\u300d\n\u2014 王某\n").contains("標題");
    }
}
