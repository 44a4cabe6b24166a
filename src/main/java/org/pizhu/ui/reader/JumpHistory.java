package org.pizhu.ui.reader;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Where the reader was before each jump, for back (Alt+←) and forward (Alt+→), as a browser keeps it. */
final class JumpHistory {
    private final Deque<ReadingPosition> backward = new ArrayDeque<>();
    private final Deque<ReadingPosition> forward = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");

    /** Records {@code from} before a jump; the forward steps are forgotten. */
    void jumpedFrom(ReadingPosition from) {
        backward.push(from);
        forward.clear();
        update();
    }

    /** The place before the last jump, remembering {@code current} for forward; empty when there is none. */
    Optional<ReadingPosition> back(ReadingPosition current) {
        return step(backward, forward, current);
    }

    /** The place {@link #back} left, remembering {@code current} for back; empty when there is none. */
    Optional<ReadingPosition> forward(ReadingPosition current) {
        return step(forward, backward, current);
    }

    /** Forgets everything (another document is shown). */
    void clear() {
        backward.clear();
        forward.clear();
        update();
    }

    private Optional<ReadingPosition> step(Deque<ReadingPosition> from, Deque<ReadingPosition> to,
                                           ReadingPosition current) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        to.push(current);
        ReadingPosition next = from.pop();
        update();
        return Optional.of(next);
    }

    private void update() {
        canGoBack.set(!backward.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }

    ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }
}
