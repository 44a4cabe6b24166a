package org.pizhu.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work off the JavaFX thread and hands the result back on it; tests pass one that runs inline. */
public interface BackgroundRunner {
    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the JavaFX thread; neither
     * is called once the returned handle is cancelled (the work's thread is interrupted).
     */
    <T> Cancellable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Where failures of background work go when the caller has nothing better to do: the log and the status line. */
    Problems problems();

    /** A failure handler that reports that {@code action} failed (logged, and shown in the status line). */
    default Consumer<Throwable> reportFailureOf(String action) {
        return error -> problems().report(action, error);
    }
}
