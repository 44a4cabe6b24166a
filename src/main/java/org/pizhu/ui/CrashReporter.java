package org.pizhu.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import org.pizhu.app.Diagnostics;

/**
 * The uncaught-exception handler of the window's process: every exception that escapes a thread (the JavaFX thread
 * included) is logged with its stack trace, and the user sees a dialog saying what happened and where the log is
 * (at most one dialog every few seconds, so a failure repeated at each frame does not bury the window).
 */
final class CrashReporter implements Thread.UncaughtExceptionHandler {
    private static final System.Logger LOG = System.getLogger("org.pizhu.ui");
    private static final Duration QUIET = Duration.ofSeconds(5);

    private final Messages messages;
    private Instant lastShown = Instant.MIN;

    private CrashReporter(Messages messages) {
        this.messages = messages;
    }

    /** Makes a reporter the default handler of every thread. */
    static void install(Messages messages) {
        Thread.setDefaultUncaughtExceptionHandler(new CrashReporter(messages));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "uncaught exception in thread " + thread.getName(), error);
        try {
            Platform.runLater(() -> show(error));
        } catch (IllegalStateException toolkitGone) {
            // The window is closing: the log has it.
        }
    }

    private void show(Throwable error) {
        Instant now = Instant.now();
        if (Duration.between(lastShown, now).compareTo(QUIET) < 0) {
            return;
        }
        lastShown = now;
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.unexpected"));
        String what = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Label text = new Label(what + "\n\n" + messages.get("about.log", Diagnostics.logFile()
                .map(Object::toString).orElse(Diagnostics.logFolder().toString())));
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
