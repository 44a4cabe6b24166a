package org.pizhu.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;

class BackupTest {
    @TempDir
    Path dir;

    @Test
    void backupWhileWritingIsConsistentAndRestores() throws Exception {
        Path file = dir.resolve("lib.db");
        Path backup = dir.resolve("backup.db");
        try (Library lib = Library.open(file); Library writer = Library.open(file)) {
            long doc = new DocumentImports(lib).importText("a.txt", Texts.document(1, 20_000)).id();
            AtomicBoolean stop = new AtomicBoolean();
            Thread t = new Thread(() -> {
                int i = 0;
                while (!stop.get()) {
                    writer.annotate(doc, i % 10_000, i % 10_000 + 3, AnnotationKind.HIGHLIGHT, Color.GREEN, "", List.of());
                    i += 7;
                }
            });
            t.start();
            Thread.sleep(100);
            lib.backup(backup);
            stop.set(true);
            t.join();
            assertThatThrownBy(() -> lib.backup(backup)).hasMessageContaining("already exists");
            new DocumentImports(lib).importText("b.txt", "備份之後才加入的文件。\n");
        }
        assertThat(dir.resolve("backup.db.partial")).doesNotExist();
        int annotations;
        try (Library copy = Library.open(Files.copy(backup, dir.resolve("probe.db")))) {
            assertThat(copy.checkIntegrity()).isEqualTo("ok");
            assertThat(copy.documents()).hasSize(1);
            annotations = copy.annotations(1).size();
        }
        Path kept = Library.restore(backup, file);
        assertThat(kept).exists();
        try (Library lib = Library.open(file)) {
            assertThat(lib.documents()).hasSize(1);
            assertThat(lib.annotations(1)).hasSize(annotations);
        }
        try (Library old = Library.open(kept)) {
            assertThat(old.documents()).hasSize(2);
        }
    }

    @Test
    void restoreRefusesABadBackupAndLeavesTheLibraryAlone() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library lib = Library.open(file)) {
            new DocumentImports(lib).importText("a.txt", "原有的文件。\n");
        }
        Path bad = Files.writeString(dir.resolve("bad.db"), "not a database at all, just text");
        assertThatThrownBy(() -> Library.restore(bad, file)).hasMessageContaining("not a Pizhu library");
        assertThatThrownBy(() -> Library.restore(dir.resolve("missing.db"), file)).hasMessageContaining("no backup");
        try (Library lib = Library.open(file)) {
            assertThat(lib.documents()).hasSize(1);
        }
    }

    @Test
    void restoreIntoAnEmptyPlace() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library lib = Library.open(file)) {
            new DocumentImports(lib).importText("a.txt", "原有的文件。\n");
            lib.backup(dir.resolve("b.db"));
        }
        Path target = dir.resolve("fresh.db");
        assertThat(Library.restore(dir.resolve("b.db"), target)).isNull();
        try (Library lib = Library.open(target)) {
            assertThat(lib.documents()).hasSize(1);
        }
    }

    private Path libraryWithOneDocument() {
        Path file = dir.resolve("lib.db");
        try (Library lib = Library.open(file)) {
            new DocumentImports(lib).importText("a.txt", "原有的文件。\n");
        }
        return file;
    }

    private List<String> names() throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void emptyForeignAndImpossibleBackupsAreRefusedBeforeAnythingIsTouched() throws Exception {
        Path file = libraryWithOneDocument();
        Path empty = Files.createFile(dir.resolve("empty.bin"));
        Path foreign = dir.resolve("foreign.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign); var st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        Path newer = dir.resolve("newer.db");
        Path negative = dir.resolve("negative.db");
        try (Library lib = Library.open(file)) {
            lib.backup(newer);
            lib.backup(negative);
        }
        for (var e : java.util.Map.of(newer, 99, negative, -1).entrySet()) {
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + e.getKey()); var st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = DELETE");
                st.execute("PRAGMA user_version = " + e.getValue());
            }
        }
        List<String> before = names();
        assertThatThrownBy(() -> Library.restore(empty, file)).isInstanceOf(LibraryException.class)
                .hasMessageContaining(empty.toString()).hasMessageContaining("empty");
        assertThatThrownBy(() -> Library.restore(foreign, file)).hasMessageContaining("another application");
        assertThatThrownBy(() -> Library.restore(newer, file)).hasMessageContaining("schema version 99");
        assertThatThrownBy(() -> Library.restore(negative, file)).hasMessageContaining("schema version -1");
        assertThatThrownBy(() -> Library.restore(dir, file)).hasMessageContaining("not a regular file");
        assertThat(names()).isEqualTo(before);
        try (Library lib = Library.open(file)) {
            assertThat(lib.documents()).hasSize(1);
        }
    }

    @Test
    void aDamagedBackupIsRefusedNamingTheUsersFile() throws Exception {
        Path file = libraryWithOneDocument();
        Path backup = dir.resolve("backup.db");
        try (Library lib = Library.open(file)) {
            new DocumentImports(lib).importText("b.txt", Texts.document(2, 20_000));
            lib.backup(backup);
        }
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = 4096 * 2; i < bytes.length; i += 97) {
            bytes[i] = (byte) (bytes[i] ^ 0x5a);
        }
        Files.write(backup, bytes);
        List<String> before = names();
        assertThatThrownBy(() -> Library.restore(backup, file)).isInstanceOf(LibraryException.class)
                .hasMessageContaining(backup.toString()).message().doesNotContain("pizhu-restore");
        assertThat(names()).isEqualTo(before);
    }

    @Test
    void twoRestoresInOneSecondKeepBothReplacedLibrariesAndLeaveNothingBesideTheBackup() throws Exception {
        Path file = libraryWithOneDocument();
        Path backup = dir.resolve("backup.db");
        try (Library lib = Library.open(file)) {
            lib.backup(backup);
            new DocumentImports(lib).importText("b.txt", "備份之後才加入的文件。\n");
        }
        Path first = Library.restore(backup, file);
        Path second = Library.restore(backup, file);
        assertThat(first).isNotEqualTo(second);
        try (Library old = Library.open(Files.copy(first, dir.resolve("first-copy.db")))) {
            assertThat(old.documents()).hasSize(2);
        }
        try (Library old = Library.open(Files.copy(second, dir.resolve("second-copy.db")))) {
            assertThat(old.documents()).hasSize(1);
        }
        assertThat(dir.resolve("backup.db-wal")).doesNotExist();
        assertThat(dir.resolve("backup.db-shm")).doesNotExist();
    }
}
