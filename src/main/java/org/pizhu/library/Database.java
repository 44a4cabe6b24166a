package org.pizhu.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One open connection to a library file, checked before anything is written: the folder exists and is writable, the
 * file is an SQLite database made by Pizhu and not by a newer version, and it passes {@code integrity_check}. Then
 * WAL mode, foreign keys, a busy timeout, and forward migration. All writes go through {@link #write}, one at a time on
 * the writer connection; reads go through {@link #read} on a small pool of read-only connections, each in its own read
 * transaction (a consistent snapshot), so in WAL mode a read never waits for a write, however long it takes.
 */
final class Database implements AutoCloseable {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** Work done inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection conn) throws SQLException;
    }

    /** How long after a write its WAL frames are synced to disk (when not synced at every commit). */
    static final long SYNC_DELAY_MILLIS = 1000;

    /** At most this many read connections are open at once; more concurrent readers wait for one. */
    static final int MAX_READERS = 4;

    private final Path path;
    private final Connection conn;
    private final int busyTimeoutMillis;
    private final ScheduledExecutorService syncer;
    private final BlockingQueue<Connection> idleReaders = new LinkedBlockingQueue<>();
    private final Semaphore readerPermits = new Semaphore(MAX_READERS);
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);
    private volatile boolean closed;
    private volatile boolean writeInProgress;
    private boolean syncPending;

    private Database(Path path, Connection conn, LibraryOptions options) {
        this.path = path;
        this.conn = conn;
        this.busyTimeoutMillis = options.busyTimeoutMillis();
        boolean syncEveryCommit = options.syncEveryCommit();
        this.syncer = syncEveryCommit ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pizhu-library-sync");
            t.setDaemon(true);
            return t;
        });
    }

    static Database open(Path file, LibraryOptions options) {
        NativeSqlite.prepare();
        Path path = file.toAbsolutePath().normalize();
        checkFile(path);
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(options.busyTimeoutMillis());
        Connection conn;
        try {
            conn = config.createConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            throw new LibraryException("cannot open the library " + path + ": " + e.getMessage(), e);
        }
        Database db = new Database(path, conn, options);
        try {
            db.prepare(options);
            return db;
        } catch (SQLException e) {
            db.close();
            throw db.translate(e, "open");
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static void checkFile(Path path) {
        Path dir = path.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new LibraryException("the folder " + dir + " does not exist; create it or choose another library path");
        }
        if (Files.isDirectory(path)) {
            throw new LibraryException(path + " is a folder, not a library file");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new LibraryException(path + " is not a regular file (a device or a pipe), so it cannot be a library;"
                    + " it was left untouched");
        }
        if (Files.exists(path)) {
            byte[] head = new byte[SQLITE_HEADER.length];
            int n;
            try (InputStream in = Files.newInputStream(path)) {
                n = in.readNBytes(head, 0, head.length);
            } catch (IOException e) {
                throw new LibraryException("cannot read the library " + path + ": " + e.getMessage(), e);
            }
            if (n > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
                throw new LibraryException(path + " is not a Pizhu library (not an SQLite database); it was left untouched");
            }
            if (!Files.isWritable(path)) {
                throw new LibraryException("the library " + path + " is read-only; Pizhu needs to write to it");
            }
        }
        if (!Files.isWritable(dir)) {
            throw new LibraryException("the folder " + dir + " is read-only; Pizhu needs to write the library there");
        }
    }

    private void prepare(LibraryOptions options) throws SQLException {
        int version = intPragma("user_version");
        int appId = intPragma("application_id");
        if (version < 0) {
            throw new LibraryException(path + " has an impossible schema version (" + version
                    + "); it is not a Pizhu library or it is damaged; it was left untouched");
        }
        if (version > Schema.CURRENT) {
            throw new LibraryException("the library " + path + " was written by a newer version of Pizhu (schema "
                    + version + "; this version reads up to " + Schema.CURRENT + "); it was left untouched");
        }
        if (appId != 0 && appId != Schema.APPLICATION_ID || appId == 0 && version == 0 && hasTables()) {
            throw new LibraryException(path + " is an SQLite database of another application, not a Pizhu library;"
                    + " it was left untouched");
        }
        if (options.integrityCheck() && version > 0 && fileSize() <= options.blockingCheckBytes()) {
            String result = integrityCheck(conn);
            if (!result.equals("ok")) {
                throw new LibraryException("the library " + path + " is damaged (" + result
                        + "); restore a backup with 'pizhu restore BACKUP'");
            }
        }
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = " + (options.syncEveryCommit() ? "FULL" : "NORMAL"));
            if (!options.syncEveryCommit()) {
                st.execute("PRAGMA wal_autocheckpoint = 0");
            }
        }
        write(c -> {
            int v = intPragma("user_version");
            if (v < Schema.CURRENT) {
                Schema.migrate(c, v);
            }
            if (SearchKeys.stale(c)) {
                SearchKeys.refresh(c);
            }
            return null;
        });
    }

    long fileSize() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private boolean hasTables() throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private int intPragma(String name) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The result of {@code PRAGMA integrity_check} on {@code c}: {@code "ok"} or the first problems found. */
    static String integrityCheck(Connection c) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check(5)")) {
            while (rs.next()) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(rs.getString(1));
            }
        }
        return sb.toString();
    }

    /** Runs {@code work} in an immediate write transaction: all of it is committed, or none of it. */
    synchronized <T> T write(Work<T> work) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
        }
        boolean done = false;
        writing.set(true);
        writeInProgress = true;
        try {
            T result = work.run(conn);
            try (Statement st = conn.createStatement()) {
                st.execute("COMMIT");
            }
            done = true;
            scheduleSync();
            return result;
        } finally {
            writing.set(false);
            writeInProgress = false;
            if (!done) {
                try (Statement st = conn.createStatement()) {
                    st.execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // The transaction is already gone (SQLite rolls back on some errors); nothing left to undo.
                }
            }
        }
    }

    /**
     * With {@code synchronous=NORMAL} a commit is safe from crashes of the app but reaches the disk only at the next
     * checkpoint; this runs a passive checkpoint (which syncs the WAL) shortly after the last write, so at most about
     * {@link #SYNC_DELAY_MILLIS} of work is exposed to a power cut, while saving stays fast. SQLite's own automatic
     * checkpoint is off in this mode: it would copy a large import's pages into the database inside the commit (a
     * quarter of a second for a 5 MB text), on the caller's thread.
     */
    private void scheduleSync() {
        if (syncer == null || syncPending) {
            return;
        }
        syncPending = true;
        syncer.schedule(this::sync, SYNC_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void sync() {
        syncPending = false;
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException ignored) {
            // Closed or busy: the next write schedules another checkpoint, and closing checkpoints too.
        }
    }

    /**
     * Runs read-only {@code work} in a read transaction on a pooled read connection: it sees the last committed state
     * and never waits for a write in progress. Called inside {@link #write} it runs on the writer connection instead,
     * so it sees that transaction's own changes.
     */
    <T> T read(Work<T> work) throws SQLException {
        if (writing.get()) {
            return work.run(conn);
        }
        Connection reader = takeReader();
        boolean healthy = false;
        try {
            try (Statement st = reader.createStatement()) {
                st.execute("BEGIN DEFERRED");
            }
            T result;
            try {
                result = work.run(reader);
            } finally {
                try (Statement st = reader.createStatement()) {
                    st.execute("COMMIT");
                }
            }
            healthy = true;
            return result;
        } finally {
            giveBack(reader, healthy);
        }
    }

    private Connection takeReader() throws SQLException {
        if (closed) {
            throw new SQLException("the library is closed");
        }
        try {
            readerPermits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to read the library", e);
        }
        Connection reader = idleReaders.poll();
        if (reader != null) {
            return reader;
        }
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(busyTimeoutMillis);
            return config.createConnection("jdbc:sqlite:" + path);
        } catch (SQLException | RuntimeException e) {
            readerPermits.release();
            throw e;
        }
    }

    private void giveBack(Connection reader, boolean healthy) {
        if (healthy && !closed) {
            idleReaders.add(reader);
        } else {
            closeQuietly(reader);
        }
        readerPermits.release();
        if (closed) {
            closeIdleReaders();
        }
    }

    private void closeIdleReaders() {
        for (Connection c; (c = idleReaders.poll()) != null; ) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // A read connection holds no changes; failing to close it loses nothing.
        }
    }

    /** A message for the user about a failed {@code action}; busy and damaged files get their own wording. */
    LibraryException translate(SQLException e, String action) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code) {
                return new LibraryException("the library " + path + " is in use by another Pizhu process; try again"
                        + " when it is idle", e);
            }
            if (code != null && ((code.code & 0xff) == SQLiteErrorCode.SQLITE_CORRUPT.code
                    || (code.code & 0xff) == SQLiteErrorCode.SQLITE_NOTADB.code)) {
                return new LibraryException("the library " + path + " is damaged; restore a backup with"
                        + " 'pizhu restore BACKUP'", e);
            }
            if (code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_READONLY.code) {
                return new LibraryException("the library " + path + " is read-only", e);
            }
            if (code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_FULL.code) {
                return new LibraryException("the disk holding " + path + " is full", e);
            }
        }
        return new LibraryException("cannot " + action + " (library " + path + "): " + e.getMessage(), e);
    }

    Path path() {
        return path;
    }

    /** Whether a write transaction is open right now (for tests of reads running beside it). */
    boolean writeInProgress() {
        return writeInProgress;
    }

    Connection connection() {
        return conn;
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeIdleReaders();
        if (syncer != null) {
            syncer.shutdownNow();
        }
        try {
            conn.close();
        } catch (SQLException ignored) {
            // Closing a connection that failed to open; the error that caused it was already reported.
        }
    }
}
