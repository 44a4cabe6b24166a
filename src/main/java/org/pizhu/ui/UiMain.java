package org.pizhu.ui;

import javafx.application.Application;

/** Starts the desktop window; kept apart so the command line never loads JavaFX classes. */
public final class UiMain {
    private UiMain() {
    }

    /** Launches {@link PizhuApp} and returns when the window is closed. */
    public static void launch(String[] args) {
        Application.launch(PizhuApp.class, args);
    }
}
