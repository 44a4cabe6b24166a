package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pizhu analyze} on input that is not a readable text: one line on stderr, non-zero exit, no stack trace. */
class BadInputIT {
    @TempDir
    Path tmp;

    private static void assertRefused(JarRunner.Result r, String expectedWords) {
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ")
                .startsWith("pizhu: ").contains(expectedWords);
    }

    @Test
    void missingFile() throws Exception {
        assertRefused(JarRunner.pizhu("analyze", tmp.resolve("nope.txt").toString()), "no such file");
    }

    @Test
    void directory() throws Exception {
        assertRefused(JarRunner.pizhu("analyze", tmp.toString()), "is a directory");
    }

    @Test
    void emptyFile() throws Exception {
        Path f = Files.createFile(tmp.resolve("empty.txt"));
        assertRefused(JarRunner.pizhu("analyze", f.toString()), "is empty");
    }

    @Test
    void binaryFile() throws Exception {
        Path f = Files.write(tmp.resolve("bin.txt"), new byte[] {'a', 0, 1, 2, (byte) 0xff});
        assertRefused(JarRunner.pizhu("analyze", f.toString()), "binary");
    }

    @Test
    void invalidUtf8() throws Exception {
        Path f = Files.write(tmp.resolve("big5.txt"), "中文".getBytes("Big5"));
        assertRefused(JarRunner.pizhu("analyze", f.toString()), "not valid UTF-8");
    }

    @Test
    void twoHundredMegabyteFileIsRefusedWithItsLimit() throws Exception {
        Path f = tmp.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024);
        }
        assertRefused(JarRunner.pizhu("analyze", f.toString()), "limit");
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        Path f = Files.writeString(tmp.resolve("ok.txt"), "一段文字。", StandardCharsets.UTF_8);
        JarRunner.Result r = JarRunner.pizhu("analyze", f.toString(), "--bogus");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("--bogus").doesNotContain("Exception");
    }

    @Test
    void goodFilePrintsAnOutline() throws Exception {
        Path f = Files.writeString(tmp.resolve("ok.txt"), "標題\n\n一段文字，說明事情。\n", StandardCharsets.UTF_8);
        JarRunner.Result r = JarRunner.pizhu("analyze", f.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("heading").contains("paragraph");
    }
}
