package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors a user can cause: one line each, exit 1 for a failure and 2 for a usage mistake, through the real entry. */
class UserErrorsTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static synchronized Run pizhu(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = PizhuCommand.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void optionMistakesAreOneLineWithWhereHelpIs() {
        for (String[] args : new String[][] {{"search", "--limit", "many", "x"}, {"export", "--no-such-option", "1"},
                {"show"}}) {
            Run r = pizhu(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).contains("see 'pizhu " + args[0] + " --help'");
        }
    }

    @Test
    void multiFileImportNamesEachFailureAndStillPrintsTheSuccesses() throws Exception {
        String lib = dir.resolve("lib.db").toString();
        Path a = Files.writeString(dir.resolve("a.txt"), "第一篇\n\n正文一段。\n");
        Path b = Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0xE4});
        Path c = Files.writeString(dir.resolve("c.txt"), "第三篇\n\n正文另一段。\n");
        Run r = pizhu("import", "--library", lib, a.toString(), b.toString(), c.toString(), dir.resolve("d.txt").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.err()).contains("b.txt").contains("d.txt").contains("2 of 4 files were not imported");
    }

    @Test
    void namesWithControlCharactersAreShownEscaped() throws Exception {
        String lib = dir.resolve("lib.db").toString();
        Path evil = Files.writeString(dir.resolve("x\u001b[2J\u0007.txt"), "標\u001b[31m題\n\n" + "正文很長的一段。".repeat(40) + "\n");
        Run imp = pizhu("import", "--library", lib, evil.toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
        Run show = pizhu("show", "--library", lib, "1");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\u001B");
        assertThat(pizhu("list", "--library", lib).out()).doesNotContain("\u001b");
        assertThat(imp.out()).doesNotContain("\u001b");
    }

    @Test
    void impossibleLibraryVersionIsExitOneNotAnInternalError() throws Exception {
        Path lib = dir.resolve("lib.db");
        assertThat(pizhu("list", "--library", lib.toString()).exit()).isZero();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + lib); var st = c.createStatement()) {
            st.execute("PRAGMA user_version = -1");
        }
        Run r = pizhu("list", "--library", lib.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1);
    }
}
