package org.pizhu.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an export safely: the text goes to a temporary file beside the target, is flushed to disk, then moved over
 * the target in one step, so a reader never sees a partial file and a failure leaves the old file (or none).
 *
 * <p>Only a regular file (through a symbolic link: the file it names) or a new path is ever replaced: a folder, a
 * device or a named pipe is refused before anything is written. A replaced file keeps its permissions; a new file gets
 * the usual permissions less the user's umask. The temporary name fits the file system's 255-byte name limit and
 * carries the writer's process id, so temporary files left by a killed run are removed by the next write into the
 * same folder.
 */
public final class ExportWriter {
    /** Longest file name (in UTF-8 bytes) that common file systems accept. */
    static final int NAME_LIMIT = 255;

    private static final String SUFFIX = ".pizhu-tmp";
    private static final Pattern TEMP_NAME = Pattern.compile("^\\..*\\.(\\d+)-[0-9a-f]{8}" + Pattern.quote(SUFFIX) + "$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExportWriter() {
    }

    /**
     * Writes {@code text} (UTF-8) to {@code target}.
     *
     * @param overwrite whether an existing file may be replaced
     * @throws ExportException with a message for the user when the file cannot be written
     */
    public static void write(Path target, String text, boolean overwrite) {
        write(target, text.getBytes(StandardCharsets.UTF_8), overwrite);
    }

    /**
     * Writes {@code bytes} to {@code target}, with the same guarantees as {@link #write(Path, String, boolean)}.
     *
     * @throws ExportException with a message for the user when the file cannot be written
     */
    public static void write(Path target, byte[] bytes, boolean overwrite) {
        Path file = realTarget(target);
        Path dir = file.getParent();
        Set<PosixFilePermission> keep = null;
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            BasicFileAttributes attrs = attributes(target, file);
            if (attrs.isDirectory()) {
                throw new ExportException("cannot write " + target + ": it is a folder");
            }
            if (!attrs.isRegularFile()) {
                throw new ExportException("cannot write " + target + ": it is not a regular file (a device or a pipe);"
                        + " nothing was written");
            }
            if (!overwrite) {
                throw new ExportException(target + " already exists (use --force to replace it)");
            }
            keep = permissions(file);
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        removeStaleTemporaries(dir);
        Path tmp = null;
        try {
            tmp = createTemporary(dir, file.getFileName().toString());
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (keep != null) {
                Files.setPosixFilePermissions(tmp, keep);
            }
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                BasicFileAttributes now = attributes(target, file);
                if (!overwrite || !now.isRegularFile()) {
                    throw new ExportException(target + " appeared while writing and was left as it is");
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            syncFolder(dir);
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
                    // The temporary file carries this process's id: the next write into the folder removes it.
                }
            }
        }
    }

    /** The file to replace: {@code target} made absolute, with a symbolic link followed to the file it names. */
    private static Path realTarget(Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(file)) {
            try {
                return file.toRealPath();
            } catch (IOException e) {
                throw new ExportException("cannot write " + target + ": it is a symbolic link to a missing file");
            }
        }
        return file;
    }

    private static BasicFileAttributes attributes(Path target, Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static Set<PosixFilePermission> permissions(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return null;
        }
        try {
            return view.readAttributes().permissions();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A new empty file beside the target. It is created without explicit permissions, so the operating system applies
     * the user's umask, as for any new file.
     */
    private static Path createTemporary(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(temporaryName(name, ProcessHandle.current().pid(), RANDOM.nextInt()));
            try {
                FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** {@code .NAME.PID-RANDOM.pizhu-tmp}, with NAME shortened (on a character boundary) to fit the name limit. */
    static String temporaryName(String name, long pid, int random) {
        String tail = "." + pid + "-" + String.format("%08x", random) + SUFFIX;
        int budget = NAME_LIMIT - 1 - tail.length();
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return "." + kept + tail;
    }

    /** Removes temporary files of earlier writes into {@code dir} whose process no longer runs (killed runs). */
    static void removeStaleTemporaries(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + "*" + SUFFIX)) {
            for (Path f : files) {
                Matcher m = TEMP_NAME.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()
                        && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Cleaning up is a courtesy: an unreadable folder fails the write itself with a clear message.
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Not every platform can sync a folder; the file's own contents are already on disk.
        }
    }
}
