package org.pizhu.importing;

/**
 * Resource limits of one import, so that no file, however large or hostile, exhausts memory or time.
 *
 * @param maxTextBytes        largest text, Markdown or HTML file read into memory
 * @param maxContainerBytes   largest PDF or EPUB file
 * @param maxTextChars        most characters of extracted text kept from a PDF or EPUB
 * @param maxPages            most PDF pages read
 * @param maxZipEntries       most entries in an EPUB
 * @param maxUnzippedBytes    most bytes uncompressed from an EPUB, in total
 * @param maxCompressionRatio largest uncompressed/compressed ratio of one EPUB entry (beyond a small size)
 * @param maxMillis           wall-clock time after which the import gives up
 */
public record ImportLimits(long maxTextBytes, long maxContainerBytes, int maxTextChars, int maxPages,
                           int maxZipEntries, long maxUnzippedBytes, int maxCompressionRatio, long maxMillis) {

    /** Limits fit for books and newspaper archives on a desktop. */
    public static ImportLimits defaults() {
        return new ImportLimits(64L << 20, 256L << 20, 32 << 20, 5000, 10_000, 256L << 20, 100, 120_000);
    }
}
