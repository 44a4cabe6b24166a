package org.pizhu.export;

import java.util.Locale;

/** The script exported text is written in: as in the document, or converted to one of the Chinese standards. */
public enum ScriptTarget {
    ORIGINAL("original"), TRADITIONAL("t"), SIMPLIFIED("s"), HONG_KONG("hk"), TAIWAN("tw");

    private final String id;

    ScriptTarget(String id) {
        this.id = id;
    }

    /** The short name used on the command line and in front matter, e.g. {@code "hk"}. */
    public String id() {
        return id;
    }

    /** The target named {@code id} ({@code original}, {@code t}, {@code s}, {@code hk} or {@code tw}; case-insensitive). */
    public static ScriptTarget of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (ScriptTarget t : values()) {
            if (t.id.equals(wanted)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown script '" + id + "' (use original, t, s, hk or tw)");
    }
}
