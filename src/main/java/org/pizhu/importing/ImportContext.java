package org.pizhu.importing;

import java.nio.file.Path;

/** The state shared by the steps of one import: file name for messages, options, deadline. */
final class ImportContext {
    final Path file;
    /** The file as named by the user, for messages. */
    final String label;
    /** The file name, the document's source name. */
    final String sourceName;
    final ImportOptions options;
    private final long deadline;

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

    /** Stops the import if it was cancelled or ran out of time. */
    void check() throws ImportException {
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

    ImportException fail(String what) {
        return new ImportException(label + " " + what);
    }
}
