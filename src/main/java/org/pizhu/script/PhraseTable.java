package org.pizhu.script;

import java.util.Map;
import org.pizhu.text.CharTrie;

/**
 * One OpenCC dictionary as a character trie, so a longest-prefix match walks the text once and stops at the first
 * character no key continues with (usually after one or two characters). Keys longer than {@link #MAX_KEY} UTF-16
 * units are ignored (OpenCC's longest is 43). Immutable once built.
 */
final class PhraseTable implements Matcher {
    /** A key's length and the value OpenCC emits for it (its first candidate). */
    record Entry(String key, int keyLength, String value) {
    }

    static final int MAX_KEY = 63;

    private final CharTrie<Entry> trie;

    /**
     * Builds a table from keys and values in dictionary order; for a repeated key the first entry wins, as in
     * OpenCC's matcher.
     */
    PhraseTable(Map<String, String> map) {
        CharTrie.Builder<Entry> b = CharTrie.firstWins();
        for (Map.Entry<String, String> e : map.entrySet()) {
            String key = e.getKey();
            if (key.length() <= MAX_KEY && !e.getValue().isEmpty()) {
                b.put(key, new Entry(key, key.length(), e.getValue()));
            }
        }
        trie = b.build();
    }

    int size() {
        return trie.size();
    }

    @Override
    public boolean mayStart(char c) {
        return trie.mayStart(c);
    }

    /** The value for exactly {@code key}, or {@code null}. */
    String get(String key) {
        Entry e = trie.get(key);
        return e == null ? null : e.value();
    }

    @Override
    public Entry match(char[] text, int pos, int end) {
        Entry best = null;
        int node = CharTrie.ROOT;
        int limit = Math.min(end, pos + MAX_KEY);
        for (int k = pos; k < limit; k++) {
            node = trie.child(node, text[k]);
            if (node == CharTrie.NONE) {
                break;
            }
            Entry e = trie.valueAt(node);
            if (e != null) {
                best = e;
            }
        }
        return best;
    }
}
