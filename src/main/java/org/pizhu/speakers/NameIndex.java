package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of the known speaker names in a text in one pass over a character trie of the names, so the
 * cost is the text's length times the longest name, however many speakers a document has.
 */
final class NameIndex {

    /** Receives one occurrence: the speaker, and the start and end offsets of its name. */
    interface Visitor {
        void visit(SpeakerBook.Entry entry, int start, int end);
    }

    /** A trie node: the names ending here and the nodes for the next character. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        final List<SpeakerBook.Entry> ending = new ArrayList<>(1);
    }

    private final Node root = new Node();

    NameIndex(Collection<SpeakerBook.Entry> entries) {
        for (SpeakerBook.Entry e : entries) {
            if (e.name.isEmpty()) {
                continue;
            }
            Node node = root;
            for (int i = 0; i < e.name.length(); i++) {
                node = node.next.computeIfAbsent(e.name.charAt(i), k -> new Node());
            }
            node.ending.add(e);
        }
    }

    void forEachOccurrence(String t, Visitor v) {
        for (int i = 0; i < t.length(); i++) {
            Node node = root.next.get(t.charAt(i));
            int j = i + 1;
            while (node != null) {
                for (SpeakerBook.Entry e : node.ending) {
                    v.visit(e, i, j);
                }
                node = j < t.length() ? node.next.get(t.charAt(j)) : null;
                j++;
            }
        }
    }
}
