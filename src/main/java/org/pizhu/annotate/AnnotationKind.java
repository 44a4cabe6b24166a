package org.pizhu.annotate;

import java.util.Locale;

/** How an annotation marks its text: a coloured highlight, an underline, or only a note attached to the passage. */
public enum AnnotationKind {
    HIGHLIGHT, UNDERLINE, NOTE;

    /** The lower-case name stored in the library, e.g. {@code "highlight"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code id} (case-insensitive). */
    public static AnnotationKind of(String id) {
        for (AnnotationKind k : values()) {
            if (k.id().equalsIgnoreCase(id.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown annotation kind '" + id + "' (use highlight, underline or note)");
    }
}
