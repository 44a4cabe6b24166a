package org.pizhu.importing;

import java.nio.file.Path;

/**
 * The state shared by the steps of one import: file name for messages, options, deadline, and a memory budget: the
 * bytes the importing thread may allocate, proportional to the file ({@link #budget}). What an import holds is at
 * most what it allocated, so the budget bounds its peak memory whatever the JVM's heap size.
 */
final class ImportContext {
    /** Bytes any import may allocate, besides its share proportional to the file. */
    static final long BUDGET_FLOOR = 512L << 20;
    /** Bytes a text, Markdown or HTML import may allocate per byte of file (measured: 18 to 53 at 48 MB). */
    static final int BUDGET_RATIO = 96;
    private static final com.sun.management.ThreadMXBean THREADS = threads();
    final Path file;
    /** The file as named by the user, for messages. */
    final String label;
    /** The file name, the document's source name. */
    final String sourceName;
    final ImportOptions options;
    private final long deadline;
    private final long allocatedAtStart = allocated();
    private long budget = Long.MAX_VALUE;

    ImportContext(Path file, ImportOptions options) {
        this.file = file;
        this.label = file.toString();
        this.sourceName = String.valueOf(file.getFileName() == null ? file : file.getFileName());
        this.options = options;
        this.deadline = System.nanoTime() + options.limits().maxMillis() * 1_000_000L;
    }

    ImportLimits limits() {
        return options.limits();
    }

    /** Limits the bytes this import may allocate from now on to {@link #BUDGET_FLOOR} plus {@code ratio} per file byte. */
    void budget(long fileBytes, int ratio) {
        budget = BUDGET_FLOOR + fileBytes * ratio;
    }

    /** Stops the import if it was cancelled, ran out of time or went past its memory budget. */
    void check() throws ImportException {
        if (budget != Long.MAX_VALUE && allocated() - allocatedAtStart > budget) {
            budget = Long.MAX_VALUE;
            throw fail("needs more memory than the " + (BUDGET_FLOOR >> 20) + " MB plus a share proportional to its"
                    + " size allowed for one import; it may be damaged or built to exhaust memory");
        }
        if (options.cancelled().getAsBoolean()) {
            throw new ImportCancelledException("import of " + label + " was cancelled");
        }
        if (System.nanoTime() - deadline > 0) {
            throw new ImportException(label + ": import took longer than " + limits().maxMillis() / 1000 + " s; gave up");
        }
    }

    /** Reports progress (clamped to 0..1) and checks for cancellation. */
    void progress(double fraction) throws ImportException {
        options.progress().accept(Math.max(0, Math.min(1, fraction)));
        check();
    }

    /** The JVM's per-thread allocation counter, or null where it has none (a runtime without jdk.management). */
    private static com.sun.management.ThreadMXBean threads() {
        try {
            if (java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()) {
                return t;
            }
        } catch (LinkageError e) {
            return null;
        }
        return null;
    }

    /** Bytes allocated so far by the calling thread, 0 where the JVM does not count them. */
    private static long allocated() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    ImportException fail(String what) {
        return new ImportException(label + " " + what);
    }
}
