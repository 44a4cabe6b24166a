package org.pizhu.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.pizhu.library.Library;
import org.pizhu.library.LibraryPaths;
import org.pizhu.ui.library.LibraryDocumentLoader;
import org.pizhu.ui.reader.BlockTextConverter;
import org.pizhu.ui.reader.ScriptLayerConverter;
import org.pizhu.ui.settings.PreferencesSettingsStore;
import org.pizhu.ui.settings.SettingsStore;
import org.pizhu.ui.settings.Theme;
import org.pizhu.ui.speakers.AnalyzerSpeakerSource;
import org.pizhu.ui.speakers.SpeakerSource;

/**
 * The desktop application: wires the real services (preferences, background threads, dialogs, file loading, script
 * conversion, speakers) into the view models and views, and opens the built-in sample.
 */
public final class PizhuApp extends Application {
    private static final System.Logger LOG = System.getLogger("org.pizhu.ui");
    private FxBackgroundRunner runner;
    private volatile Library library;
    private LaunchRequests launches;
    private FirstScreenKeeper keeper;
    /** How long the JavaFX thread stays free after the first frame, for the window to be mapped and painted. */
    private static final long FIRST_FRAME_GRACE_MS = 600;

    @Override
    public void start(Stage stage) {
        Path libraryFile = LibraryPaths.resolve(explicitLibrary());
        Path screenFile = FirstScreen.fileFor(libraryFile);
        Optional<FirstScreen> kept = FirstScreen.read(screenFile);
        // Reopening the last document (no files asked for): its last screen is the first frame, as plain text nodes.
        Optional<FirstScreen> first = kept.filter(f -> getParameters().getRaw().isEmpty() && f.paragraphs() > 0);
        WindowPlacement place = kept.map(FirstScreen::placement).orElse(WindowPlacement.standard()).fittedToScreens();
        StackPane page = new StackPane();
        page.getStyleClass().add("reader-pane");
        Node overlay = first.map(f -> (Node) f.node()).orElse(null);
        if (overlay != null) {
            page.getChildren().add(overlay);
        }
        Scene scene = new Scene(page, place.width(), place.height());
        if (overlay == null) {
            scene.getStylesheets().add(PizhuApp.class.getResource("pizhu.css").toExternalForm());
        }
        stage.setScene(scene);
        stage.setTitle(first.map(FirstScreen::title).orElse("Pizhu"));
        place.applyTo(stage);
        stage.show();
        first.ifPresent(f -> LaunchRequests.reportFirstScreen(scene, f.paragraphs()));
        if (Long.getLong(FastStart.LAUNCH_START) != null) {
            ProcessHandle.current().info().startInstant().ifPresent(i -> timing("child JVM started",
                    Instant.ofEpochMilli(Long.getLong(FastStart.LAUNCH_START)), i));
        }
        timing("window shown");
        // Everything else waits for the first frame: building the window takes seconds on a cold JVM.
        Pulses.afterLayoutWhen(scene, () -> true, () -> afterFirstFrame(() -> {
            timing("first frame");
            java.util.concurrent.CompletableFuture<Library> opening =
                    java.util.concurrent.CompletableFuture.supplyAsync(this::openLibrary);
            org.pizhu.app.Diagnostics.start(Boolean.getBoolean("pizhu.verbose"));
            SettingsStore settings = PreferencesSettingsStore.forUser();
            CrashReporter.install(new Messages(Messages.localeFor(settings.get("language", ""))));
            if (overlay != null) {
                scene.getStylesheets().add(PizhuApp.class.getResource("pizhu.css").toExternalForm());
            }
            runner = new FxBackgroundRunner();
            BlockTextConverter converter = new ScriptLayerConverter();
            Services services = new Services(new DirectDocumentLoader(), new AnalyzerSpeakerSource(), converter,
                    runner, settings, opened(opening));
            MainView view = install(stage, scene, services);
            timing("controls built");
            if (overlay != null) {
                page.getChildren().add(overlay);
                first.ifPresent(f -> FirstScreenKeeper.replaceWhenShown(view, page, overlay, f));
            }
            keeper = new FirstScreenKeeper(stage, screenFile);
            view.viewModel().reader().documentProperty().addListener((o, a, d) -> {
                Platform.runLater(() -> timing("document shown"));
                PauseTransition idle = new PauseTransition(javafx.util.Duration.seconds(2));
                idle.setOnFinished(e -> {
                    view.reader().preloadFonts();
                    runner.run(() -> {
                        converter.warmUp();
                        return true;
                    }, ok -> { }, runner.reportFailureOf("Loading the script dictionaries"));
                });
                idle.play();
            });
            String measure = System.getProperty("pizhu.measure", "");
            if (!measure.isEmpty()) {
                new PerformanceProbe(view, scene, converter).run(Path.of(measure));
            }
            launches = LaunchRequests.start(stage, view, runner, getParameters().getRaw(), () -> openFirst(view));
            view.reader().area().requestFocus();
        }));
    }

