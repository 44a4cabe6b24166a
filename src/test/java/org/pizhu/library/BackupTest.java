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
}
