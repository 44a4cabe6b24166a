package org.pizhu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code target/pizhu.jar} (or another command) in a child process, for end-to-end tests. */
final class JarRunner {
    /** Output of one run. */
    record Result(int exitCode, String out, String err) {
    }

    private JarRunner() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("pizhu.jar", "target/pizhu.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("package the jar first: " + jar + " is missing");
        }
        return jar;
    }

    static Path shared() {
        return org.pizhu.corpus.CorpusLocation.shared();
    }

    static Result pizhu(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    static Result run(List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile("pizhu-out", ".txt");
        Path err = Files.createTempFile("pizhu-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("PIZHU_LOG_DIR", Path.of("target", "test-logs").toAbsolutePath().toString());
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + cmd);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
