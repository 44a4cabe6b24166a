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
