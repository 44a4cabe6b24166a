package org.pizhu.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Where sqlite-jdbc's native library lives: extracted once into a per-user cache folder
 * ({@code $XDG_CACHE_HOME/pizhu/native/VERSION}, {@code ~/Library/Caches/pizhu/…}, {@code %LOCALAPPDATA%\pizhu\cache\…})
 * and loaded from there, instead of sqlite-jdbc copying it into the shared temporary folder on every start (where
 * concurrent runs raced on deleting each other's copies and killed runs left copies behind).
 *
 * <p>The file is written under a unique temporary name and renamed into place, so concurrent first starts never see a
 * partial library; later starts only check its size. When the cache folder cannot be used, sqlite-jdbc's own
 * behaviour stays in force.
 */
final class NativeSqlite {
    private static final String LIB_PATH = "org.sqlite.lib.path";
    private static final String LIB_NAME = "org.sqlite.lib.name";
    private static final String TMPDIR = "org.sqlite.tmpdir";
    private static boolean prepared;

    private NativeSqlite() {
    }

    /** Points sqlite-jdbc at the cached native library (extracting it first if needed); call before any connection. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(LIB_PATH) != null) {
            return;
        }
        try {
            Path folder = cacheFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"))
                    .resolve(org.sqlite.SQLiteJDBCLoader.getVersion());
            String name = System.mapLibraryName("sqlitejdbc");
            if (name.endsWith(".jnilib")) {
                name = name.replace(".jnilib", ".dylib");
            }
            String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                    + name;
            Files.createDirectories(folder);
            System.setProperty(TMPDIR, folder.toString());
            if (extract(resource, folder.resolve(name))) {
                System.setProperty(LIB_PATH, folder.toString());
                System.setProperty(LIB_NAME, name);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            System.getLogger("org.pizhu.library").log(System.Logger.Level.DEBUG,
                    "native SQLite library not cached; sqlite-jdbc extracts it itself", e);
        }
    }

    /** Copies {@code resource} to {@code target} unless a copy of the same size is there; false if there is none. */
    private static boolean extract(String resource, Path target) throws IOException {
        try (InputStream in = NativeSqlite.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            byte[] bytes = in.readAllBytes();
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
                return true;
            }
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
                    out.write(bytes);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        }
    }

    /** The per-user cache folder for native code, from the given environment and platform. */
    static Path cacheFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local"))
                    .resolve("pizhu").resolve("cache").resolve("native");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(home, "Library", "Caches", "pizhu", "native");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "pizhu", "native");
        }
        return Path.of(home, ".cache", "pizhu", "native");
    }
}
