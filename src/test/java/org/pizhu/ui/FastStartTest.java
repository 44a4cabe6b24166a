package org.pizhu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FastStartTest {
    @Test
    void startsInThisJvmWhenNotRunFromTheJar() {
        // Tests run from target/classes, as javafx:run does: no child JVM.
        assertThat(FastStart.runInChild(new String[0])).isEmpty();
    }

    @Test
    void startsInThisJvmInsideTheChild() {
        System.setProperty(FastStart.CHILD, "true");
        try {
            assertThat(FastStart.runInChild(new String[0])).isEmpty();
        } finally {
            System.clearProperty(FastStart.CHILD);
        }
    }
}
