package org.pizhu.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs background work at once on the calling thread, for view model tests. */
public final class InlineRunner implements BackgroundRunner {
    private final Problems problems = new Problems();

    @Override
    public Problems problems() {
        return problems;
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return Cancellable.DONE;
        }
        onSuccess.accept(result);
        return Cancellable.DONE;
    }
}
