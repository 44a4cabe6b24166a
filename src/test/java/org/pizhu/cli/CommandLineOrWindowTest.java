package org.pizhu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineOrWindowTest {
    @Test
    void optionsAndEverySubcommandGoToTheCommandLine() {
        picocli.CommandLine cl = new picocli.CommandLine(new PizhuCommand());
        for (String name : cl.getSubcommands().keySet()) {
            assertThat(PizhuCommand.isCommandLine(name)).as(name).isTrue();
        }
        assertThat(PizhuCommand.isCommandLine("--version")).isTrue();
        assertThat(PizhuCommand.isCommandLine("-h")).isTrue();
    }

    @Test
    void filesAndLinksGoToTheWindow() {
        assertThat(PizhuCommand.isCommandLine("article.txt")).isFalse();
        assertThat(PizhuCommand.isCommandLine("pizhu://doc/1#a-2")).isFalse();
        assertThat(PizhuCommand.isCommandLine("file:///tmp/a.pdf")).isFalse();
    }
}
