package org.pizhu.importing;

import java.util.List;

/**
 * What a file says about itself, for citing it: title, authors, outlet, date and address, read from structured
 * metadata (JSON-LD, Open Graph and {@code <meta>} tags of a web page; the OPF package of an EPUB). Each field is
 * {@code null} (or empty) when the file does not give it.
 *
 * @param title   the document's own title
 * @param authors authors or reporters, in the order given
 * @param outlet  the publisher or site name
 * @param date    the publication date as written (ISO 8601 in most pages)
 * @param url     the canonical address of a web page
 * @param notes   things the import could not keep as they were (e.g. images standing for characters)
 */
public record SourceMetadata(String title, List<String> authors, String outlet, String date, String url,
        List<String> notes) {
    /** No metadata. */
    public static final SourceMetadata NONE = new SourceMetadata(null, List.of(), null, null, null, List.of());

    public SourceMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** These metadata with {@code more} notes appended. */
    public SourceMetadata withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new SourceMetadata(title, authors, outlet, date, url, all);
    }
}
