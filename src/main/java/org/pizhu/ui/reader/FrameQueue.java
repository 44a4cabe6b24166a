package org.pizhu.ui.reader;

import java.util.ArrayDeque;
import javafx.animation.AnimationTimer;

/**
 * Work for the JavaFX thread cut into chunks and run one chunk per frame, in order, so that long documents load and
 * convert without freezing the window.
 */
final class FrameQueue {
    private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
    private boolean running;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            Runnable next = pending.poll();
            if (next != null) {
                next.run();
            }
            if (pending.isEmpty()) {
                stop();
                running = false;
            }
        }
    };

    /** Queues {@code chunk} behind the work already queued. */
    void add(Runnable chunk) {
        pending.add(chunk);
        if (!running) {
            running = true;
            frames.start();
        }
    }

    /** Whether nothing is queued. */
    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Drops all queued work. */
    void clear() {
        pending.clear();
    }

    /** Runs all queued work now. */
    void flush() {
        for (Runnable next = pending.poll(); next != null; next = pending.poll()) {
            next.run();
        }
    }
}
