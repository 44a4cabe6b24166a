package org.pizhu.speakers;

import java.util.Arrays;
import java.util.Collection;

/**
 * Finds every occurrence of the known speaker names in a text in one pass over a character trie of the names, so the
 * cost is the text's length times the longest name, however many speakers a document has. The first character is
 * looked up in a table indexed by the character itself and the rest in small sorted arrays: this runs once per
 * character of the document, so it avoids boxing and hashing.
 */
final class NameIndex {

    /** Receives one occurrence: the speaker, and the start and end offsets of its name. */
    interface Visitor {
        void visit(SpeakerBook.Entry entry, int start, int end);
    }

    private static final SpeakerBook.Entry[] NONE = new SpeakerBook.Entry[0];

    /** A trie node: the names ending here and the nodes for the next character, by sorted character. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        SpeakerBook.Entry[] ending = NONE;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node childOrNew(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            Node n = new Node();
            keys = insert(keys, at, c);
            Node[] grown = new Node[children.length + 1];
            System.arraycopy(children, 0, grown, 0, at);
            grown[at] = n;
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            children = grown;
            return n;
        }

        private static char[] insert(char[] a, int at, char c) {
            char[] grown = new char[a.length + 1];
            System.arraycopy(a, 0, grown, 0, at);
            grown[at] = c;
            System.arraycopy(a, at, grown, at + 1, a.length - at);
            return grown;
        }
    }

    private final Node[] first = new Node[Character.MAX_VALUE + 1];

    NameIndex(Collection<SpeakerBook.Entry> entries) {
        for (SpeakerBook.Entry e : entries) {
            if (e.name.isEmpty()) {
                continue;
            }
            char c0 = e.name.charAt(0);
            Node node = first[c0];
            if (node == null) {
                node = new Node();
                first[c0] = node;
            }
            for (int i = 1; i < e.name.length(); i++) {
                node = node.childOrNew(e.name.charAt(i));
            }
            node.ending = Arrays.copyOf(node.ending, node.ending.length + 1);
            node.ending[node.ending.length - 1] = e;
        }
    }

    void forEachOccurrence(String t, Visitor v) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            Node node = first[t.charAt(i)];
            int j = i + 1;
            while (node != null) {
                for (SpeakerBook.Entry e : node.ending) {
                    v.visit(e, i, j);
                }
                node = j < n ? node.child(t.charAt(j)) : null;
                j++;
            }
        }
    }
}
