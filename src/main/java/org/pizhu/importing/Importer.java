package org.pizhu.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.pizhu.document.Document;
import org.pizhu.reflow.Reflower;

/**
 * Imports a file in any supported format (plain text in any Chinese encoding, Markdown, HTML, PDF, EPUB) as a
 * {@link Document}.
 *
 * <p>The format is sniffed from the content first and the file name second ({@link FormatSniffer}). Plain text and
 * PDF text go through the {@link Reflower}; Markdown, HTML and EPUB blocks come from their structure. Every failure,
 * including unexpected ones inside the parsers, reaches the caller as an {@link ImportException} whose message names
 * the file; memory and time are bounded by {@link ImportLimits}. Cancellation and progress go through
 * {@link ImportOptions}. Stateless and thread-safe; call it off the UI thread.
 */
public final class Importer {
    private final Reflower reflower = new Reflower();

    /** Imports {@code file} with the default options. */
    public ImportedText importFile(Path file) throws ImportException {
        return importFile(file, ImportOptions.defaults());
    }

    /** Imports {@code file}. */
    public ImportedText importFile(Path file, ImportOptions options) throws ImportException {
        ImportContext ctx = new ImportContext(file, options);
        SourceFormat format = null;
        try {
            long size = checkFile(file);
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(FormatSniffer.HEAD);
            }
            if (head.length == 0) {
                throw new ImportException(file + " is empty");
            }
            format = FormatSniffer.sniff(head, ctx.label);
            ctx.progress(0);
            ImportedText result = switch (format) {
                case PDF -> pdf(ctx, size);
                case EPUB -> new EpubReader(ctx).read(size);
                default -> textual(ctx, format, size);
            };
            ctx.progress(1);
            return result;
        } catch (ImportException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new ImportException("no such file: " + file);
        } catch (AccessDeniedException e) {
            throw new ImportException("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new ImportException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new ImportException(file + " is too large or too complex to import in the memory available", null);
        } catch (RuntimeException | StackOverflowError e) {
            String as = format == null ? "" : " as " + format.id();
            throw new ImportException(file + " could not be read" + as + ": it is damaged or not what its name says", e);
        }
    }

    private static long checkFile(Path file) throws IOException, ImportException {
        if (!Files.exists(file)) {
            throw new ImportException("no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(file + " is a directory, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + " is not a regular file");
        }
        return Files.size(file);
    }

    private ImportedText textual(ImportContext ctx, SourceFormat format, long size) throws IOException, ImportException {
        ctx.budget(size, ImportContext.BUDGET_RATIO);
        if (format == SourceFormat.HTML) {
            return HtmlReader.read(ctx, readBounded(ctx.file, size, ctx.limits().maxTextBytes()));
        }
        TextDecoder.Decoded decoded = decode(ctx, size);
        ctx.progress(0.4);
        Document doc = format == SourceFormat.MARKDOWN
                ? MarkdownReader.read(ctx, decoded.text())
                : reflower.reflow(ctx.sourceName, decoded.text());
        return new ImportedText(doc, format, decoded.encoding());
    }

    /** The file's text; its bytes are garbage once this returns, before the text is parsed or reflowed. */
    private static TextDecoder.Decoded decode(ImportContext ctx, long size) throws IOException, ImportException {
        byte[] bytes = readBounded(ctx.file, size, ctx.limits().maxTextBytes());
        ctx.progress(0.1);
        return TextDecoder.decode(bytes, ctx.options.encoding(), ctx.label);
    }

    private ImportedText pdf(ImportContext ctx, long size) throws IOException, ImportException {
        if (size > ctx.limits().maxContainerBytes()) {
            throw tooLarge(ctx.file, size, ctx.limits().maxContainerBytes());
        }
        PdfReader.Extracted extracted = new PdfReader(ctx).extract();
        ctx.progress(0.9);
        return new ImportedText(extracted.toDocument(ctx.sourceName, reflower), SourceFormat.PDF, null);
    }

    /** Reads the whole file, refusing it (before reading) when it is larger than {@code max}. */
    static byte[] readBounded(Path file, long size, long max) throws IOException, ImportException {
        if (size > max) {
            throw tooLarge(file, size, max);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) max + 1);
        }
        if (bytes.length > max) {
            throw tooLarge(file, bytes.length, max);
        }
        if (bytes.length == 0) {
            throw new ImportException(file + " is empty");
        }
        return bytes;
    }

    static ImportException tooLarge(Path file, long size, long max) {
        return new ImportException(file + " is " + (size >> 20) + " MB; the limit for this format is " + (max >> 20) + " MB");
    }
}
