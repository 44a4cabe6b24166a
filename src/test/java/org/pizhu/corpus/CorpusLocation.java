package org.pizhu.corpus;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared corpus lives: system property {@code pizhu.corpus} (e.g. {@code -Dpizhu.corpus=../shared/corpus}),
 * else {@code ../shared/corpus} when that folder exists. Tests that need it skip with a visible reason when it is
 * absent, and fail when the property names a folder that does not exist (a misconfigured run must not pass silently).
 */
public final class CorpusLocation {
    /** The system property naming the corpus root. */
    public static final String PROPERTY = "pizhu.corpus";
    private static final Path DEFAULT = Path.of("..", "shared", "corpus");

    private CorpusLocation() {
    }

    /** The corpus root if it can be found; empty when not given and not at the default place. */
    public static Optional<Path> find() {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            if (!Files.isDirectory(p)) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + given + " names no folder ("
                        + p.toAbsolutePath().normalize() + ")");
            }
            return Optional.of(p);
        }
        return Files.isDirectory(DEFAULT) ? Optional.of(DEFAULT) : Optional.empty();
    }

    /**
     * The corpus root for a test: skips the test (JUnit assumption) when the corpus is not present, fails it when
     * the property names a missing folder.
     */
    public static Path require() {
        Optional<Path> root;
        try {
            root = find();
        } catch (IllegalStateException e) {
            return fail(e.getMessage());
        }
        assumeTrue(root.isPresent(), "shared corpus not found: set -D" + PROPERTY + "=DIR (looked at "
                + DEFAULT.toAbsolutePath().normalize() + ")");
        return root.get();
    }

    /** A folder under the corpus root ({@code dev2}, {@code seed}, …), as {@link #require()} treats the root. */
    public static Path require(String sub) {
        Path p = require().resolve(sub);
        assumeTrue(Files.isDirectory(p), "corpus has no " + sub + " folder at " + p.toAbsolutePath().normalize());
        return p;
    }

    /** The shared folder holding the corpus (its parent, with {@code tools/}). */
    public static Path shared() {
        return require().toAbsolutePath().normalize().getParent();
    }
}
