package org.pizhu.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A window test class with one {@link WindowFixture} window for all its tests, over a library in a temporary folder. */
public abstract class OneWindowTest {
    @TempDir
    protected static Path dir;
    protected static WindowFixture window;
    protected final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        window = WindowFixture.open(dir, TestDocuments.tempPrefs());
    }

    @AfterAll
    static void close() throws Exception {
        window.close();
    }
}
