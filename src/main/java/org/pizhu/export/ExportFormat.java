package org.pizhu.export;

import java.util.Locale;

/** What an export is written as: Markdown through a template, or W3C Web Annotation JSON. */
public enum ExportFormat {
    MD, JSON;

    /** The format named {@code id} ({@code md}/{@code markdown} or {@code json}). */
    public static ExportFormat of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "md", "markdown" -> MD;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("unknown format '" + id + "' (use md or json)");
        };
    }
}
