package org.pizhu.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
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

    /**
     * Replaces {@code library} with {@code backup}. The backup is checked in full first (an SQLite file with Pizhu's
     * application id and a schema version this build reads, passing {@code integrity_check} and opening as a library)
     * on a private copy (in a hidden folder beside the library, removed afterwards, or by the next restore if this one
     * is killed), so nothing is touched, and nothing is written beside the backup, when it is refused. The
     * replaced library is kept under a name no other restore uses.
     *
     * @return the kept copy of the replaced library, or null when there was none
     */
    static Path restore(Path backup, Path library) {
        NativeSqlite.prepare();
        Path src = backup.toAbsolutePath().normalize();
        Path dest = library.toAbsolutePath().normalize();
        if (!Files.isRegularFile(src)) {
            throw new LibraryException(Files.exists(src) ? "the backup " + src + " is not a regular file"
                    : "no backup file " + src);
        }
        if (Files.exists(dest) && !Files.isRegularFile(dest)) {
            throw new LibraryException("the library " + dest + " is not a regular file; nothing was restored");
        }
        checkHeader(src);
        Path probeDir;
        try {
            removeStaleProbes(dest);
            probeDir = Files.createDirectory(dest.resolveSibling("." + dest.getFileName() + ".restore-"
                    + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime())));
        } catch (IOException e) {
            throw new LibraryException("cannot check the backup " + src + ": " + e.getMessage(), e);
        }
        try {
            Path probe = probeDir.resolve("backup.db");
            try {
                Files.copy(src, probe);
                String result = check(probe);
                if (!result.equals("ok")) {
                    throw new LibraryException("the backup " + src + " is damaged (" + result + "); nothing was restored");
                }
            } catch (IOException | SQLException e) {
                throw new LibraryException("the backup " + src + " cannot be read (" + e.getMessage()
                        + "); nothing was restored", e);
            }
            try (Library checked = Library.open(probe)) {
                checked.checkIntegrity();
            } catch (LibraryException e) {
                throw new LibraryException("cannot restore from " + src + ": "
                        + e.getMessage().replace(probe.toString(), src.toString()), e);
            }
            return replace(probe, src, dest);
        } finally {
            deleteTree(probeDir);
        }
    }

    /** Size, SQLite header, application id and schema version, read from the file without opening it as a database. */
    private static void checkHeader(Path src) {
        byte[] head = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(src)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new LibraryException("cannot read the backup " + src + ": " + e.getMessage(), e);
        }
        if (n < head.length || !new String(head, 0, 16, StandardCharsets.ISO_8859_1).equals("SQLite format 3\0")) {
            throw new LibraryException(src + " is not a Pizhu library backup (" + (n == 0 ? "it is empty"
                    : "not an SQLite database") + "); nothing was restored");
        }
        ByteBuffer b = ByteBuffer.wrap(head);
        int version = b.getInt(60);
        int appId = b.getInt(68);
        if (appId != Schema.APPLICATION_ID) {
            throw new LibraryException(src + " is not a Pizhu library backup (an SQLite database of another"
                    + " application); nothing was restored");
        }
        if (version < 1 || version > Schema.CURRENT) {
            throw new LibraryException("the backup " + src + " has schema version " + version + ", which this version"
                    + " of Pizhu cannot read (1 to " + Schema.CURRENT + "); nothing was restored");
        }
    }

    private static Path replace(Path probe, Path src, Path dest) {
        if (!Files.exists(dest)) {
            try {
                Files.copy(probe, dest);
                return null;
            } catch (IOException e) {
                throw new LibraryException("cannot restore " + src + " into " + dest + ": " + e.getMessage(), e);
            }
        }
        Path kept = reserveKeptName(dest);
        boolean done = false;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(5000);
            try (Connection c = config.createConnection("jdbc:sqlite:" + dest)) {
                ((SQLiteConnection) c).getDatabase().backup("main", kept.toString(), null, 100, 3, -1);
                ((SQLiteConnection) c).getDatabase().restore("main", probe.toString(), null, 100, 3, -1);
            }
            done = true;
        } catch (SQLException e) {
            throw new LibraryException("cannot restore " + src + " into " + dest + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                deleteQuietly(kept);
            }
        }
        try (Library restored = Library.open(dest)) {
            restored.checkIntegrity();
        }
        return kept;
    }

    /** {@code LIBRARY.replaced-DATE-TIME}, with {@code -2}, {@code -3}… added when taken; created empty to hold it. */
    private static Path reserveKeptName(Path dest) {
        String base = dest.getFileName() + ".replaced-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        for (int i = 1; ; i++) {
            Path kept = dest.resolveSibling(i == 1 ? base : base + "-" + i);
            try {
                Files.createFile(kept);
                return kept;
            } catch (FileAlreadyExistsException e) {
                if (i > 10_000) {
                    throw new LibraryException("cannot find a free name for the replaced library beside " + dest, e);
                }
            } catch (IOException e) {
                throw new LibraryException("cannot keep a copy of the library " + dest + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Removes the check folders ({@code .LIBRARY.restore-PID-…}) of restores that were killed: their process is gone.
     * They sit beside the library (not in the shared temporary folder) so that the next restore finds them.
     */
    private static void removeStaleProbes(Path dest) {
        String prefix = "." + dest.getFileName() + ".restore-";
        try (var siblings = Files.list(dest.getParent())) {
            for (Path p : siblings.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                String rest = p.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                    if (ProcessHandle.of(pid).isEmpty() && Files.isDirectory(p)) {
                        deleteTree(p);
                    }
                } catch (NumberFormatException ignored) {
                    // Not one of ours.
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Cleaning up is a courtesy; the restore itself reports real problems.
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.list(dir)) {
            files.forEach(Backups::deleteQuietly);
        } catch (IOException ignored) {
            // Fall through: the folder itself is removed below if it is empty.
        }
        deleteQuietly(dir);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A leftover in the temporary folder is harmless.
        }
    }

    private static String check(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no result";
        }
    }
}
