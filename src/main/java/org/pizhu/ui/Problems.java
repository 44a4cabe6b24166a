package org.pizhu.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Failures of background work that nobody else handles: each is logged with its stack trace and shown to the user as
 * the latest problem (the status line shows it until the next one or until it is cleared). Call on the JavaFX thread
 * (background runners deliver failures there).
 */
public final class Problems {
    private static final System.Logger LOG = System.getLogger("org.pizhu.ui");

    private final ReadOnlyStringWrapper latest = new ReadOnlyStringWrapper(this, "latest", "");
    private final boolean log;

    /** Problems that are logged here when reported. */
    public Problems() {
        this(true);
    }

    /** Problems that are logged here when reported if {@code log} (false when the runner already logged them). */
    public Problems(boolean log) {
        this.log = log;
    }

    /** Logs that {@code action} failed with {@code error} and makes it the latest problem shown to the user. */
    public void report(String action, Throwable error) {
        if (log) {
            LOG.log(System.Logger.Level.WARNING, action + " failed", error);
        }
        String message = error == null || error.getMessage() == null || error.getMessage().isBlank()
                ? (error == null ? "" : error.getClass().getSimpleName()) : error.getMessage();
        latest.set(message.isEmpty() ? action : action + ": " + message);
    }

    /** Forgets the latest problem (e.g. when another document is shown). */
    public void clear() {
        latest.set("");
    }

    /** The latest problem as "action: message", or empty. */
    public ReadOnlyStringProperty latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
