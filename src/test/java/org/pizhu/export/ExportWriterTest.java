package org.pizhu.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesAndRefusesToOverwriteWithoutForce() throws Exception {
        Path f = dir.resolve("notes.md");
        ExportWriter.write(f, "一\n", false);
        assertThat(Files.readString(f)).isEqualTo("一\n");
        assertThatThrownBy(() -> ExportWriter.write(f, "二\n", false)).hasMessageContaining("already exists");
        assertThat(Files.readString(f)).isEqualTo("一\n");
        ExportWriter.write(f, "二\n", true);
        assertThat(Files.readString(f)).isEqualTo("二\n");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("notes.md");
        }
    }

    @Test
    void unwritablePlacesGiveMessagesAndLeaveNothing() throws Exception {
        assertThatThrownBy(() -> ExportWriter.write(dir.resolve("missing/notes.md"), "x", false))
                .isInstanceOf(ExportException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ExportWriter.write(dir, "x", true)).hasMessageContaining("is a folder");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (!Files.isWritable(ro)) {
                assertThatThrownBy(() -> ExportWriter.write(ro.resolve("notes.md"), "x", false))
                        .isInstanceOf(ExportException.class).hasMessageContaining("permission denied");
            }
            try (var s = Files.list(ro)) {
                assertThat(s).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
