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
    public java.util.List<Path> chooseImportFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.import.filter"),
                "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.pdf", "*.epub"));
        java.util.List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? java.util.List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(title);
        alert.setContentText(message);
        return alert.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
    }

    @Override
    public Optional<Path> chooseSaveFile(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.export.title"));
        chooser.setInitialFileName(suggested);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
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
