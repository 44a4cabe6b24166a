package org.pizhu.export;

import java.util.Locale;

/**
 * What an export is written as: Markdown through a template, W3C Web Annotation JSON, or the exported documents'
 * citation data as CSL-JSON or BibTeX.
 */
public enum ExportFormat {
    MD, JSON, CSL, BIB;

    /** The format named {@code id} ({@code md}/{@code markdown}, {@code json}, {@code csl}/{@code csl-json}, {@code bib}/{@code bibtex}). */
    public static ExportFormat of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "md", "markdown" -> MD;
            case "json" -> JSON;
            case "csl", "csl-json" -> CSL;
            case "bib", "bibtex" -> BIB;
            default -> throw new IllegalArgumentException("unknown format '" + id + "' (use md, json, csl or bib)");
        };
    }

    /** The usual file extension: {@code md}, {@code json} (Web Annotation and CSL-JSON) or {@code bib}. */
    public String extension() {
        return switch (this) {
            case MD -> "md";
            case JSON, CSL -> "json";
            case BIB -> "bib";
        };
    }
}
