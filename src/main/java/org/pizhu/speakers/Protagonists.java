package org.pizhu.speakers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Paragraphs near a block a person must open for the story to follow them. */
    private static final int DOMINANT = 3;

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
            return dominant(subjects, blocks, index);
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

    /**
     * The person the paragraphs near {@code index} open with most often, at least {@value #DOMINANT} times and more
     * often than anyone else: whom a feature story follows when the paragraph above names nobody. Null if none.
     */
    private static Mention dominant(Subjects subjects, List<Block> blocks, int index) {
        Map<String, Integer> times = new HashMap<>();
        Map<String, Mention> first = new HashMap<>();
        for (int i = Math.max(0, index - WINDOW); i < Math.min(blocks.size(), index + WINDOW + 1); i++) {
            String t = blocks.get(i).text();
            Mention m = i == index ? null : subjects.firstPersonBetween(t, 0, Math.min(t.length(), OPENING), QuoteSpans.of(t));
            if (m != null && m.kind() == Mention.Kind.PERSON) {
                times.merge(m.name(), 1, Integer::sum);
                first.putIfAbsent(m.name(), m);
            }
        }
        String best = null;
        int bestTimes = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : times.entrySet()) {
            if (e.getValue() > bestTimes) {
                second = bestTimes;
                best = e.getKey();
                bestTimes = e.getValue();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        return bestTimes >= DOMINANT && bestTimes > second ? first.get(best) : null;
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
