package org.pizhu.ui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Keeps the window's {@link FirstScreen} file current: written once the window has been still for a moment after a
 * scroll, a move, a resize or a new document (so that a killed process leaves a recent one too), and when the window
 * closes. Also swaps the first screen shown at start-up for the real reader.
 */
final class FirstScreenKeeper implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.pizhu.ui");
    private static final Duration IDLE = Duration.millis(1500);
    /** How long the first screen may stay over a reader that never reaches its place (e.g. another file opened). */
    private static final Duration LONGEST = Duration.seconds(4);
    private final Stage stage;
    private final Path file;
    private final PauseTransition idle = new PauseTransition(IDLE);
    private boolean closed;

    /** Keeps the screen of the window on {@code stage} in {@code file}. */
    FirstScreenKeeper(Stage stage, Path file) {
        this.stage = stage;
        this.file = file;
        idle.setOnFinished(e -> write());
        InvalidationListener later = o -> later();
        stage.xProperty().addListener(later);
        stage.yProperty().addListener(later);
        stage.widthProperty().addListener(later);
        stage.heightProperty().addListener(later);
        stage.maximizedProperty().addListener(later);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> close());
        MainView view = PizhuApp.view(stage.getScene());
        if (view != null) {
            var reader = view.viewModel().reader();
            reader.displayedProperty().addListener(later);
            reader.firstVisibleProperty().addListener(later);
            reader.topOffsetProperty().addListener(later);
            reader.shownScriptProperty().addListener(later);
            view.viewModel().settings().themeProperty().addListener(later);
            view.viewModel().settings().fontSizeProperty().addListener(later);
        }
    }

    private void later() {
        if (!closed) {
            idle.playFromStart();
        }
    }

    /** Writes the screen as it is now, if the window shows a document in its reader (not the first screen). */
    void write() {
        Scene scene = stage.getScene();
        MainView view = scene == null ? null : PizhuApp.view(scene);
        if (view == null || view.viewModel().reader().displayedProperty().get() == null
                || scene.lookup("#first-screen") != null || stage.isIconified()) {
            return;
        }
        view.viewModel().savePosition(true);
        try {
            FirstScreen.of(view, WindowPlacement.of(stage)).write(file);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not keep the window's first screen", e);
        }
    }

    /** Writes the screen one last time (the window is closing) and stops following it. */
    @Override
    public void close() {
        if (!closed) {
            idle.stop();
            write();
            closed = true;
        }
    }

    /**
     * Removes {@code overlay} (the first screen {@code first}, on top in {@code page}) after the frame in which
     * {@code view}'s reader shows the same place; at the latest a few seconds after the reader shows a document.
     */
    static void replaceWhenShown(MainView view, StackPane page, Node overlay, FirstScreen first) {
        var reader = view.viewModel().reader();
        Runnable remove = () -> page.getChildren().remove(overlay);
        Pulses.afterLayoutWhen(page.getScene(), () -> reader.displayedProperty().get() != null
                && reader.firstVisibleProperty().get() == first.block()
                && reader.topOffsetProperty().get() == first.offset()
                && !view.reader().visibleBlocks().isEmpty(), remove);
        reader.displayedProperty().addListener((o, a, d) -> {
            PauseTransition latest = new PauseTransition(LONGEST);
            latest.setOnFinished(e -> remove.run());
            latest.play();
        });
    }
}
