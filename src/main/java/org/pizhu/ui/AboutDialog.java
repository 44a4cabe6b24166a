package org.pizhu.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.pizhu.app.Diagnostics;

/**
 * Help › About: what Pizhu is, where its log is, and the diagnostic information a bug report needs, with a button
 * that copies it (versions, platform, library and log paths, fonts in use).
 */
final class AboutDialog {
    private AboutDialog() {
    }

    /** Shows the dialog over {@code owner}; {@code fontFamily} is the reading font in use. */
    static void show(Window owner, Messages m, String fontFamily) {
        String info = Diagnostics.report() + "\nJavaFX " + System.getProperty("javafx.runtime.version", "?")
                + "\nReading font " + (fontFamily == null || fontFamily.isEmpty() ? "(none found)" : fontFamily);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(m.get("about.title"));
        alert.setHeaderText(m.get("about.header"));
        Label log = new Label(m.get("about.log", Diagnostics.logFile().map(Object::toString)
                .orElse(Diagnostics.logFolder().toString())));
        log.setWrapText(true);
        TextArea details = new TextArea(info);
        details.setId("diagnostics");
        details.setEditable(false);
        details.setPrefRowCount(9);
        details.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, log, details));
        ButtonType copy = new ButtonType(m.get("about.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(info);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        alert.show();
    }
}
