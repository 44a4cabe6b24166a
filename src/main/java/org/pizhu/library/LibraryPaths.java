package org.pizhu.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the library lives: {@code PIZHU_LIBRARY} if set, else {@code library.db} in the platform's data folder
 * ({@code $XDG_DATA_HOME/pizhu} or {@code ~/.local/share/pizhu} on Linux, {@code ~/Library/Application Support/Pizhu}
 * on macOS, {@code %APPDATA%\Pizhu} on Windows).
 */
public final class LibraryPaths {
    /** The file name of the library in the data folder. */
    public static final String FILE_NAME = "library.db";

    private LibraryPaths() {
    }

    /** The library path for this process: {@code explicit} if given, else the environment, else the default. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** The platform's folder for Pizhu's data on this machine (the library's default folder, logs). */
    public static Path dataFolder() {
        return dataFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** The library path from the given environment and platform (for tests). */
    static Path resolve(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get("PIZHU_LIBRARY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return dataFolder(env, osName, home).resolve(FILE_NAME);
    }

    /** The platform's folder for Pizhu's data. */
    static Path dataFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve("Pizhu");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(home, "Library", "Application Support", "Pizhu");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "pizhu");
        }
        return Path.of(home, ".local", "share", "pizhu");
    }
}
