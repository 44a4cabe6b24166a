package org.pizhu.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX dialogs owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;
    private final Messages messages;

    /** Dialogs over {@code owner}. */
    public FxDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseTextFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.open.filter"), "*.txt"));
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
