package org.pizhu.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an export safely: the text goes to a temporary file beside the target, is flushed to disk, then moved over
 * the target in one step, so a reader never sees a partial file and a failure leaves the old file (or none).
 */
public final class ExportWriter {
    private ExportWriter() {
    }

    /**
     * Writes {@code text} (UTF-8) to {@code target}.
     *
     * @param overwrite whether an existing file may be replaced
     * @throws ExportException with a message for the user when the file cannot be written
     */
    public static void write(Path target, String text, boolean overwrite) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (Files.isDirectory(file)) {
            throw new ExportException("cannot write " + target + ": it is a folder");
        }
        if (!overwrite && Files.exists(file)) {
            throw new ExportException(target + " already exists (use --force to replace it)");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (!overwrite && Files.exists(file)) {
                throw new ExportException(target + " already exists (use --force to replace it)");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (AccessDeniedException e) {
            throw new ExportException("cannot write " + target + ": permission denied", e);
        } catch (NoSuchFileException e) {
            throw new ExportException("cannot write " + target + ": no such folder", e);
        } catch (FileSystemException e) {
            throw new ExportException("cannot write " + target + ": "
                    + (e.getReason() != null ? e.getReason() : e.getMessage()), e);
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and harmless; the error above is what the user needs.
                }
            }
        }
    }
}
