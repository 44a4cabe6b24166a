package org.pizhu.library;

import java.time.Instant;

/**
 * A document in the library, without its text: what lists show.
 *
 * @param id          the library's id (what the CLI prints and takes as DOC)
 * @param title       the user's title, else the first block's heading or first sentence ({@link DocumentTitles})
 * @param sourceName  the file name (or label) it was imported from
 * @param script      "traditional", "simplified" or "none" (no Chinese text)
 * @param importedAt  when it was first imported
 * @param modifiedAt  when it was last re-imported (or imported)
 * @param version     1 at import, +1 at each re-import
 * @param length      characters of source text
 * @param annotations number of annotations, orphans included
 */
public record DocumentInfo(long id, String title, String sourceName, String script, Instant importedAt,
                           Instant modifiedAt, int version, int length, int annotations) {
}
