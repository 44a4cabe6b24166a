package org.pizhu.importing;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * How to import a file: an optional encoding override, a cancel hook, a progress callback and the limits.
 *
 * @param encoding  the text encoding to use instead of detection, or {@code null} to detect
 * @param cancelled polled between pages and chapters; when it returns true the import stops with
 *                  {@link ImportCancelledException}
 * @param progress  receives the fraction done, from 0 to 1, from the importing thread
 * @param limits    the resource limits
 */
public record ImportOptions(Charset encoding, BooleanSupplier cancelled, DoubleConsumer progress, ImportLimits limits) {
    public ImportOptions {
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(limits, "limits");
    }

    /** Detect the encoding, never cancel, report no progress, default limits. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, () -> false, p -> { }, ImportLimits.defaults());
    }

    /** The same options with an encoding override ({@code null} to detect). */
    public ImportOptions withEncoding(Charset newEncoding) {
        return new ImportOptions(newEncoding, cancelled, progress, limits);
    }

    /** The same options with a cancel hook. */
    public ImportOptions withCancel(BooleanSupplier newCancelled) {
        return new ImportOptions(encoding, newCancelled, progress, limits);
    }

    /** The same options with a progress callback. */
    public ImportOptions withProgress(DoubleConsumer newProgress) {
        return new ImportOptions(encoding, cancelled, newProgress, limits);
    }

    /** The same options with other limits. */
    public ImportOptions withLimits(ImportLimits newLimits) {
        return new ImportOptions(encoding, cancelled, progress, newLimits);
    }
}
