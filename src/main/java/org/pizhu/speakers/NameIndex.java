package org.pizhu.speakers;

import java.util.Arrays;
import java.util.Collection;
import org.pizhu.text.CharTrie;

/**
 * Finds every occurrence of the known speaker names in a text in one pass over a character trie of the names, so the
 * cost is the text's length times the longest name, however many speakers a document has.
 */
final class NameIndex {

    /** Receives one occurrence: the speaker, and the start and end offsets of its name. */
    interface Visitor {
        void visit(SpeakerBook.Entry entry, int start, int end);
    }

    private final CharTrie<SpeakerBook.Entry[]> names;

    NameIndex(Collection<SpeakerBook.Entry> entries) {
        CharTrie.Builder<SpeakerBook.Entry[]> b = CharTrie.merging((was, more) -> {
            SpeakerBook.Entry[] all = Arrays.copyOf(was, was.length + more.length);
            System.arraycopy(more, 0, all, was.length, more.length);
            return all;
        });
        for (SpeakerBook.Entry e : entries) {
            b.put(e.name, new SpeakerBook.Entry[] {e});
        }
        names = b.build();
    }

    void forEachOccurrence(String t, Visitor v) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (!names.mayStart(t.charAt(i))) {
                continue;
            }
            int node = CharTrie.ROOT;
            for (int j = i; j < n; j++) {
                node = names.child(node, t.charAt(j));
                if (node == CharTrie.NONE) {
                    break;
                }
                SpeakerBook.Entry[] ending = names.valueAt(node);
                if (ending != null) {
                    for (SpeakerBook.Entry e : ending) {
                        v.visit(e, i, j + 1);
                    }
                }
            }
        }
    }
}
