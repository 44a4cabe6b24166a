package org.pizhu.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * A {@link BackgroundRunner} on a small pool of daemon threads, reporting back through JavaFX {@link Task}s. Every
 * failure is logged with its stack trace before the caller's handler sees it.
 */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.pizhu.ui");

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

    private final Problems problems = new Problems(false);

    @Override
    public Problems problems() {
        return problems;
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, "background work failed", task.getException());
            onFailure.accept(task.getException());
        });
        executor.execute(task);
        return () -> task.cancel(true);
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
