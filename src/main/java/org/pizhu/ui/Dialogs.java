package org.pizhu.ui;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs the view models ask for; the application passes JavaFX ones, tests pass scripted ones. */
public interface Dialogs {
    /** Asks for a UTF-8 text file to open; empty when cancelled. */
    Optional<Path> chooseTextFile();

    /** Asks for files to import into the library; empty when cancelled. */
    default java.util.List<Path> chooseImportFiles() {
        return chooseTextFile().map(java.util.List::of).orElse(java.util.List.of());
    }

    /** Asks to confirm something that cannot be undone; true when confirmed. */
    default boolean confirm(String title, String message) {
        return false;
    }

    /** Asks where to save an export named {@code suggested}; empty when cancelled. */
    default Optional<Path> chooseSaveFile(String suggested) {
        return Optional.empty();
    }

    /** Shows an error with a clear message (never a stack trace). */
    void showError(String title, String message);
}
