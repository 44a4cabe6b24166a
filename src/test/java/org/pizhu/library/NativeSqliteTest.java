package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.app.DocumentImports;

/** sqlite-jdbc's native library is extracted once into the user's cache, never into the shared temporary folder. */
class NativeSqliteTest {
    @TempDir
    Path dir;

    @Test
    void concurrentKilledRunsShareOneCachedCopyAndLeaveNothingInTmp() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library lib = Library.open(file)) {
            new DocumentImports(lib).importText("base.txt", Texts.document(7, 2_000));
        }
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Path cache = Files.createDirectory(dir.resolve("cache"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> workers = new ArrayList<>();
        List<Path> errors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path err = dir.resolve("err" + i);
            errors.add(err);
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), CrashWorker.class.getName(),
                    file.toString()).redirectError(err.toFile());
            pb.environment().put("XDG_CACHE_HOME", cache.toString());
            workers.add(pb.start());
        }
        for (Process p : workers) {
            BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).as("worker started").isEqualTo("ready;");
        }
        for (Process p : workers) {
            p.destroyForcibly();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        for (Path err : errors) {
            assertThat(Files.readString(err)).doesNotContain("native lib").doesNotContain("Exception");
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("left in the temporary folder").isEmpty();
        }
        try (Stream<Path> s = Files.walk(cache)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactly(System.mapLibraryName("sqlitejdbc").replace(".jnilib", ".dylib"));
        }
    }

    @Test
    void cacheFolderPerPlatform() {
        assertThat(NativeSqlite.cacheFolder(Map.of("XDG_CACHE_HOME", "/c"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/c/pizhu/native"));
        assertThat(NativeSqlite.cacheFolder(Map.of(), "Linux", "/home/u")).isEqualTo(Path.of("/home/u/.cache/pizhu/native"));
        assertThat(NativeSqlite.cacheFolder(Map.of("XDG_CACHE_HOME", "relative"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/pizhu/native"));
        assertThat(NativeSqlite.cacheFolder(Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Caches/pizhu/native"));
    }
}
