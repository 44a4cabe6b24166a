package org.pizhu.library;

/**
 * How a library is opened.
 *
 * @param busyTimeoutMillis  how long to wait for another process's write to finish before reporting the library busy
 * @param integrityCheck     whether to run {@code PRAGMA integrity_check} when opening
 * @param blockingCheckBytes libraries up to this size are checked before {@code open} returns (a damaged file is then
 *                           refused); larger ones, where a full check takes seconds, are checked in the background
 *                           (see {@link Library#integrity()}) if {@code backgroundCheck}
 * @param backgroundCheck    whether large libraries are checked in the background after opening
 * @param syncEveryCommit    {@code synchronous=FULL}: each commit is synced to disk before it returns; otherwise
 *                           {@code NORMAL} with the WAL synced about a second after the last write (crash-safe either
 *                           way; a power cut can lose at most that last second)
 */
public record LibraryOptions(int busyTimeoutMillis, boolean integrityCheck, long blockingCheckBytes,
                             boolean backgroundCheck, boolean syncEveryCommit) {
    /** Libraries up to 32 MB (a few hundred articles) are checked before opening; the check takes well under a second. */
    public static final long DEFAULT_BLOCKING_CHECK_BYTES = 32L << 20;

    /** The defaults: 5 s busy timeout, integrity check on open (in the background for big files), delayed WAL sync. */
    public static LibraryOptions defaults() {
        return new LibraryOptions(5000, true, DEFAULT_BLOCKING_CHECK_BYTES, true, false);
    }

    /** The same options with another busy timeout. */
    public LibraryOptions withBusyTimeout(int millis) {
        return new LibraryOptions(millis, integrityCheck, blockingCheckBytes, backgroundCheck, syncEveryCommit);
    }

    /** The same options with or without the integrity check on open. */
    public LibraryOptions withIntegrityCheck(boolean check) {
        return new LibraryOptions(busyTimeoutMillis, check, blockingCheckBytes, backgroundCheck, syncEveryCommit);
    }

    /** The same options with another size limit for the check before opening. */
    public LibraryOptions withBlockingCheckBytes(long bytes) {
        return new LibraryOptions(busyTimeoutMillis, integrityCheck, bytes, backgroundCheck, syncEveryCommit);
    }

    /** The same options with or without the background check of large libraries (short-lived commands skip it). */
    public LibraryOptions withBackgroundCheck(boolean background) {
        return new LibraryOptions(busyTimeoutMillis, integrityCheck, blockingCheckBytes, background, syncEveryCommit);
    }
}
