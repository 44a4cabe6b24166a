package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds every occurrence of the known speaker names in a text in one pass (names indexed by first character). */
final class NameIndex {

    /** Receives one occurrence: the speaker, and the start and end offsets of its name. */
    interface Visitor {
        void visit(SpeakerBook.Entry entry, int start, int end);
    }

    private final Map<Character, List<SpeakerBook.Entry>> byFirst = new HashMap<>();
    private final boolean[] starts = new boolean[0x10000];

    NameIndex(Collection<SpeakerBook.Entry> entries) {
        for (SpeakerBook.Entry e : entries) {
            if (!e.name.isEmpty()) {
                byFirst.computeIfAbsent(e.name.charAt(0), k -> new ArrayList<>()).add(e);
                starts[e.name.charAt(0)] = true;
            }
        }
    }

    void forEachOccurrence(String t, Visitor v) {
        for (int i = 0; i < t.length(); i++) {
            if (!starts[t.charAt(i)]) {
                continue;
            }
            List<SpeakerBook.Entry> es = byFirst.get(t.charAt(i));
            if (es == null) {
                continue;
            }
            for (SpeakerBook.Entry e : es) {
                if (t.startsWith(e.name, i)) {
                    v.visit(e, i, i + e.name.length());
                }
            }
        }
    }
}
