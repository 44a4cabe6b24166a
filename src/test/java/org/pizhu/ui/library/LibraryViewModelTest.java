package org.pizhu.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.export.ExportFormat;
import org.pizhu.library.Library;
import org.pizhu.ui.Dialogs;
import org.pizhu.ui.DirectDocumentLoader;
import org.pizhu.ui.HeldRunner;
import org.pizhu.ui.InlineRunner;
import org.pizhu.ui.MainViewModel;
import org.pizhu.ui.Messages;
import org.pizhu.ui.TestDocuments;
import org.pizhu.ui.annotations.AnnotationLayerViewModel;
import org.pizhu.ui.export.ExportDialogViewModel;
import org.pizhu.ui.reader.Reveal;
import org.pizhu.ui.reader.ScriptLayerConverter;
import org.pizhu.ui.settings.PreferencesSettingsStore;

/** The library view's and export dialog's models on a real library, without a window. */
class LibraryViewModelTest {
    @TempDir
    Path dir;
    private Library library;
    private MainViewModel main;
    private AnnotationLayerViewModel layer;
    private LibraryViewModel vm;
    private final List<String> errors = new ArrayList<>();
    private boolean confirm;
    private final Dialogs dialogs = new Dialogs() {
        @Override
        public Optional<Path> chooseTextFile() {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String message) {
            return confirm;
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }
    };

    @BeforeEach
    void setUp() {
        library = Library.open(dir.resolve("library.db"));
        InlineRunner runner = new InlineRunner();
        ScriptLayerConverter converter = new ScriptLayerConverter();
        LibraryDocumentLoader loader = new LibraryDocumentLoader(library, new DirectDocumentLoader());
        main = new MainViewModel(loader, d -> List.of(), converter, runner, dialogs,
                new PreferencesSettingsStore(TestDocuments.tempPrefs()), List.of(), new Messages(Locale.ENGLISH));
        layer = new AnnotationLayerViewModel(library, loader, main.reader(), converter, runner);
        vm = new LibraryViewModel(loader, main, layer, converter, runner, dialogs);
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void importsFilesOnceAndReportsBadOnes() throws Exception {
        Path a = file("a.txt", "甲文\n\n第一篇文章的內容。\n");
        Path b = file("b.txt", "乙文\n\n第二篇文章的內容。\n");
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        vm.importFiles(List.of(a, b, bad, a));
        assertThat(vm.documents()).extracting(d -> d.sourceName()).containsExactly("a.txt", "b.txt");
        assertThat(vm.importingProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(errors).singleElement().asString().startsWith("bad.txt: ");
    }

    @Test
    void deleteAsksFirst() throws Exception {
        vm.importFiles(List.of(file("a.txt", "甲文\n\n內容。\n")));
        confirm = false;
        vm.delete(vm.documents().get(0));
        assertThat(library.documents()).hasSize(1);
        confirm = true;
        vm.delete(vm.documents().get(0));
        assertThat(library.documents()).isEmpty();
        assertThat(vm.documents()).isEmpty();
    }

    @Test
    void searchFindsAcrossScriptsAndOpensAtTheHit() throws Exception {
        vm.importFiles(List.of(file("a.txt", "甲文\n\n這裡談的是數碼港的發展。\n"), file("b.txt", "乙文\n\n別的。\n")));
        vm.open(vm.documents().get(1));
        vm.queryProperty().set("数码港");
        vm.search();
        assertThat(vm.hits()).singleElement().satisfies(h -> assertThat(h.snippet().hit()).isEqualTo("數碼港"));
        List<Reveal> reveals = new ArrayList<>();
        main.reader().revealProperty().addListener((o, x, r) -> reveals.add(r));
        vm.openHit(vm.hits().get(0));
        assertThat(layer.currentProperty().get().info().sourceName()).isEqualTo("a.txt");
        Reveal r = reveals.get(reveals.size() - 1);
        assertThat(main.reader().shownText(r.block()).substring(r.start(), r.end())).isEqualTo("數碼港");
    }

    @Test
    void aSearchOvertakenByTheNextQueryIsCancelled() throws Exception {
        vm.importFiles(List.of(file("a.txt", "甲文\n\n這裡談的是數碼港的發展。\n")));
        HeldRunner held = new HeldRunner();
        LibraryViewModel typing = new LibraryViewModel(new LibraryDocumentLoader(library, new DirectDocumentLoader()),
                main, layer, new ScriptLayerConverter(), held, dialogs);
        held.runAll();
        typing.queryProperty().set("數");
        typing.search();
        typing.queryProperty().set("數碼港");
        typing.search();
        assertThat(held.waiting()).as("only the latest query is still to run").isEqualTo(1);
        held.runAll();
        assertThat(typing.hits()).singleElement().satisfies(h -> assertThat(h.snippet().hit()).isEqualTo("數碼港"));
    }

    @Test
    void exportPreviewIsWhatIsSaved() throws Exception {
        vm.importFiles(List.of(file("a.txt", "甲文\n\n這裡談的是數碼港的發展。\n")));
        vm.open(vm.documents().get(0));
        int b = 1;
        layer.annotate(b, 5, b, 8, AnnotationKind.HIGHLIGHT, Color.BLUE);
        layer.update(layer.annotations().get(0).withTags(List.of("港口")));
        ExportDialogViewModel export = new ExportDialogViewModel(library, layer, new InlineRunner(), new Dialogs() {
            @Override
            public Optional<Path> chooseTextFile() {
                return Optional.empty();
            }

            @Override
            public void showError(String title, String message) {
                errors.add(message);
            }
        });
        export.open();
        assertThat(export.previewProperty().get()).contains("數碼港");
        export.scopeProperty().set(ExportDialogViewModel.Scope.TAG);
        export.tagProperty().set("沒有");
        assertThat(export.problemProperty().get()).isNotEmpty();
        export.tagProperty().set("港口");
        assertThat(export.previewProperty().get()).contains("數碼港");
        export.formatProperty().set(ExportFormat.JSON);
        String json = export.previewProperty().get();
        assertThat(json).startsWith("{").contains("數碼港");
        Path out = dir.resolve("out.json");
        export.saveTo(out);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(export.suggestedName()).endsWith(".json");
        export.formatProperty().set(ExportFormat.BIB);
        assertThat(export.suggestedName()).endsWith(".bib");
        export.formatProperty().set(ExportFormat.MD);
        export.templateProperty().set("plain");
        assertThat(export.suggestedName()).endsWith(".txt");
        assertThat(errors).isEmpty();
    }
}
