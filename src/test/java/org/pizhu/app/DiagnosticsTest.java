package org.pizhu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {
    @TempDir
    Path dir;
    private String before;

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("pizhu.logDir");
        } else {
            System.setProperty("pizhu.logDir", before);
        }
        Diagnostics.start(false);
    }

    @Test
    void warningsWithTheirStackTracesGoToTheLogFileAndTheReportNamesIt() throws Exception {
        before = System.getProperty("pizhu.logDir");
        System.setProperty("pizhu.logDir", dir.resolve("logs").toString());
        Diagnostics.start(false);
        System.getLogger("org.pizhu.test").log(System.Logger.Level.WARNING, "storing failed",
                new IllegalStateException("the disk is full"));
        System.getLogger("org.pizhu.test").log(System.Logger.Level.DEBUG, "detail only with --verbose");
        Path log = Diagnostics.logFile().orElseThrow();
        assertThat(log).isEqualTo(dir.resolve("logs/pizhu0.log"));
        java.util.logging.Logger.getLogger("").getHandlers()[0].flush();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("WARNING org.pizhu.test: storing failed", "IllegalStateException: the disk is full",
                "at org.pizhu.app.DiagnosticsTest");
        assertThat(text).doesNotContain("detail only");
        assertThat(Diagnostics.report()).contains("Pizhu ", "Java ", "Log " + log);
    }

    @Test
    void anUnwritableLogFolderLeavesTheAppRunningWithoutAFileLog() throws Exception {
        before = System.getProperty("pizhu.logDir");
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        System.setProperty("pizhu.logDir", file.resolve("logs").toString());
        Diagnostics.start(false);
        assertThat(Diagnostics.logFile()).isEmpty();
        System.getLogger("org.pizhu.test").log(System.Logger.Level.WARNING, "still fine");
        assertThat(Diagnostics.report()).contains("not written");
    }
}
