package org.pizhu.script;

/** The scripts a reader can choose to see a document in: the original, or 繁 简 港 台. */
public enum ScriptTarget {
    ORIGINAL("原文", "original"),
    TRADITIONAL("繁", "t"),
    SIMPLIFIED("简", "s"),
    HONG_KONG("港", "hk"),
    TAIWAN("台", "tw");

    private final String label;
    private final String id;

    ScriptTarget(String label, String id) {
        this.label = label;
        this.id = id;
    }

    /** The short name used on the command line and in exports: original, t, s, hk, tw. */
    public String id() {
        return id;
    }

    /** The target named {@code id} (original, t, s, hk or tw; case-insensitive). */
    public static ScriptTarget of(String id) {
        String wanted = id.trim().toLowerCase(java.util.Locale.ROOT);
        for (ScriptTarget t : values()) {
            if (t.id.equals(wanted)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown script '" + id + "' (use original, t, s, hk or tw)");
    }

    /** The script in words, for export front matter: original, traditional, simplified, hong-kong, taiwan. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The short label shown in the window (原文, 繁, 简, 港, 台). */
    public String label() {
        return label;
    }
}
