package org.pizhu.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a UTF-8 text file for analysis, refusing what is not text with a message fit for the user.
 *
 * <p>Refused: missing files, directories, empty files, files with NUL bytes (binary), invalid UTF-8, and files larger
 * than {@link #MAX_BYTES}. A leading byte-order mark is dropped.
 */
public final class TextFileReader {
    /** The largest file read: large enough for any book, small enough to keep memory bounded. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private TextFileReader() {
    }

    /** Reads {@code file} as UTF-8 text. */
    public static String read(Path file) throws ImportException {
        if (!Files.exists(file)) {
            throw new ImportException("no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(file + " is a directory, not a text file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException(file + " is " + (size >> 20) + " MB; the limit is " + (MAX_BYTES >> 20) + " MB");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new ImportException("no such file: " + file);
        } catch (AccessDeniedException e) {
            throw new ImportException("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new ImportException("cannot read " + file + ": " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(file + " is larger than the limit of " + (MAX_BYTES >> 20) + " MB");
        }
        return decode(bytes, file.toString());
    }

    /** Decodes UTF-8 bytes strictly, with the same checks as {@link #read(Path)}. */
    public static String decode(byte[] bytes, String name) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(name + " is empty");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ImportException(name + " looks binary (NUL byte at offset " + i + "), not text");
            }
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
            if (text.isBlank()) {
                throw new ImportException(name + " holds only whitespace");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ImportException(name + " is not valid UTF-8 text");
        }
    }
}
