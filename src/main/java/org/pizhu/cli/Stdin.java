package org.pizhu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.pizhu.importing.TextFileReader;

/**
 * {@code -} as a file argument: standard input. The importer reads files, so the input is copied into a private
 * temporary file named {@code stdin} (its format is sniffed from the content, as for any file) and removed after.
 */
final class Stdin {
    /** Where standard input is read from; tests replace it. */
    static InputStream in = System.in;

    private Stdin() {
    }

    /** Whether {@code file} is {@code -}. */
    static boolean is(Path file) {
        return file.toString().equals("-");
    }

    /** All of standard input, refused past the importer's size limit. */
    static byte[] read() {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, TextFileReader.MAX_BYTES + 1));
            if (bytes.length > TextFileReader.MAX_BYTES) {
                throw new UserError("standard input is over the limit of " + TextFileReader.MAX_BYTES / (1024 * 1024)
                        + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new UserError("cannot read standard input: " + e.getMessage());
        }
    }

    /** Runs {@code work} on {@code file}, or on a temporary copy of standard input when it is {@code -}. */
    static <T> T asFile(Path file, Function<Path, T> work) {
        if (!is(file)) {
            return work.apply(file);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("pizhu-stdin");
            Path copy = Files.write(dir.resolve("stdin"), read());
            return work.apply(copy);
        } catch (IOException e) {
            throw new UserError("cannot keep standard input in a temporary file: " + e.getMessage());
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir.resolve("stdin"));
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the system's temporary-file cleaning
                }
            }
        }
    }
}
