package org.pizhu.library;

/**
 * How a library is opened.
 *
 * @param busyTimeoutMillis how long to wait for another process's write to finish before reporting the library busy
 * @param integrityCheck    whether to run {@code PRAGMA integrity_check} on open
 * @param syncEveryCommit   {@code synchronous=FULL}: each commit is synced to disk before it returns; otherwise
 *                          {@code NORMAL} with the WAL synced about a second after the last write (crash-safe either way;
 *                          a power cut can lose at most that last second)
 */
public record LibraryOptions(int busyTimeoutMillis, boolean integrityCheck, boolean syncEveryCommit) {
    /** The defaults: 5 s busy timeout, integrity check on open, WAL synced a second after the last write. */
    public static LibraryOptions defaults() {
        return new LibraryOptions(5000, true, false);
    }

    /** The same options with another busy timeout. */
    public LibraryOptions withBusyTimeout(int millis) {
        return new LibraryOptions(millis, integrityCheck, syncEveryCommit);
    }

    /** The same options with or without a sync to disk at every commit. */
    public LibraryOptions withSyncEveryCommit(boolean sync) {
        return new LibraryOptions(busyTimeoutMillis, integrityCheck, sync);
    }

    /** The same options with or without the integrity check on open. */
    public LibraryOptions withIntegrityCheck(boolean check) {
        return new LibraryOptions(busyTimeoutMillis, check, syncEveryCommit);
    }
}
