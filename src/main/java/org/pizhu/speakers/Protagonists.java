package org.pizhu.speakers;

import java.util.List;
import org.pizhu.document.Block;

/**
 * The person a feature story follows: a name the paragraphs around a block keep opening with. A paragraph that is
 * one quotation, with nobody speaking before it, gives the words to the person the paragraph above was about
 * ({@code 陳大文遲疑了。} / {@code “家裏人已經知道我放假了……”}) only when the story names that person again nearby.
 */
final class Protagonists {
    /** Blocks looked at on either side. */
    private static final int WINDOW = 10;

    private Protagonists() {
    }

    /** Characters of the paragraph above in which its subject is looked for. */
    private static final int OPENING = 40;

    /**
     * The person {@code above} opens with as its subject, if the name recurs in another block near {@code index}; a
     * three-character reading whose first two characters recur instead ({@code 汪勇遲疑了} read as 汪勇遲) as that
     * name; else null.
     */
    static Mention recurring(Block above, Subjects subjects, List<Block> blocks, int index) {
        if (above == null || blocks == null) {
            return null;
        }
        String t = above.text();
        Mention subject = subjects.firstPersonBetween(t, 0, Math.min(t.length(), OPENING), QuoteSpans.of(t));
        if (subject == null || subject.kind() != Mention.Kind.PERSON) {
            return null;
        }
        if (blocksNaming(subject.name(), blocks, index) >= 2) {
            return subject;
        }
        if (subject.name().length() == 3 && subject.surname() != null && subject.surname().length() == 1) {
            String shorter = subject.name().substring(0, 2);
            if (blocksNaming(shorter, blocks, index) >= 3) {
                return new Mention(subject.start(), subject.start() + 2, Mention.Kind.PERSON, shorter,
                        subject.surname(), subject.title(), subject.strong());
            }
        }
        return null;
    }

    private static int blocksNaming(String name, List<Block> blocks, int index) {
        int n = 0;
        for (int i = Math.max(0, index - WINDOW); i < Math.min(blocks.size(), index + WINDOW + 1); i++) {
            if (blocks.get(i).text().contains(name)) {
                n++;
            }
        }
        return n;
    }
}
