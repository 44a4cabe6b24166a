package org.pizhu.script;

/** The scripts a reader can choose to see a document in: the original, or 繁 简 港 台. */
public enum ScriptTarget {
    ORIGINAL("原文"),
    TRADITIONAL("繁"),
    SIMPLIFIED("简"),
    HONG_KONG("港"),
    TAIWAN("台");

    private final String label;

    ScriptTarget(String label) {
        this.label = label;
    }

    /** The short label shown in the window (原文, 繁, 简, 港, 台). */
    public String label() {
        return label;
    }
}
