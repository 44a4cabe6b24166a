package org.pizhu.ui;

import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was and how big its content was, remembered across restarts.
 *
 * @param x         the window's left edge on the screen
 * @param y         the window's top edge
 * @param width     the content's (scene's) width
 * @param height    the content's height
 * @param maximized whether the window was maximized
 */
record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    /** The smallest content the window allows. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;

    /** The window's placement now. */
    static WindowPlacement of(Stage stage) {
        var scene = stage.getScene();
        return new WindowPlacement(stage.getX(), stage.getY(), scene == null ? stage.getWidth() : scene.getWidth(),
                scene == null ? stage.getHeight() : scene.getHeight(), stage.isMaximized());
    }

    /** The default for a first start: 1280×860 or the screen, whichever is smaller, centred. */
    static WindowPlacement standard() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(1280, screen.getWidth());
        double h = Math.min(860, screen.getHeight());
        return new WindowPlacement(Double.NaN, Double.NaN, w, h, false);
    }

    /** The placement as one line of text. */
    String encode() {
        return String.format(Locale.ROOT, "%.0f %.0f %.0f %.0f %s", x, y, width, height, maximized);
    }

    /** A placement read back from {@link #encode()}; empty when it is not one. */
    static Optional<WindowPlacement> decode(String s) {
        String[] f = s == null ? new String[0] : s.trim().split(" ");
        if (f.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowPlacement(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]), Boolean.parseBoolean(f[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * This placement made to fit {@code screens}' visible areas: at least the minimum size, at most the largest
     * screen, and moved back (or centred) when too little of its title bar would be on a screen.
     */
    WindowPlacement fitted(java.util.List<Rectangle2D> screens) {
        double maxW = screens.stream().mapToDouble(Rectangle2D::getWidth).max().orElse(width);
        double maxH = screens.stream().mapToDouble(Rectangle2D::getHeight).max().orElse(height);
        double w = Math.max(MIN_WIDTH, Math.min(width, maxW));
        double h = Math.max(MIN_HEIGHT, Math.min(height, maxH));
        boolean seen = !Double.isNaN(x) && !Double.isNaN(y)
                && screens.stream().anyMatch(s -> s.intersects(x + 40, y, Math.max(1, w - 80), 30));
        return seen ? new WindowPlacement(x, y, w, h, maximized) : new WindowPlacement(Double.NaN, Double.NaN, w, h,
                maximized);
    }

    /** Puts {@code stage} (whose scene already has this size) at this place, or centres it when there is none. */
    void applyTo(Stage stage) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            stage.centerOnScreen();
        } else {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(maximized);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
    }

    /** This placement fitted to the screens there are now. */
    WindowPlacement fittedToScreens() {
        return fitted(Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
    }
}
