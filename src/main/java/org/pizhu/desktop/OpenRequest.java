package org.pizhu.desktop;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a launch asks the window to show: a file (imported into the library, then shown) or a {@code pizhu://} link to
 * a document of the library, optionally at one of its annotations. Parsed from the command line and from the
 * {@code file://} URLs a desktop passes; sent between instances in {@link #wire()} form.
 */
public sealed interface OpenRequest {
    /** The scheme of links to documents and annotations in the library. */
    String SCHEME = "pizhu";

    /** The form sent to a running window: an absolute path or a link. */
    String wire();

    /**
     * A file to import and show.
     *
     * @param file absolute path
     */
    record OpenFile(Path file) implements OpenRequest {
        @Override
        public String wire() {
            return file.toString();
        }
    }

    /**
     * A document of the library, shown at an annotation when {@code annotation} is positive or {@code uid} is given.
     *
     * @param document   library id of the document
     * @param annotation library id of the annotation (links written before annotations had uids), or 0
     * @param uid        the annotation's globally unique id (links written since), or empty
     */
    record OpenLink(long document, long annotation, String uid) implements OpenRequest {
        public OpenLink(long document, long annotation) {
            this(document, annotation, "");
        }

        @Override
        public String wire() {
            String a = !uid.isEmpty() ? "#a-" + uid : annotation > 0 ? "#a-" + annotation : "";
            return SCHEME + "://doc/" + document + a;
        }
    }

    /**
     * {@code pizhu://doc/N} with an optional {@code #a-UUID} (or the older {@code #a-M}); a trailing slash is tolerated
     * (some browsers add it).
     */
    Pattern LINK = Pattern.compile("pizhu://doc/(\\d{1,18})/?(?:#a-(?:(\\d{1,18})|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}"
            + "-[0-9a-f]{4}-[0-9a-f]{12})))?", Pattern.CASE_INSENSITIVE);

    /**
     * Parses one argument: a {@code pizhu://} link, a {@code file://} URL or a path (relative to {@code cwd}).
     *
     * @throws IllegalArgumentException with a one-line message when it is a malformed link or not an existing file
     */
    static OpenRequest parse(String arg, Path cwd) {
        if (arg.regionMatches(true, 0, SCHEME + ":", 0, SCHEME.length() + 1)) {
            Matcher m = LINK.matcher(arg.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a Pizhu link: " + arg
                        + " (expected pizhu://doc/N or pizhu://doc/N#a-ID)");
            }
            return new OpenLink(Long.parseLong(m.group(1)), m.group(2) == null ? 0 : Long.parseLong(m.group(2)),
                    m.group(3) == null ? "" : m.group(3).toLowerCase(java.util.Locale.ROOT));
        }
        Path file;
        if (arg.regionMatches(true, 0, "file:", 0, 5)) {
            try {
                file = Path.of(URI.create(arg));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a file URL: " + arg);
            }
        } else {
            file = cwd.resolve(arg);
        }
        file = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(Files.exists(file) ? "not a regular file: " + arg
                    : arg + " is neither a file nor a command (see pizhu --help)");
        }
        return new OpenFile(file);
    }

    /** Parses every argument in order (see {@link #parse}). */
    static List<OpenRequest> parseAll(List<String> args, Path cwd) {
        List<OpenRequest> out = new ArrayList<>();
        for (String a : args) {
            out.add(parse(a, cwd));
        }
        return out;
    }

    /** The current directory of this process. */
    static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }
}
