package org.pizhu.library;

/**
 * How a library is opened.
 *
 * @param busyTimeoutMillis how long to wait for another process's write to finish before reporting the library busy
 * @param integrityCheck    whether to run {@code PRAGMA integrity_check} on open
 * @param syncEveryCommit   {@code synchronous=FULL} (durable across power loss) rather than {@code NORMAL}
 */
public record LibraryOptions(int busyTimeoutMillis, boolean integrityCheck, boolean syncEveryCommit) {
    /** The defaults: 5 s busy timeout, integrity check on open, every commit synced to disk. */
    public static LibraryOptions defaults() {
        return new LibraryOptions(5000, true, true);
    }

    /** The same options with another busy timeout. */
    public LibraryOptions withBusyTimeout(int millis) {
        return new LibraryOptions(millis, integrityCheck, syncEveryCommit);
    }

    /** The same options with or without the integrity check on open. */
    public LibraryOptions withIntegrityCheck(boolean check) {
        return new LibraryOptions(busyTimeoutMillis, check, syncEveryCommit);
    }
}
