package org.pizhu.ui;

import javafx.application.Application;

/** Starts the desktop window; kept apart so the command line never loads JavaFX classes. */
public final class UiMain {
    private UiMain() {
    }

    /**
     * Opens the window and returns the exit code when it is closed: in a child JVM with class-data sharing when
     * running from the jar (see {@link FastStart}), else in this JVM. {@code args} are the files and links to show,
     * in {@link org.pizhu.desktop.OpenRequest#wire()} form.
     */
    public static int launch(String[] args) {
        var child = FastStart.runInChild(args);
        if (child.isPresent()) {
            return child.get();
        }
        Application.launch(PizhuApp.class, args);
        return 0;
    }
}
