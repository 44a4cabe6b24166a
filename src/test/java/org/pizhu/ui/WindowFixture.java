package org.pizhu.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.pizhu.library.Library;
import org.pizhu.ui.reader.ScriptLayerConverter;
import org.pizhu.ui.settings.PreferencesSettingsStore;
import org.pizhu.ui.speakers.AnalyzerSpeakerSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One Pizhu window, headless (Monocle), over a real library in a temporary folder and settings in a throw-away
 * preferences node: the setup a window test class shares. Opened once per class; the sample document is on screen
 * when {@link #open} returns.
 */
public final class WindowFixture implements AutoCloseable {
    private final Stage stage;
    private final Library library;
    private final FxBackgroundRunner runner;
    private final Preferences settings;
    private MainView view;
    private Workspace workspace;

    private WindowFixture(Stage stage, Library library, FxBackgroundRunner runner, Preferences settings) {
        this.stage = stage;
        this.library = library;
        this.runner = runner;
        this.settings = settings;
    }

    /** Opens the window on a library {@code library.db} in {@code dir}, with its settings in {@code settings}. */
    public static WindowFixture open(Path dir, Preferences settings) throws Exception {
        WindowFixture f = new WindowFixture(FxToolkit.registerPrimaryStage(), Library.open(dir.resolve("library.db")),
                new FxBackgroundRunner(), settings);
        FxToolkit.setupStage(s -> {
            f.view = PizhuApp.show(s, new PizhuApp.Services(new DirectDocumentLoader(), new AnalyzerSpeakerSource(),
                    new ScriptLayerConverter(), f.runner, new PreferencesSettingsStore(settings), f.library));
            f.workspace = PizhuApp.workspace(f.view);
        });
        waitUntil(() -> f.workspace != null && f.workspace.layer().currentProperty().get() != null
                && f.view.reader().area().getParagraphs().size() > 10);
        return f;
    }

    /** Waits (at most 20 s) until {@code condition} holds, then for the JavaFX events it caused. */
    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public Stage stage() {
        return stage;
    }

    public Library library() {
        return library;
    }

    public MainView view() {
        return view;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The reader's text area. */
    public StyleClassedTextArea area() {
        return view.reader().area();
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        library.close();
        TestDocuments.remove(settings);
    }
}
