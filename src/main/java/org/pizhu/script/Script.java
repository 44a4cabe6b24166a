package org.pizhu.script;

import java.util.Locale;

/** The Chinese script a text is written in, as {@link ScriptDetector} judges it. */
public enum Script {
    TRADITIONAL,
    SIMPLIFIED,
    MIXED,
    NONE;

    /** The id used in JSON output: traditional, simplified, mixed or none. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