    /**
     * Runs {@code then} a moment after the first frame: the window system maps the window and takes its first frame
     * while the JavaFX thread runs its event loop, so that thread stays free for {@link #FIRST_FRAME_GRACE_MS} before
     * the seconds of building the rest (with less, the window stayed blank until the rest was built on a loaded
     * machine). A timer thread, not an animation, which would ask for pulses itself.
     */
    private static void afterFirstFrame(Runnable then) {
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(FIRST_FRAME_GRACE_MS);
                Platform.runLater(then);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pizhu-first-frame");
        later.setDaemon(true);
        later.start();
    }

    /** With {@code -Dpizhu.timing=true}, prints how long after the launch {@code event} happened. */
    private static void timing(String event) {
        Instant started = Long.getLong(FastStart.LAUNCH_START) != null
                ? Instant.ofEpochMilli(Long.getLong(FastStart.LAUNCH_START))
                : ProcessHandle.current().info().startInstant().orElse(Instant.now());
        timing(event, started, Instant.now());
    }

    private static void timing(String event, Instant from, Instant to) {
        if (Boolean.getBoolean("pizhu.timing")) {
            System.err.println("pizhu: " + event + " " + Duration.between(from, to).toMillis()
                    + " ms after process start");
        }
    }

    /** The library opened in the background, or null (reported) when it cannot be opened: the window still reads. */
    private static Library opened(java.util.concurrent.CompletableFuture<Library> opening) {
        try {
            return opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    "The library cannot be opened: " + cause.getMessage());
            alert.show();
            return null;
        }
    }

    /** The library: {@code -Dpizhu.library=FILE}, else {@code PIZHU_LIBRARY}, else the platform's data folder. */
    private Library openLibrary() {
        Path explicit = explicitLibrary();
        library = explicit == null ? Library.openDefault() : Library.open(explicit);
        return library;
    }

    private static Path explicitLibrary() {
        String explicit = System.getProperty("pizhu.library", "");
        return explicit.isBlank() ? null : Path.of(explicit);
    }

    @Override
    public void stop() {
        if (keeper != null) {
            keeper.close();
        }
        if (launches != null) {
            launches.close();
        }
        if (runner != null) {
            runner.close();
        }
        if (library != null) {
            library.close();
        }
    }

    private static void openFirst(MainView view) {
        Workspace w = workspace(view);
        if (w != null) {
            w.openInitial();
        } else {
            view.viewModel().openSample();
        }
    }

    /**
     * Builds the window on {@code stage} from {@code services}, shows it and opens the sample; returns the view.
     * Tests call this with their own services.
     */
    public static MainView show(Stage stage, Services services) {
        Scene scene = emptyScene();
        stage.setScene(scene);
        stage.show();
        MainView view = install(stage, scene, services);
        openFirst(view);
        return view;
    }

    /** A window-sized scene with the app's style sheet and an empty page, shown while the rest is built. */
    private static Scene emptyScene() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        StackPane page = new StackPane();
        page.getStyleClass().add("reader-pane");
        Scene scene = new Scene(page, Math.min(1280, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(PizhuApp.class.getResource("pizhu.css").toExternalForm());
        return scene;
    }

    private static MainView install(Stage stage, Scene scene, Services services) {
        SettingsStore store = services.settings();
        Messages messages = new Messages(Messages.localeFor(store.get("language", "")));
        DeferredDialogs dialogs = new DeferredDialogs();
        List<String> families = Font.getFamilies();
        timing("fonts listed");
        LibraryDocumentLoader libraryLoader = services.library() == null ? null
                : new LibraryDocumentLoader(services.library(), services.loader());
        MainViewModel vm = new MainViewModel(libraryLoader != null ? libraryLoader : services.loader(),
                services.speakers(), services.converter(), services.runner(), dialogs, store, families, messages);
        MainView view = new MainView(vm);
        if (libraryLoader != null) {
            Workspace workspace = new Workspace(view, libraryLoader, services.converter(), services.runner(), dialogs,
                    store);
            view.node().getProperties().put(Workspace.class, workspace);
            workspace.installShortcuts(scene);
        }
        // The view goes into the page already on screen, whose root carries the theme: the reader's cells apply
        // CSS as soon as they get a scene, and the theme's looked-up colours are defined on the root.
        applyTheme(scene.getRoot(), vm.settings().themeProperty().get());
        ((StackPane) scene.getRoot()).getChildren().setAll(view.node());
        view.installShortcuts(scene);
        vm.settings().themeProperty().addListener((o, a, t) -> applyTheme(scene.getRoot(), t));
        stage.titleProperty().bind(vm.titleBinding());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        dialogs.target = new FxDialogs(stage, messages);
        scene.getRoot().getProperties().put(MainView.class, view);
        vm.settings().languageProperty().addListener((o, a, b) -> Platform.runLater(() ->
                rebuild(stage, scene, services, view)));
        return view;
    }

    /** Builds the window again in the interface language just chosen, on the same document and place. */
    private static void rebuild(Stage stage, Scene scene, Services services, MainView old) {
        org.pizhu.document.Document doc = old.viewModel().reader().documentProperty().get();
        old.close();
        stage.titleProperty().unbind();
        MainView fresh = install(stage, scene, services);
        if (workspace(fresh) == null && doc != null) {
            fresh.viewModel().openWith(() -> doc);
        } else {
            openFirst(fresh);
        }
        fresh.reader().area().requestFocus();
    }

    /** The window's current view on {@code scene} (a new one after the interface language changes). */
    public static MainView view(Scene scene) {
        return (MainView) scene.getRoot().getProperties().get(MainView.class);
    }

    private static void applyTheme(javafx.scene.Parent root, Theme theme) {
        for (Theme t : Theme.values()) {
            root.getStyleClass().remove(t.styleClass());
        }
        root.getStyleClass().add((theme == null ? Theme.LIGHT : theme).styleClass());
    }

    /**
     * The side-effecting services the window is built from.
     *
     * @param loader    opens documents (the library, once it exists)
     * @param speakers  finds speakers
     * @param converter converts scripts
     * @param runner    runs work off the JavaFX thread
     * @param settings  remembers settings
     * @param library   the library documents are kept in, or null to read files without one
     */
    public record Services(DocumentLoader loader, SpeakerSource speakers, BlockTextConverter converter,
                           BackgroundRunner runner, SettingsStore settings, Library library) {
        /** Services without a library: files are read directly and cannot be annotated. */
        public Services(DocumentLoader loader, SpeakerSource speakers, BlockTextConverter converter,
                        BackgroundRunner runner, SettingsStore settings) {
            this(loader, speakers, converter, runner, settings, null);
        }
    }

    /** The library features of a window built by {@link #show}, or null when it has no library. */
    public static Workspace workspace(MainView view) {
        return (Workspace) view.node().getProperties().get(Workspace.class);
    }

    /** Dialogs that forward to the stage's dialogs once the stage exists. */
    private static final class DeferredDialogs implements Dialogs {
        private Dialogs target;

        @Override
        public java.util.Optional<java.nio.file.Path> chooseTextFile() {
            return target == null ? java.util.Optional.empty() : target.chooseTextFile();
        }

        @Override
        public List<java.nio.file.Path> chooseImportFiles() {
            return target == null ? List.of() : target.chooseImportFiles();
        }

        @Override
        public boolean confirm(String title, String message) {
            return target != null && target.confirm(title, message);
        }

        @Override
        public java.util.Optional<java.nio.file.Path> chooseSaveFile(String suggested) {
            return target == null ? java.util.Optional.empty() : target.chooseSaveFile(suggested);
        }

        @Override
        public void showError(String title, String message) {
            if (target == null) {
                LOG.log(System.Logger.Level.ERROR, title + ": " + message);
            } else {
                target.showError(title, message);
            }
        }
    }
}
