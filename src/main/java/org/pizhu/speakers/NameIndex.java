package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of the known speaker names in a text in one pass. Names are indexed by their first two
 * characters (one-character names by their only one), so each position looks at the few names that can start there
 * however many speakers a document has.
 */
final class NameIndex {

    /** Receives one occurrence: the speaker, and the start and end offsets of its name. */
    interface Visitor {
        void visit(SpeakerBook.Entry entry, int start, int end);
    }

    private final Map<Integer, List<SpeakerBook.Entry>> byFirstTwo = new HashMap<>();
    private final Map<Character, List<SpeakerBook.Entry>> single = new HashMap<>();
    private final boolean[] starts = new boolean[0x10000];

    NameIndex(Collection<SpeakerBook.Entry> entries) {
        for (SpeakerBook.Entry e : entries) {
            String n = e.name;
            if (n.isEmpty()) {
                continue;
            }
            if (n.length() == 1) {
                single.computeIfAbsent(n.charAt(0), k -> new ArrayList<>()).add(e);
            } else {
                byFirstTwo.computeIfAbsent(key(n.charAt(0), n.charAt(1)), k -> new ArrayList<>()).add(e);
            }
            starts[n.charAt(0)] = true;
        }
    }

    void forEachOccurrence(String t, Visitor v) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!starts[c]) {
                continue;
            }
            List<SpeakerBook.Entry> one = single.get(c);
            if (one != null) {
                for (SpeakerBook.Entry e : one) {
                    v.visit(e, i, i + 1);
                }
            }
            if (i + 1 < t.length()) {
                List<SpeakerBook.Entry> es = byFirstTwo.get(key(c, t.charAt(i + 1)));
                if (es != null) {
                    for (SpeakerBook.Entry e : es) {
                        if (t.startsWith(e.name, i)) {
                            v.visit(e, i, i + e.name.length());
                        }
                    }
                }
            }
        }
    }

    private static int key(char first, char second) {
        return first << 16 | second;
    }
}
