package org.pizhu.document;

import java.util.Locale;

/** What a reflowed block is in the reading of a page: the kinds the reader styles and the analysis reports. */
public enum BlockKind {
    HEADING, PARAGRAPH, CAPTION, BYLINE, CREDIT;

    /** The lower-case name used in JSON and the CLI, e.g. {@code "paragraph"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether readers treat blocks of this kind as running text (speech can be attributed to them). */
    public boolean isRunningText() {
        return this == PARAGRAPH || this == CAPTION;
    }
}
