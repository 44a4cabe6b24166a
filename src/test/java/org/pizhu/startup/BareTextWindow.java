package org.pizhu.startup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of {@code scripts/measure-startup.sh}: the least a JavaFX program does to show text — one window with
 * one label holding the first lines of a file — and {@code bare: ready} on standard output after the first frame
 * that shows it (the same moment at which Pizhu prints its readiness line).
 */
public final class BareTextWindow extends Application {
    /** Starts the window; the argument is the text file to show. */
    public static void main(String[] args) {
        Application.launch(BareTextWindow.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        String text = Files.readString(Path.of(getParameters().getRaw().get(0)), StandardCharsets.UTF_8);
        Label label = new Label(text.substring(0, Math.min(1500, text.length())));
        label.setWrapText(true);
        label.setStyle("-fx-font-family: 'Noto Serif CJK TC'; -fx-font-size: 18px;");
        Scene scene = new Scene(new StackPane(label), 1280, 860);
        Runnable[] ready = new Runnable[1];
        ready[0] = () -> {
            if (label.getWidth() > 0) {
                scene.removePostLayoutPulseListener(ready[0]);
                Platform.runLater(() -> {
                    System.out.println("bare: ready");
                    System.out.flush();
                });
            }
        };
        scene.addPostLayoutPulseListener(ready[0]);
        stage.setScene(scene);
        stage.setTitle("bare");
        stage.show();
    }
}
