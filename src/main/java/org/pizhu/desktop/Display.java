package org.pizhu.desktop;

import java.util.Locale;
import java.util.Map;

/** Whether this process can open a window, checked before JavaFX starts so that a terminal gets one clear line. */
public final class Display {
    /** What {@code pizhu} prints when it cannot open a window. */
    public static final String NO_DISPLAY = "pizhu: the window needs a graphical session (no DISPLAY is set); "
            + "on the command line use e.g. `pizhu analyze FILE`, `pizhu import FILE`, `pizhu search WORDS` "
            + "(all commands: `pizhu --help`)";

    private Display() {
    }

    /** Whether a window can be opened here. */
    public static boolean available() {
        return available(System.getenv(), System.getProperty("os.name", ""));
    }

    /**
     * Whether a window can be opened with this environment on this system: Windows and macOS always have a display;
     * elsewhere JavaFX draws through X11 (XWayland under Wayland), so {@code DISPLAY} must be set. Headless test runs
     * ({@code -Dglass.platform=Monocle}) need none.
     */
    static boolean available(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || os.contains("darwin")
                || "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
            return true;
        }
        String display = env.get("DISPLAY");
        return display != null && !display.isBlank();
    }
}
