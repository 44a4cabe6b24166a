package org.pizhu.ui;

import javafx.application.Application;

/** Starts the desktop window; kept apart so the command line never loads JavaFX classes. */
public final class UiMain {
    private UiMain() {
    }

    /**
     * Opens the window and returns the exit code when it is closed: in a child JVM with class-data sharing when
     * running from the jar (see {@link FastStart}), else in this JVM.
     */
    public static int launch(String[] args) {
        var child = FastStart.runInChild();
        if (child.isPresent()) {
            return child.get();
        }
        Application.launch(PizhuApp.class, args);
        return 0;
    }
}
