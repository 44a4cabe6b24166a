package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;

/** Bad library files and places give a clear message and leave the file untouched. */
class OpenErrorsTest {
    @TempDir
    Path dir;

    @Test
    void missingFolder() {
        Path file = dir.resolve("no/such/folder/lib.db");
        assertThatThrownBy(() -> Library.open(file)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("does not exist");
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void notAnSqliteFile() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "這不是資料庫，只是一段文字。".repeat(100), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Library.open(file)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("not a Pizhu library").hasMessageContaining("untouched");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("notes.txt-wal")).doesNotExist();
    }

    @Test
    void aFolderInsteadOfAFile() throws Exception {
        Files.createDirectory(dir.resolve("lib.db"));
        assertThatThrownBy(() -> Library.open(dir.resolve("lib.db"))).hasMessageContaining("is a folder");
    }

    @Test
    void anotherApplicationsDatabase() throws Exception {
        Path file = dir.resolve("other.sqlite");
        SqlScripts.exec(file, "CREATE TABLE places (url TEXT)");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Library.open(file)).hasMessageContaining("another application");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void libraryFromANewerVersion() throws Exception {
        Path file = dir.resolve("lib.db");
        Library.open(file).close();
        SqlScripts.exec(file, "PRAGMA user_version = " + (Schema.CURRENT + 1));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Library.open(file)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("newer version of Pizhu").hasMessageContaining("untouched");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void damagedFile() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library lib = Library.open(file)) {
            for (int i = 0; i < 30; i++) {
                new DocumentImports(lib).importText("d" + i + ".txt", Texts.document(i, 4000));
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            Arrays.fill(junk, (byte) 0x5A);
            for (long page = 3; page * 4096 < raf.length(); page += 7) {
                raf.seek(page * 4096 + 100);
                raf.write(junk, 0, 1500);
            }
        }
        assertThatThrownBy(() -> Library.open(file)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("damaged").hasMessageContaining("pizhu restore");
    }

    @Test
    void largeDamagedLibraryIsReportedByTheBackgroundCheck() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library lib = Library.open(file)) {
            for (int i = 0; i < 30; i++) {
                new DocumentImports(lib).importText("d" + i + ".txt", Texts.document(i, 4000));
            }
            assertThat(lib.integrity().get()).isEqualTo("ok");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[1500];
            Arrays.fill(junk, (byte) 0x5A);
            for (long page = 40; page * 4096 < raf.length(); page += 7) {
                raf.seek(page * 4096 + 100);
                raf.write(junk);
            }
        }
        LibraryOptions big = LibraryOptions.defaults().withBlockingCheckBytes(0);
        try (Library lib = Library.open(file, big)) {
            assertThat(lib.integrity().get(60, java.util.concurrent.TimeUnit.SECONDS)).isNotEqualTo("ok");
        } catch (LibraryException e) {
            assertThat(e).hasMessageContaining("damaged");
        }
    }

    @Test
    void readOnlyFolder() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(ro), "running as a user who can write anywhere (root)");
            assertThatThrownBy(() -> Library.open(ro.resolve("lib.db"))).hasMessageContaining("read-only");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void secondConnectionWaitsThenReportsBusy() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library first = Library.open(file);
             Library second = Library.open(file, LibraryOptions.defaults().withBusyTimeout(300))) {
            long doc = new DocumentImports(first).importText("a.txt", "第一段文字內容。\n").id();
            assertThat(second.documents()).hasSize(1);
            try (Connection hog = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = hog.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                assertThat(second.documents()).as("readers are not blocked in WAL mode").hasSize(1);
                assertThatThrownBy(() -> second.annotate(doc, 0, 2, AnnotationKind.HIGHLIGHT, Color.YELLOW, "", List.of()))
                        .isInstanceOf(LibraryException.class).hasMessageContaining("in use by another Pizhu process");
                st.execute("ROLLBACK");
            }
            second.annotate(doc, 0, 2, AnnotationKind.HIGHLIGHT, Color.YELLOW, "", List.of());
            assertThat(first.annotations(doc)).hasSize(1);
            assertThat(first.checkIntegrity()).isEqualTo("ok");
        }
    }

    @Test
    void defaultPlaces() {
        assertThat(LibraryPaths.resolve(null, Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/x/data/pizhu/library.db"));
        assertThat(LibraryPaths.resolve(null, Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/pizhu/library.db"));
        assertThat(LibraryPaths.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Pizhu/library.db"));
        assertThat(LibraryPaths.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", "/u"))
                .isEqualTo(Path.of("/appdata/Pizhu/library.db"));
        assertThat(LibraryPaths.resolve(null, Map.of("PIZHU_LIBRARY", "/e/lib.db"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/e/lib.db"));
        assertThat(LibraryPaths.resolve(Path.of("/cli.db"), Map.of("PIZHU_LIBRARY", "/e/lib.db"), "Linux", "/h"))
                .isEqualTo(Path.of("/cli.db"));
    }

    @Test
    void aPipeAsTheLibraryIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("lib.db");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo is not available");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> Library.open(fifo))
                .isInstanceOf(LibraryException.class).hasMessageContaining("not a regular file"));
        try (var s = Files.list(dir)) {
            assertThat(s.map(f -> f.getFileName().toString())).containsExactly("lib.db");
        }
    }

    @Test
    void aDeviceAsTheLibraryIsRefusedAndNoJournalIsMade() {
        Path dev = Path.of("/dev/null");
        assumeTrue(Files.exists(dev) && !Files.isRegularFile(dev), "no /dev/null device");
        assertThatThrownBy(() -> Library.open(dev)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Path.of("/dev/null-journal")).doesNotExist();
        assertThat(Path.of("/dev/null-wal")).doesNotExist();
    }

    @Test
    void anImpossibleSchemaVersionIsAMessageNotACrash() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library lib = Library.open(file)) {
            new DocumentImports(lib).importText("a.txt", "原有的文件。\n");
        }
        SqlScripts.exec(file, "PRAGMA user_version = -1");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Library.open(file)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("impossible schema version (-1)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
