package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The completion script and man page made from the command-line model: valid, and naming every command. */
class ShellFilesTest {
    @TempDir
    Path dir;

    private static String run(Path cwd, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    @Test
    void completionAndManPageCoverEveryCommand() throws Exception {
        ShellFiles.main(new String[] {dir.toString()});
        Path bash = dir.resolve("pizhu.bash");
        Path man = dir.resolve("pizhu.1");
        run(dir, "bash", "-n", bash.toString());
        assertThat(run(dir, "bash", "-c", "source ./pizhu.bash && complete -p pizhu")).contains("pizhu");
        String page = Files.readString(man);
        List<String> names = List.copyOf(new CommandLine(new PizhuCommand()).getSubcommands().keySet());
        for (String n : names) {
            if (!n.equals("help")) {
                assertThat(page).contains(".B pizhu " + ShellFiles.roff(n) + "\n");
            }
        }
        assertThat(page).contains(".B pizhu speaker rename").contains("\\fB\\-\\-out\\fR \\fIFILE\\fR")
                .startsWith(".TH PIZHU 1");
        assertThat(page.lines().filter(l -> l.startsWith(".") || l.startsWith("'"))
                .map(l -> l.split(" ")[0])).allMatch(r -> List.of(".TH", ".SH", ".PP", ".TP", ".B", ".RS", ".RE")
                .contains(r));
        if (Files.isExecutable(Path.of("/usr/bin/groff"))) {
            String text = run(dir, "groff", "-man", "-Tutf8", "-ww", "-z", man.toString());
            assertThat(text).as("groff warnings").isEmpty();
        }
    }
}
