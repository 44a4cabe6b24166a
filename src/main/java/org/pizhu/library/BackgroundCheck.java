package org.pizhu.library;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import org.sqlite.SQLiteConfig;

/**
 * {@code PRAGMA integrity_check} of a large library on its own read-only connection and daemon thread, so opening
 * stays instant; the window shows the result if it is not "ok". Cancelled when the library closes.
 */
final class BackgroundCheck {
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private volatile Statement running;
    private volatile boolean cancelled;

    private BackgroundCheck() {
    }

    /** A check that has already run (small libraries are checked before opening). */
    static BackgroundCheck done(String outcome) {
        BackgroundCheck c = new BackgroundCheck();
        c.result.complete(outcome);
        return c;
    }

    static BackgroundCheck start(Path file) {
        BackgroundCheck c = new BackgroundCheck();
        Thread t = new Thread(() -> c.run(file), "pizhu-integrity-check");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return c;
    }

    private void run(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try (Connection conn = config.createConnection("jdbc:sqlite:" + file); Statement st = conn.createStatement()) {
            running = st;
            if (cancelled) {
                result.cancel(false);
                return;
            }
            StringBuilder sb = new StringBuilder();
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check(5)")) {
                while (rs.next()) {
                    sb.append(sb.length() > 0 ? "; " : "").append(rs.getString(1));
                }
            }
            result.complete(sb.toString());
        } catch (SQLException e) {
            if (cancelled) {
                result.cancel(false);
            } else {
                result.complete("cannot check: " + e.getMessage());
            }
        }
    }

    CompletableFuture<String> result() {
        return result;
    }

    void cancel() {
        cancelled = true;
        Statement st = running;
        if (st != null) {
            try {
                st.cancel();
            } catch (SQLException ignored) {
                // The check already finished.
            }
        }
    }
}
