package org.pizhu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.desktop.OpenRequest;
import org.pizhu.desktop.SingleInstance;
import org.pizhu.library.Library;
import org.pizhu.ui.reader.ScriptLayerConverter;
import org.pizhu.ui.settings.PreferencesSettingsStore;
import org.pizhu.ui.speakers.AnalyzerSpeakerSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window takes the files and {@code pizhu://} links of its own launch and of later launches (through the
 * single-instance socket): headless (Monocle), with a real library in a temporary folder.
 */
class LaunchRequestsTest {
    @TempDir
    static Path dir;
    private static final Preferences NODE = TestDocuments.tempPrefs();
    private static Library library;
    private static FxBackgroundRunner runner;
    private static MainView view;
    private static Stage shown;
    private static LaunchRequests launches;
    private static String libraryBefore;

    @BeforeAll
    static void launch() throws Exception {
        libraryBefore = System.getProperty("pizhu.library");
        System.setProperty("pizhu.library", dir.resolve("library.db").toString());
        FxToolkit.registerPrimaryStage();
        library = Library.open(dir.resolve("library.db"));
        runner = new FxBackgroundRunner();
        FxToolkit.setupStage(stage -> {
            shown = stage;
            view = PizhuApp.show(stage, new PizhuApp.Services(new DirectDocumentLoader(), new AnalyzerSpeakerSource(),
                    new ScriptLayerConverter(), runner, new PreferencesSettingsStore(NODE), library));
        });
        waitUntil(() -> current() > 0);
    }

    @AfterAll
    static void close() throws Exception {
        if (launches != null) {
            launches.close();
        }
        FxToolkit.cleanupStages();
        runner.close();
        library.close();
        TestDocuments.remove(NODE);
        if (libraryBefore == null) {
            System.clearProperty("pizhu.library");
        } else {
            System.setProperty("pizhu.library", libraryBefore);
        }
    }

    @Test
    void filesOfThisLaunchThenAFileAndALinkFromLaterLaunches() throws Exception {
        Path first = Files.writeString(dir.resolve("first.txt"), "第一篇\n\n陳大文表示，本港經濟正在復甦。\n");
        Path second = Files.writeString(dir.resolve("second.txt"), "第二篇\n\n李小明說，明年會更好。\n");
        long sample = current();
        Platform.runLater(() -> launches = LaunchRequests.start(shown, view, runner, List.of(first.toString()),
                () -> { }));
        waitUntil(() -> shownName().equals("first.txt") && current() != sample);
        long firstId = current();
        assertThat(library.documents()).extracting(d -> d.id()).contains(firstId);

        assertThat(SingleInstance.forward(SingleInstance.socketForThisProcess(),
                List.of(new OpenRequest.OpenFile(second)))).as("a later launch hands its file over").isTrue();
        waitUntil(() -> shownName().equals("second.txt") && current() != firstId);

        int at = library.findQuote(firstId, "本港經濟").get(0)[0];
        Annotation a = library.annotate(firstId, at, at + 4, AnnotationKind.HIGHLIGHT, Color.BLUE, "", List.of());
        assertThat(SingleInstance.forward(SingleInstance.socketForThisProcess(),
                List.of(new OpenRequest.OpenLink(firstId, a.id())))).isTrue();
        Workspace w = PizhuApp.workspace(view);
        waitUntil(() -> current() == firstId && w.panelModel().selectedProperty().get() != null
                && w.panelModel().selectedProperty().get().id() == a.id());
        assertThat(view.reader().area().getSelectedText()).isEqualTo("本港經濟");

        // A link as exports write it now names the annotation by its uid.
        assertThat(SingleInstance.forward(SingleInstance.socketForThisProcess(),
                List.of(new OpenRequest.OpenFile(second)))).isTrue();
        waitUntil(() -> shownName().equals("second.txt") && current() != firstId);
        assertThat(a.uid()).isNotEmpty();
        assertThat(SingleInstance.forward(SingleInstance.socketForThisProcess(),
                List.of(new OpenRequest.OpenLink(firstId, 0, a.uid())))).isTrue();
        waitUntil(() -> current() == firstId && w.panelModel().selectedProperty().get() != null
                && a.uid().equals(w.panelModel().selectedProperty().get().uid()));
        assertThat(view.reader().area().getSelectedText()).isEqualTo("本港經濟");
    }

    private static long current() {
        var d = PizhuApp.workspace(view) == null ? null : PizhuApp.workspace(view).layer().currentProperty().get();
        return d == null ? -1 : d.info().id();
    }

    private static String shownName() {
        var d = view.viewModel().reader().documentProperty().get();
        return d == null ? "" : d.sourceName();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
