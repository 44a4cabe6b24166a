package org.pizhu.ui;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs the view models ask for; the application passes JavaFX ones, tests pass scripted ones. */
public interface Dialogs {
    /** Asks for a UTF-8 text file to open; empty when cancelled. */
    Optional<Path> chooseTextFile();

    /** Shows an error with a clear message (never a stack trace). */
    void showError(String title, String message);
}
