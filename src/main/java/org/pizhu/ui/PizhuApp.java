package org.pizhu.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop application: wires the real services (preferences, background threads, dialogs, file loading, script
 * conversion, speakers) into the view models and views, and opens the built-in sample.
 */
public final class PizhuApp extends Application {
    private FxBackgroundRunner runner;

    @Override
    public void start(Stage stage) {
        runner = new FxBackgroundRunner();
        BlockTextConverter converter = new OpenCcBlockConverter();
        Services services = new Services(new DirectDocumentLoader(), new InterimSpeakerSource(), converter, runner,
                PreferencesSettingsStore.forUser());
        MainView view = show(stage, services);
        if (Boolean.getBoolean("pizhu.timing")) {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            System.err.println("pizhu: window shown " + Duration.between(started, Instant.now()).toMillis()
                    + " ms after process start");
        }
        runner.run(() -> {
            converter.warmUp();
            return true;
        }, ok -> { }, error -> { });
        view.reader().area().requestFocus();
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
    }

    /**
     * Builds the window on {@code stage} from {@code services}, shows it and opens the sample; returns the view.
     * Tests call this with their own services.
     */
    public static MainView show(Stage stage, Services services) {
        SettingsStore store = services.settings();
        Messages messages = new Messages(Messages.localeFor(store.get("language", "")));
        DeferredDialogs dialogs = new DeferredDialogs();
        List<String> families = Font.getFamilies();
        MainViewModel vm = new MainViewModel(services.loader(), services.speakers(), services.converter(),
                services.runner(), dialogs, store, families, messages);
        MainView view = new MainView(vm);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.node(), Math.min(1280, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(PizhuApp.class.getResource("pizhu.css").toExternalForm());
        view.installShortcuts(scene);
        applyTheme(scene, vm.settings().themeProperty().get());
        vm.settings().themeProperty().addListener((o, a, t) -> applyTheme(scene, t));
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleBinding());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        dialogs.target = new FxDialogs(stage, messages);
        stage.show();
        vm.openSample();
        return view;
    }

    private static void applyTheme(Scene scene, Theme theme) {
        for (Theme t : Theme.values()) {
            scene.getRoot().getStyleClass().remove(t.styleClass());
        }
        scene.getRoot().getStyleClass().add((theme == null ? Theme.LIGHT : theme).styleClass());
    }

    /**
     * The side-effecting services the window is built from.
     *
     * @param loader    opens documents (the library, once it exists)
     * @param speakers  finds speakers
     * @param converter converts scripts
     * @param runner    runs work off the JavaFX thread
     * @param settings  remembers settings
     */
    public record Services(DocumentLoader loader, SpeakerSource speakers, BlockTextConverter converter,
                           BackgroundRunner runner, SettingsStore settings) {
    }

    /** Dialogs that forward to the stage's dialogs once the stage exists. */
    private static final class DeferredDialogs implements Dialogs {
        private Dialogs target;

        @Override
        public java.util.Optional<java.nio.file.Path> chooseTextFile() {
            return target == null ? java.util.Optional.empty() : target.chooseTextFile();
        }

        @Override
        public void showError(String title, String message) {
            if (target == null) {
                System.err.println("pizhu: " + title + ": " + message);
            } else {
                target.showError(title, message);
            }
        }
    }
}
