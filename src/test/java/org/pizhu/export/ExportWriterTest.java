package org.pizhu.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
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

    @Test
    void replacingKeepsTheFilesPermissionsAndNewFilesFollowTheUmask() throws Exception {
        Path f = dir.resolve("shared.md");
        Files.writeString(f, "old\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        ExportWriter.write(f, "new\n", true);
        assertThat(Files.readString(f)).isEqualTo("new\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
        Path plain = Files.createFile(dir.resolve("made-by-the-os"));
        Path fresh = dir.resolve("fresh.md");
        ExportWriter.write(fresh, "x", false);
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aPipeIsNeverReplacedOrOpened() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo is not available");
        assertThatThrownBy(() -> ExportWriter.write(fifo, "x", true)).isInstanceOf(ExportException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        try (var s = Files.list(dir)) {
            assertThat(s.map(q -> q.getFileName().toString())).containsExactly("pipe");
        }
    }

    @Test
    void aSymbolicLinkKeepsPointingAtTheReplacedFile() throws Exception {
        Path real = dir.resolve("real.md");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), real);
        ExportWriter.write(link, "new", true);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void theLongestAllowedNameCanBeWrittenAndTheTemporaryNameFits() throws Exception {
        String name = "長".repeat(80) + ".md"; // 243 bytes in UTF-8
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(243);
        Path f = dir.resolve(name);
        ExportWriter.write(f, "x", false);
        assertThat(Files.readString(f)).isEqualTo("x");
        String tmp = ExportWriter.temporaryName(name, Long.MAX_VALUE, -1);
        assertThat(tmp.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ExportWriter.NAME_LIMIT);
        assertThat(new String(tmp.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(tmp);
    }

    @Test
    void temporaryFilesOfKilledRunsAreRemovedOnTheNextWrite() throws Exception {
        long dead = deadPid();
        Path stale = Files.writeString(dir.resolve(ExportWriter.temporaryName("notes.md", dead, 0x1234abcd)), "half");
        Path mine = Files.writeString(dir.resolve(ExportWriter.temporaryName("notes.md",
                ProcessHandle.current().pid(), 7)), "in progress");
        Path foreign = Files.writeString(dir.resolve(".notes.md.tmp"), "not ours");
        ExportWriter.write(dir.resolve("notes.md"), "x", false);
        assertThat(stale).doesNotExist();
        assertThat(mine).exists();
        assertThat(foreign).exists();
    }

    private static long deadPid() {
        for (long pid = 4_000_000; ; pid--) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
    }
}
