package org.pizhu.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** A {@link BackgroundRunner} on a small pool of daemon threads, reporting back through JavaFX {@link Task}s. */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {
    /**
     * More threads than cores: a short task the reader waits for (converting the visible text to another script) must
     * not queue behind long ones (storing a new document, finding its speakers); the cores are shared instead.
     */
    private static final int THREADS = 4;

    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "pizhu-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        executor.execute(task);
    }

    /** Runs {@code action} on the JavaFX thread later. */
    public static void later(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
