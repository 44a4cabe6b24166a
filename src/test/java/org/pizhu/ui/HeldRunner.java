package org.pizhu.ui;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds background work until {@link #runAll}, so view model tests can see the state in between. */
public final class HeldRunner implements BackgroundRunner {
    private final ArrayDeque<Runnable> held = new ArrayDeque<>();
    private final Problems problems = new Problems();

    @Override
    public Problems problems() {
        return problems;
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Runnable task = () -> new InlineRunner().run(work, onSuccess, onFailure);
        held.add(task);
        return () -> held.remove(task);
    }

    /** How many tasks are waiting. */
    public int waiting() {
        return held.size();
    }

    /** Runs the waiting tasks, and any they start, in order. */
    public void runAll() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
    }
}
