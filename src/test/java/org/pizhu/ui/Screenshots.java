package org.pizhu.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the headless window for the README, taken by the window tests only when {@code -Dpizhu.screenshots=DIR}
 * is given: the window with its open pop-ups (menus) drawn where they stand.
 */
public final class Screenshots {
    private Screenshots() {
    }

    /** Saves {@code window} with the showing {@code popups} as {@code DIR/name}; nothing without the property. */
    public static void save(String name, Window window, Window... popups) {
        String dir = System.getProperty("pizhu.screenshots", "");
        if (dir.isBlank()) {
            return;
        }
        try {
            BufferedImage picture = WaitForAsyncUtils.asyncFx(() -> {
                BufferedImage img = awt(window.getScene().snapshot(null));
                Graphics2D g = img.createGraphics();
                for (Window p : popups) {
                    if (p != null && p.isShowing()) {
                        // A pop-up's scene is transparent on screen: its root is drawn without the scene's fill.
                        javafx.scene.SnapshotParameters clear = new javafx.scene.SnapshotParameters();
                        clear.setFill(javafx.scene.paint.Color.TRANSPARENT);
                        javafx.scene.Parent root = p.getScene().getRoot();
                        javafx.geometry.Bounds b = root.localToScene(root.getBoundsInLocal());
                        g.drawImage(awt(root.snapshot(clear, null)), (int) (p.getX() + b.getMinX() - window.getX()),
                                (int) (p.getY() + b.getMinY() - window.getY()), null);
                    }
                }
                g.dispose();
                return img;
            }).get();
            Path out = Path.of(dir).resolve(name);
            Files.createDirectories(out.getParent());
            javax.imageio.ImageIO.write(picture, "png", out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("screenshot " + name + " failed", e);
        }
    }

    private static BufferedImage awt(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        return out;
    }
}
