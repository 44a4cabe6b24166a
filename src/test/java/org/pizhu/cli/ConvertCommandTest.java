package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pizhu convert}: line-for-line conversion by OpenCC config or by target script. */
class ConvertCommandTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = PizhuCommand.run(args);
            return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void convertsByConfigKeepingLines() throws Exception {
        Path f = dir.resolve("s.txt");
        Files.writeString(f, "我的U盘坏了\n\n出租车司机\r\n最后一行", StandardCharsets.UTF_8);
        String[] r = run("convert", f.toString(), "--config", "s2twp");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).isEqualTo("我的隨身碟壞了\n\n計程車司機\r\n最後一行");
    }

    @Test
    void convertsToATargetScriptFromTheDetectedOne() throws Exception {
        Path f = dir.resolve("t.txt");
        Files.writeString(f, "這裏的頭髮乾了。\n", StandardCharsets.UTF_8);
        assertThat(run("convert", f.toString(), "--to", "s")[1]).isEqualTo("这里的头发干了。\n");
        assertThat(run("convert", f.toString(), "--to", "tw")[1]).isEqualTo("這裡的頭髮乾了。\n");
        assertThat(run("convert", f.toString(), "--to", "t")[1]).isEqualTo("這裏的頭髮乾了。\n");
        assertThat(run("convert", f.toString(), "--to", "hk")[1]).isEqualTo("這裏的頭髮乾了。\n");
    }

    @Test
    void refusesUnknownConfigTargetAndMissingChoice() throws Exception {
        Path f = dir.resolve("t.txt");
        Files.writeString(f, "字", StandardCharsets.UTF_8);
        String[] r = run("convert", f.toString(), "--config", "x2y");
        assertThat(r[0]).isNotEqualTo("0");
        assertThat(r[2]).startsWith("pizhu: unknown conversion 'x2y'");
        assertThat(run("convert", f.toString(), "--to", "jp")[2]).startsWith("pizhu: unknown target script 'jp'");
        assertThat(run("convert", f.toString())[0]).isNotEqualTo("0");
        assertThat(run("convert", dir.resolve("missing.txt").toString(), "--to", "s")[2]).startsWith("pizhu: ");
    }

    @Test
    void analyzeReportsTheDetectedScript() throws Exception {
        Path t = dir.resolve("t.txt");
        Files.writeString(t, "這裏的頭髮乾了。\n", StandardCharsets.UTF_8);
        assertThat(run("analyze", t.toString(), "--json")[1]).contains("\"script\" : \"traditional\"");
        Path s = dir.resolve("s.txt");
        Files.writeString(s, "这里的头发干了。\n", StandardCharsets.UTF_8);
        assertThat(run("analyze", s.toString(), "--json")[1]).contains("\"script\" : \"simplified\"");
    }
}
