package org.pizhu.ui;

/** Background work that can be called off: it stops as soon as it can, and its result is never delivered. */
@FunctionalInterface
public interface Cancellable {
    /** Work that is already done: cancelling it does nothing. */
    Cancellable DONE = () -> { };

    /** Calls the work off; harmless when it has finished. */
    void cancel();
}
