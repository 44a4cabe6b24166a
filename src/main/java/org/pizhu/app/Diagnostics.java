package org.pizhu.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.pizhu.library.LibraryPaths;

/**
 * Where Pizhu's log goes and what a bug report needs. Code logs through {@link System.Logger}; this routes it to a
 * rotating file in the data folder ({@code logs/pizhu0.log}, five files of 1 MB; {@code PIZHU_LOG_DIR} or
 * {@code -Dpizhu.logDir} elsewhere) and, with {@code --verbose}, to standard error. Without it nothing is printed on
 * the terminal: the command line keeps its one-line messages.
 */
public final class Diagnostics {
    private static final int FILE_LIMIT_BYTES = 1 << 20;
    private static final int FILE_COUNT = 5;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneId.systemDefault());

    private static volatile Path logFile;

    private Diagnostics() {
    }

    /**
     * Sends the log to the rotating file (when its folder can be written) and, if {@code verbose}, to standard error
     * with debug detail. Replaces the platform's default console output. Safe to call again.
     */
    public static synchronized void start(boolean verbose) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        Level level = verbose ? Level.FINE : Level.INFO;
        root.setLevel(level);
        Logger.getLogger("org.pizhu").setLevel(level);
        Path folder = logFolder();
        try {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("pizhu%g.log").toString(), FILE_LIMIT_BYTES,
                    FILE_COUNT, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new LineFormatter());
            file.setLevel(level);
            root.addHandler(file);
            logFile = folder.resolve("pizhu0.log");
        } catch (IOException | SecurityException e) {
            logFile = null;
        }
        if (verbose) {
            ConsoleHandler console = new ConsoleHandler();
            console.setFormatter(new LineFormatter());
            console.setLevel(Level.FINE);
            root.addHandler(console);
        }
        System.getLogger("org.pizhu").log(System.Logger.Level.DEBUG, "log started: " + logFile);
    }

    /** The folder the log is written to: {@code -Dpizhu.logDir}, else {@code PIZHU_LOG_DIR}, else data folder/logs. */
    public static Path logFolder() {
        String property = System.getProperty("pizhu.logDir", "");
        if (!property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("PIZHU_LOG_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return LibraryPaths.dataFolder().resolve("logs");
    }

    /** The current log file, if the log could be opened. */
    public static Optional<Path> logFile() {
        return Optional.ofNullable(logFile);
    }

    /** What a bug report needs: versions, platform, paths. */
    public static String report() {
        String version = Diagnostics.class.getPackage().getImplementationVersion();
        Runtime rt = Runtime.getRuntime();
        return String.join("\n",
                "Pizhu " + (version == null ? "dev" : version),
                "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                "OS " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                "Locale " + Locale.getDefault().toLanguageTag() + ", file encoding "
                        + System.getProperty("file.encoding"),
                "Memory " + rt.totalMemory() / (1 << 20) + " MB used of " + rt.maxMemory() / (1 << 20) + " MB",
                "Library " + LibraryPaths.resolve(null).toAbsolutePath(),
                "Log " + logFile().map(Path::toString).orElse("(not written: " + logFolder() + " is not writable)"));
    }

    /** One line per record (time, level, logger, message), then the stack trace of its exception if any. */
    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder(160)
                    .append(TIME.format(r.getInstant())).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                sb.append(trace);
            }
            return sb.toString();
        }
    }
}
