package org.pizhu.library;

import java.time.Instant;

/**
 * One block in which a person speaks, with where it stands: for following one official across many articles.
 *
 * @param documentId    the document
 * @param documentTitle its title
 * @param importedAt    when it entered the library
 * @param block         the block's index in the document
 * @param speaker       the name as this document writes it
 * @param text          the block's text
 */
public record Statement(long documentId, String documentTitle, Instant importedAt, int block, String speaker,
                        String text) {
}
