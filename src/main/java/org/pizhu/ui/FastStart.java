package org.pizhu.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts the window in a child JVM that uses a class-data-sharing archive of the application's classes, which
 * roughly halves JavaFX's start-up time. The first run lists the classes it loads (as they load, so closing the window
 * costs nothing) in the user's cache directory; the second makes the archive from that list in a background JVM a
 * while after its window is up; later runs map it. Only used when {@code java} runs {@code pizhu.jar} (not under a jpackage launcher or
 * {@code javafx:run}); {@code -Dpizhu.cds=false} turns it off.
 *
 * <p>This class must not touch JavaFX: it runs in the short-lived parent JVM.
 */
final class FastStart {
    static final String CHILD = "pizhu.child";
    static final String LAUNCH_START = "pizhu.launchStart";
    /** Seconds after a launch before the archive is made, so that it does not slow the window's start. */
    private static final int DUMP_DELAY_SECONDS = 20;

    private FastStart() {
    }

    /** Runs the window (showing {@code args}) in a child JVM and returns its exit code; empty when the window should start in this JVM. */
    static Optional<Integer> runInChild(String[] args) {
        if (Boolean.getBoolean(CHILD) || "false".equals(System.getProperty("pizhu.cds"))) {
            return Optional.empty();
        }
        Optional<Path> jar = applicationJar();
        Optional<String> java = ProcessHandle.current().info().command()
                .filter(c -> Path.of(c).getFileName().toString().matches("java(\\.exe)?"));
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path archive = archiveFor(jar.get());
            Path classList = archive.resolveSibling(archive.getFileName().toString().replace(".jsa", ".classlist"));
            List<String> command = new ArrayList<>();
            command.add(java.get());
            boolean recorded = Files.isRegularFile(archive);
            boolean listed = Files.isRegularFile(classList);
            if (!recorded && !listed) {
                removeStaleArchives(archive);
            }
            if (recorded) {
                command.add("-XX:SharedArchiveFile=" + archive);
            } else if (!listed) {
                // Written while classes load, so closing the window costs nothing; the archive is made from it later.
                command.add("-XX:DumpLoadedClassList=" + classList);
            }
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
            command.add("-D" + CHILD + "=true");
            command.add("-D" + LAUNCH_START + "=" + ProcessHandle.current().info().startInstant()
                    .map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis()));
            System.getProperties().stringPropertyNames().stream()
                    .filter(k -> k.startsWith("pizhu.") || k.startsWith("prism.") || k.startsWith("glass.")
                            || k.startsWith("javafx.") || k.equals("file.encoding") || k.equals("user.language"))
                    .filter(k -> !k.equals(CHILD) && !k.equals(LAUNCH_START))
                    .forEach(k -> command.add("-D" + k + "=" + System.getProperty(k)));
            command.addAll(moduleOptions());
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("org.pizhu.Launcher");
            command.addAll(List.of(args));
            Process child = new ProcessBuilder(command).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child)));
            if (!recorded && listed) {
                dumpLater(java.get(), classList, archive);
            }
            return Optional.of(child.waitFor());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /**
     * The module options of this JVM when JavaFX is in its boot layer (a jlinked runtime such as the installer's):
     * ControlsFX and ReactFX on the classpath need the same {@code --add-exports}/{@code --add-opens} in the child.
     */
    private static List<String> moduleOptions() {
        if (ModuleLayer.boot().findModule("javafx.base").isEmpty()) {
            return List.of();
        }
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-exports") || a.startsWith("--add-opens")
                        || a.startsWith("--add-modules") || a.startsWith("--add-reads"))
                .toList();
    }

    /**
     * Makes the archive from the class list of an earlier run in a separate JVM, in the background once the window
     * has settled ({@link #DUMP_DELAY_SECONDS}); it outlives this launcher if the window is closed first.
     */
    private static void dumpLater(String java, Path classList, Path archive) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(DUMP_DELAY_SECONDS * 1000L);
                List<String> dump = new ArrayList<>();
                if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
                    dump.addAll(List.of("/usr/bin/nice", "-n", "15"));
                }
                dump.addAll(List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                        "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
                dump.addAll(moduleOptions());
                dump.addAll(List.of("-cp", System.getProperty("java.class.path")));
                new ProcessBuilder(dump).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                // Without an archive the window only starts more slowly.
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pizhu-cds-dump");
        t.setDaemon(true);
        t.start();
    }

    /** Deletes archives recorded for earlier builds or runtimes. */
    private static void removeStaleArchives(Path keep) {
        String name = keep.getFileName().toString().replace(".jsa", "");
        try (var files = Files.list(keep.getParent())) {
            files.filter(f -> f.getFileName().toString().matches("pizhu-[0-9a-f]{8}\\.(jsa|classlist)")
                            && !f.getFileName().toString().startsWith(name))
                    .forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // Old archives only take space.
            return;
        }
    }

    /** Asks the child to quit and waits for it, so that it can save its place and close the library. */
    private static void stop(Process child) {
        child.destroy();
        try {
            child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Path> applicationJar() {
        try {
            var source = FastStart.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The archive for this jar build and Java runtime, in the user's cache directory. */
    private static Path archiveFor(Path jar) throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("pizhu");
        Files.createDirectories(cache);
        String key = jar.toAbsolutePath() + "|" + Files.getLastModifiedTime(jar).toMillis() + "|" + Files.size(jar)
                + "|" + System.getProperty("java.vm.version") + "|" + System.getProperty("java.class.path");
        return cache.resolve(String.format(Locale.ROOT, "pizhu-%08x.jsa", key.hashCode()));
    }
}
