package org.pizhu.ui;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs code once a scene has been laid out (and so drawn in the same pulse), e.g. to know a document is on screen. */
public final class Pulses {
    private Pulses() {
    }

    /**
     * Runs {@code then} on the JavaFX thread after the first layout pulse of {@code scene} at which {@code condition}
     * holds.
     */
    public static void afterLayoutWhen(Scene scene, BooleanSupplier condition, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (condition.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(then);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
