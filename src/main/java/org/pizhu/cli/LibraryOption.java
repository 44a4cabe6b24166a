package org.pizhu.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.pizhu.importing.ImportException;
import org.pizhu.importing.ImportOptions;
import org.pizhu.importing.ImportedText;
import org.pizhu.importing.Importer;
import org.pizhu.importing.TextFileReader;
import org.pizhu.document.Document;
import java.nio.charset.Charset;
import org.pizhu.library.Library;
import org.pizhu.library.LibraryException;
import org.pizhu.library.LibraryOptions;
import picocli.CommandLine.Option;

/** The {@code --library PATH} option shared by the library commands (a picocli mixin), and opening the library. */
final class LibraryOption {
    /** Commands are short: large libraries are not checked in the background ({@code pizhu check} does it). */
    private static final LibraryOptions OPTIONS = LibraryOptions.defaults().withBackgroundCheck(false);

    @Option(names = "--library", paramLabel = "PATH",
            description = "The library file (default: $PIZHU_LIBRARY, else library.db in the platform's data folder).")
    Path library;

    /** Opens the library, runs {@code work}, closes it; library errors become one-line user errors. */
    <T> T with(Function<Library, T> work) {
        try (Library lib = library != null ? Library.open(library, OPTIONS) : openDefault()) {
            return work.apply(lib);
        } catch (LibraryException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static Library openDefault() {
        String env = System.getenv("PIZHU_LIBRARY");
        return env != null && !env.isBlank() ? Library.open(Path.of(env), OPTIONS) : Library.openDefault(OPTIONS);
    }

    /** Reads a UTF-8 text file (a template, an annotation export), with the reader's message as a user error. */
    static String readText(Path file) {
        try {
            return TextFileReader.read(file);
        } catch (ImportException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Reads a file of any supported format for import, with the importer's message as a user error. */
    static Document readDocument(Path file, Charset encoding) {
        return readImported(file, encoding).document();
    }

    /** Reads a file of any supported format with what it says about itself (title, authors, notes of the import). */
    static ImportedText readImported(Path file, Charset encoding) {
        try {
            return new Importer().importFile(file, ImportOptions.defaults().withEncoding(encoding));
        } catch (ImportException e) {
            throw new UserError(e.getMessage());
        }
    }
}
