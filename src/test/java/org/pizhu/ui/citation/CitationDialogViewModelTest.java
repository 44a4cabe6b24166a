package org.pizhu.ui.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.export.CitationStyle;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.DocumentMeta;
import org.pizhu.library.DocumentMetas;
import org.pizhu.library.Library;
import org.pizhu.ui.Dialogs;
import org.pizhu.ui.DirectDocumentLoader;
import org.pizhu.ui.InlineRunner;
import org.pizhu.ui.Messages;
import org.pizhu.ui.annotations.AnnotationLayerViewModel;
import org.pizhu.ui.annotations.AnnotationsPanelViewModel;
import org.pizhu.ui.library.LibraryDocumentLoader;
import org.pizhu.ui.reader.ReaderViewModel;
import org.pizhu.ui.reader.ScriptLayerConverter;
import org.pizhu.ui.settings.SettingsStore;

/**
 * The citation dialog's model on a real library, without a window: what the engine found fills the placeholders,
 * authors are split as typed, a bad date or key is refused with a message and nothing saved, a save reaches the
 * library; the panel's citation style is remembered in the settings.
 */
class CitationDialogViewModelTest {
    private static final String TEXT = "港口擴建計劃公布\n\n【本報訊】記者陳大文報道：港口擴建計劃今天公布。\n\n"
            + "甄志遠表示，工程明年動工。\n";
    @TempDir
    Path dir;
    private Library library;
    private DocumentInfo info;
    private final List<String> errors = new ArrayList<>();
    private final Dialogs dialogs = new Dialogs() {
        @Override
        public Optional<Path> chooseTextFile() {
            return Optional.empty();
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }
    };
    private int saves;

    @BeforeEach
    void setUp() {
        library = Library.open(dir.resolve("library.db"));
        info = new DocumentImports(library).importText("port.txt", TEXT);
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private CitationDialogViewModel dialog() {
        CitationDialogViewModel vm = new CitationDialogViewModel(library, info, new InlineRunner(), dialogs,
                new Messages(Locale.ENGLISH), () -> saves++);
        vm.load();
        return vm;
    }

    @Test
    void authorsAreSplitAsTyped() {
        assertThat(CitationDialogViewModel.parseAuthors("陳大文、李小明\n\n Smith, John \n王五,趙六；錢七"))
                .containsExactly("陳大文", "李小明", "Smith, John", "王五", "趙六", "錢七");
        assertThat(CitationDialogViewModel.parseAuthors("  \n")).isEmpty();
    }

    @Test
    void foundValuesArePlaceholdersAndASaveReachesTheLibrary() {
        CitationDialogViewModel vm = dialog();
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.titleProperty().get()).isEmpty();
        assertThat(vm.foundProperty().get().title()).isEqualTo("港口擴建計劃公布");
        assertThat(vm.foundProperty().get().citekey()).matches("pizhu-[0-9a-f]{8}");
        vm.outletProperty().set(" 大公報 ");
        vm.authorsProperty().set("陳大文\n李小明");
        vm.dateProperty().set("2024-3-5");
        vm.citekeyProperty().set("port2024");
        vm.save();
        assertThat(errors).isEmpty();
        assertThat(saves).isEqualTo(1);
        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(DocumentMetas.get(library, info.id())).isEqualTo(new DocumentMeta("", List.of("陳大文", "李小明"),
                "大公報", "2024-03-05", "", "", "", "", "port2024"));
        assertThat(dialog().outletProperty().get()).as("opened again: what was saved").isEqualTo("大公報");
    }

    @Test
    void aBadDateOrKeyIsRefusedWithAMessage() {
        CitationDialogViewModel vm = dialog();
        vm.outletProperty().set("大公報");
        vm.dateProperty().set("5/3/2024");
        vm.save();
        vm.dateProperty().set("2024");
        vm.citekeyProperty().set("two words");
        vm.save();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).contains("5/3/2024", "YYYY-MM-DD").doesNotContain("Exception");
        assertThat(errors.get(1)).contains("two words");
        assertThat(saves).isZero();
        assertThat(DocumentMetas.get(library, info.id())).isEqualTo(DocumentMeta.EMPTY);
    }

    @Test
    void theCitationStyleIsRememberedAndUsed() {
        Map<String, String> stored = new HashMap<>();
        SettingsStore settings = new SettingsStore() {
            @Override
            public String get(String key, String fallback) {
                return stored.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                stored.put(key, value);
            }
        };
        DocumentMetas.put(library, info.id(), new DocumentMeta("", List.of("陳大文"), "大公報", "2024", "", "", "", "",
                ""));
        InlineRunner runner = new InlineRunner();
        ScriptLayerConverter converter = new ScriptLayerConverter();
        LibraryDocumentLoader loader = new LibraryDocumentLoader(library, new DirectDocumentLoader());
        ReaderViewModel reader = new ReaderViewModel(converter, runner);
        AnnotationLayerViewModel layer = new AnnotationLayerViewModel(library, loader, reader, converter, runner);
        reader.show(loader.load(info.id()));
        layer.annotate(2, 0, 2, 3, AnnotationKind.HIGHLIGHT, Color.YELLOW);
        AnnotationsPanelViewModel panel = new AnnotationsPanelViewModel(layer, runner, s -> { }, settings);
        assertThat(panel.citationStyleProperty().get()).isEqualTo(CitationStyle.CHICAGO);
        assertThat(panel.citation(layer.annotations().get(0))).contains("陳大文. 2024. \u201c港口擴建計劃公布.\u201d 大公報, 2024.");
        panel.citationStyleProperty().set(CitationStyle.GBT7714);
        assertThat(stored).containsEntry("citationStyle", "GBT7714");
        assertThat(new AnnotationsPanelViewModel(layer, runner, s -> { }, settings).citation(layer.annotations()
                .get(0))).contains("陳大文, 2024. 港口擴建計劃公布[N]. 大公報, 2024.");
    }
}
