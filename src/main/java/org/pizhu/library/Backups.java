package org.pizhu.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Backup and restore with SQLite's online backup API: a backup is a consistent snapshot even while the library is in
 * use, written to a temporary file, checked, then moved into place; a restore checks the backup first and keeps the
 * replaced library beside the new one.
 */
final class Backups {
    private Backups() {
    }

    static void backup(Database db, Path target) {
        Path dest = target.toAbsolutePath().normalize();
        if (Files.exists(dest)) {
            throw new LibraryException(dest + " already exists; choose a new file name for the backup");
        }
        if (dest.getParent() == null || !Files.isDirectory(dest.getParent())) {
            throw new LibraryException("the folder " + dest.getParent() + " does not exist");
        }
        Path partial = dest.resolveSibling(dest.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            synchronized (db) {
                ((SQLiteConnection) db.connection()).getDatabase().backup("main", partial.toString(), null, 100, 3, -1);
            }
            String check = check(partial);
            if (!check.equals("ok")) {
                throw new LibraryException("the backup failed its integrity check (" + check + "); nothing was written");
            }
            Files.move(partial, dest, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw db.translate(e, "write the backup " + dest);
        } catch (IOException e) {
            throw new LibraryException("cannot write the backup " + dest + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Best effort: a stale .partial file is harmless and is replaced by the next backup.
            }
        }
    }

    static Path restore(Path backup, Path library) {
        Path src = backup.toAbsolutePath().normalize();
        Path dest = library.toAbsolutePath().normalize();
        if (!Files.isRegularFile(src)) {
            throw new LibraryException("no backup file " + src);
        }
        Path probeFile = copyForProbe(src);
        try (Library probe = Library.open(probeFile)) {
            probe.checkIntegrity();
        } finally {
            try {
                Files.deleteIfExists(probeFile);
                Files.deleteIfExists(probeFile.getParent());
            } catch (IOException ignored) {
                // A leftover copy in the temporary folder is harmless.
            }
        }
        Path kept = dest.resolveSibling(dest.getFileName() + ".replaced-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            if (Files.exists(dest)) {
                SQLiteConfig config = new SQLiteConfig();
                config.setBusyTimeout(5000);
                try (Connection c = config.createConnection("jdbc:sqlite:" + dest)) {
                    ((SQLiteConnection) c).getDatabase().backup("main", kept.toString(), null, 100, 3, -1);
                    ((SQLiteConnection) c).getDatabase().restore("main", src.toString(), null, 100, 3, -1);
                }
            } else {
                Files.copy(src, dest);
            }
        } catch (SQLException e) {
            throw new LibraryException("cannot restore " + src + " into " + dest + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new LibraryException("cannot restore " + src + " into " + dest + ": " + e.getMessage(), e);
        }
        try (Library restored = Library.open(dest)) {
            restored.checkIntegrity();
        }
        return Files.exists(kept) ? kept : null;
    }

    /** Checks a backup on a temporary copy, so a backup of an older schema is never migrated in place. */
    private static Path copyForProbe(Path src) {
        try {
            Path dir = Files.createTempDirectory("pizhu-restore");
            Path copy = dir.resolve("probe.db");
            Files.copy(src, copy);
            return copy;
        } catch (IOException e) {
            throw new LibraryException("cannot check the backup " + src + ": " + e.getMessage(), e);
        }
    }

    private static String check(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no result";
        }
    }
}
