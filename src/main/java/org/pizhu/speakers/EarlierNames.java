package org.pizhu.speakers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pizhu.document.Block;

/**
 * The full names that a bare surname ({@code 鍾否認}) or a bare title ({@code 法官認為}) stands for: the first full name
 * with that surname in the blocks above, or the last person named with that title in the blocks just above. Results
 * per surname are cached and blocks are read at most once per surname, so a document costs linear time.
 */
final class EarlierNames {
    /** How many blocks back a bare title looks for the person it names. */
    private static final int TITLE_REACH = 20;

    private final List<Block> blocks;
    private final Subjects subjects;
    private final Map<String, Mention> bySurname = new HashMap<>();
    private final Map<String, Integer> scanned = new HashMap<>();
    private final Map<String, Integer> foundIn = new HashMap<>();

    EarlierNames(List<Block> blocks, Subjects subjects) {
        this.blocks = blocks;
        this.subjects = subjects;
    }

    /** The first full name with this surname in blocks before {@code upTo}, or null. */
    Mention withSurname(String surname, int upTo) {
        Mention m = bySurname.get(surname);
        if (m != null) {
            return foundIn.get(surname) < upTo ? m : null;
        }
        int from = scanned.getOrDefault(surname, 0);
        for (int i = from; i < upTo; i++) {
            Mention full = subjects.fullNameWithSurname(blocks.get(i).text(), surname);
            if (full != null) {
                bySurname.put(surname, full);
                foundIn.put(surname, i);
                return full;
            }
        }
        scanned.put(surname, Math.max(from, upTo));
        return null;
    }

    /**
     * What a surname with an official title stands for ({@code 胡官}, {@code 陳局長}) when no person with that surname
     * has spoken yet: the first full name with the surname in the blocks above. Courtesy and familiar forms
     * ({@code 陳先生}, {@code 陳伯}: names of their own), surnames already known and other mentions are returned unchanged.
     */
    Mention forTitledSurname(Mention m, SpeakerBook book, int upTo) {
        boolean official = m.kind() == Mention.Kind.SURNAME_TITLE && !Lexicon.INSTANCE.courtesy.contains(m.title())
                && (m.title().length() > 1 || m.title().equals("官"));
        return official && !book.knowsSurname(m.surname()) ? fullNameFor(m, upTo) : m;
    }

    /**
     * The author a statement's introduction names with a surname form ({@code 以下是羅先生的回應：}, {@code 以下是胡官…
     * 發表演說全文：}): the first full name with the surname in the blocks above unless that form has spoken as a
     * name of its own; other mentions unchanged.
     */
    Mention forStatementAuthor(Mention m, SpeakerBook book, int upTo) {
        return m.kind() == Mention.Kind.SURNAME_TITLE && book.get(m.written()) == null ? fullNameFor(m, upTo) : m;
    }

    private Mention fullNameFor(Mention m, int upTo) {
        Mention full = withSurname(m.surname(), upTo);
        return full == null ? m : new Mention(m.start(), m.end(), Mention.Kind.PERSON, full.name(), m.surname(), null,
                true);
    }

    /**
     * The person last named with this title ({@code 法官李文靜}) in the block {@code at} before {@code before} or in
     * the blocks just above it; null if none.
     */
    Mention withTitle(String title, int at, int before) {
        Mention m = subjects.nameAfterTitle(blocks.get(at).text(), title, before);
        for (int i = at - 1; m == null && i >= 0 && at - i <= TITLE_REACH; i--) {
            String t = blocks.get(i).text();
            m = subjects.nameAfterTitle(t, title, t.length());
        }
        return m;
    }
}
