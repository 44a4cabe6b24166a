package org.pizhu.export;

import org.pizhu.annotate.Annotation;

/** The {@code pizhu://} links written into exports: one place, so Markdown and JSON always agree. */
public final class Links {
    private Links() {
    }

    /** {@code pizhu://doc/N}. */
    public static String document(long documentId) {
        return "pizhu://doc/" + documentId;
    }

    /** {@code pizhu://doc/N#a-UID}: the annotation's link and its id in JSON. */
    public static String annotation(Annotation a) {
        return document(a.documentId()) + "#a-" + blockId(a);
    }

    /** The annotation's id in links and Obsidian block ids: its uid (its row id only for one never saved). */
    public static String blockId(Annotation a) {
        return a.uid().isEmpty() ? String.valueOf(a.id()) : a.uid();
    }
}
