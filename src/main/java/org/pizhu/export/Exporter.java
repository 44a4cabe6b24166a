package org.pizhu.export;

import java.util.List;

/**
 * The export engine: turns an {@link ExportRequest} into Markdown (through its template), Web Annotation JSON, or
 * CSL-JSON / BibTeX citation data.
 * Pure: it reads nothing and writes nothing, so the Export dialog can call it for a live preview; write the result
 * with {@link ExportWriter}.
 */
public final class Exporter {
    private Exporter() {
    }

    /**
     * The export as text.
     *
     * @throws ExportException if a tag or speaker filter matches no annotation, or a user template fails
     */
    public static String render(ExportRequest request) {
        List<Selection.Section> sections = Selection.select(request);
        switch (request.format()) {
            case JSON -> {
                return WebAnnotationJson.render(request, sections);
            }
            case CSL -> {
                return CslJson.render(sections);
            }
            case BIB -> {
                return BibTex.render(sections);
            }
            default -> {
            }
        }
        String out = request.template().execute(new MarkdownModel(request).build(sections));
        return tidy(out);
    }

    /** Ends the text with exactly one line break (templates tend to leave blank lines at the end). */
    private static String tidy(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end == 0 ? "" : s.substring(0, end) + "\n";
    }
}
