package org.pizhu.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pizhu.app.DocumentImports;
import org.pizhu.importing.ImportException;
import org.pizhu.importing.ImportedText;
import org.pizhu.importing.Importer;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Library;
import org.pizhu.library.LibraryOptions;

/**
 * End-to-end import of a 5 MB Big5 text file: read, sniff, detect the encoding, decode strictly, reflow
 * ({@code importBig5}); and the same plus speaker analysis and storing it in a new library, search keys and index
 * included ({@code importBig5IntoLibrary}). Target: under 2 s. Each operation takes about a second, so each is timed
 * singly (a fresh library each time) and the mean of twelve is reported. Run: {@code mvn -B -Pbench verify -Dbench.include=ImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 12)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ImportBenchmark {
    private Path file;
    private Path libraryDir;
    private Library library;
    private final Importer importer = new Importer();

    @Setup(Level.Trial)
    public void write() throws IOException {
        Charset big5 = Charset.forName("Big5");
        String text = GeneratedText.hardWrapped(2_800_000, 7);
        byte[] bytes = text.getBytes(big5);
        file = Files.createTempFile("pizhu-bench", ".txt");
        Files.write(file, bytes);
        System.out.printf("%nImportBenchmark: %.1f MB of Big5 (%d chars)%n", bytes.length / 1048576.0, text.length());
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Setup(Level.Invocation)
    public void openLibrary() throws IOException {
        libraryDir = Files.createTempDirectory("pizhu-bench-lib");
        library = Library.open(libraryDir.resolve("library.db"), LibraryOptions.defaults());
    }

    @TearDown(Level.Invocation)
    public void closeLibrary() throws IOException {
        library.close();
        try (var files = Files.list(libraryDir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(libraryDir);
    }

    @Benchmark
    public DocumentInfo importBig5IntoLibrary() throws ImportException {
        return new DocumentImports(library).importDocument(importer.importFile(file).document());
    }

    @Benchmark
    public ImportedText importBig5() throws ImportException {
        ImportedText t = importer.importFile(file);
        if (!"Big5".equals(t.encoding()) && !"Big5-HKSCS".equals(t.encoding())) {
            throw new IllegalStateException("detected " + t.encoding());
        }
        return t;
    }
}
