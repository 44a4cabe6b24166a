package org.pizhu.importing;

import java.util.Locale;

/** The file formats the importer reads. */
public enum SourceFormat {
    TEXT, MARKDOWN, HTML, PDF, EPUB;

    /** The lower-case name used in messages and JSON, e.g. {@code "pdf"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
