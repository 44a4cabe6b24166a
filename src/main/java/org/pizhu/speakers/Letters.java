package org.pizhu.speakers;

import java.util.List;
import java.util.Set;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;

/**
 * Letters printed in full ({@code 贺信}, {@code 回信}, {@code 致…的信}): a heading that names a letter, its paragraphs
 * and a byline that is the writer's bare name (the signature). The paragraphs are the writer's words, and the writer,
 * though signed like an author, is no reporter.
 */
final class Letters {
    /** Longest heading read as a letter's title ({@code 贺  信}, {@code 习近平给某某的回信}). */
    private static final int MAX_TITLE = 24;

    private Letters() {
    }

    /**
     * Gives every signed letter's paragraphs without a speaker to its writer and takes the writer out of
     * {@code reporters}.
     */
    static void attribute(List<Block> blocks, SpeakerBook book, SpeakerBook.Entry[] attributed, Set<String> reporters,
                          Bylines bylines) {
        for (Block b : blocks) {
            if (b.kind() != BlockKind.BYLINE || b.index() == 0) {
                continue;
            }
            int first = letterStart(blocks, b.index());
            String signature = b.text().strip();
            if (first < 0 || !List.of(signature).equals(bylines.inByline(signature))) {
                continue; // no letter's title above, or more than the writer's bare name
            }
            SpeakerBook.Entry writer = book.resolve(new Mention(0, signature.length(), Mention.Kind.PERSON, signature,
                    null, null, true), new Story());
            for (int i = first; i < b.index(); i++) {
                if (attributed[i] == null) {
                    attributed[i] = writer;
                    writer.statements.add(i);
                }
            }
            reporters.remove(signature);
        }
    }

    /** First paragraph of the letter a signature at {@code signature} closes, or -1 if no letter's title heads it. */
    private static int letterStart(List<Block> blocks, int signature) {
        int i = signature - 1;
        while (i >= 0 && blocks.get(i).kind() == BlockKind.PARAGRAPH) {
            i--;
        }
        if (i < 0 || i == signature - 1 || blocks.get(i).kind() != BlockKind.HEADING) {
            return -1;
        }
        String title = blocks.get(i).text().replaceAll("\\s", "");
        return title.length() <= MAX_TITLE && title.endsWith("信") ? i + 1 : -1;
    }
}
