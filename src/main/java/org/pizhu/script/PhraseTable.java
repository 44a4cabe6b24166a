package org.pizhu.script;

import java.util.Arrays;
import java.util.Map;

/**
 * One OpenCC dictionary as a character trie, so a longest-prefix match walks the text once and stops at the first
 * character no key continues with (usually after one or two characters).
 *
 * <p>The trie's edges live in one open-addressed table keyed by (parent node, UTF-16 char); node 0 is the root.
 * Keys longer than {@link #MAX_KEY} UTF-16 units are ignored (OpenCC's longest is 43). Immutable once built.
 */
final class PhraseTable implements Matcher {
    /** A key's length and the value OpenCC emits for it (its first candidate). */
    record Entry(String key, int keyLength, String value) {
    }

    static final int MAX_KEY = 63;
    private static final long EMPTY = -1L;

    private final long[] edgeKeys;
    private final int[] edgeChildren;
    private final int edgeMask;
    private final Entry[] entries;
    private final long[] starts = new long[1024];
    private final int size;

    /**
     * Builds a table from keys and values in dictionary order; for a repeated key the first entry wins, as in
     * OpenCC's matcher.
     */
    PhraseTable(Map<String, String> map) {
        long units = 16;
        for (String k : map.keySet()) {
            units += k.length();
        }
        int cap = Integer.highestOneBit((int) Math.min(1 << 29, units + units / 3) - 1) << 1;
        edgeKeys = new long[cap];
        Arrays.fill(edgeKeys, EMPTY);
        edgeChildren = new int[cap];
        edgeMask = cap - 1;
        Entry[] nodes = new Entry[(int) Math.min(Integer.MAX_VALUE - 8, units + 1)];
        int nodeCount = 1;
        int n = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            String key = e.getKey();
            if (key.isEmpty() || key.length() > MAX_KEY || e.getValue().isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                long ek = edgeKey(node, c);
                int slot = slot(ek);
                while (edgeKeys[slot] != EMPTY && edgeKeys[slot] != ek) {
                    slot = (slot + 1) & edgeMask;
                }
                if (edgeKeys[slot] == EMPTY) {
                    edgeKeys[slot] = ek;
                    edgeChildren[slot] = nodeCount++;
                }
                node = edgeChildren[slot];
            }
            if (nodes[node] == null) {
                nodes[node] = new Entry(key, key.length(), e.getValue());
                n++;
            }
            char first = key.charAt(0);
            starts[first >>> 6] |= 1L << first;
        }
        entries = Arrays.copyOf(nodes, nodeCount);
        size = n;
    }

    private static long edgeKey(int node, char c) {
        return ((long) node << 16) | c;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & edgeMask;
    }

    private int child(int node, char c) {
        long ek = edgeKey(node, c);
        int slot = slot(ek);
        while (true) {
            long k = edgeKeys[slot];
            if (k == ek) {
                return edgeChildren[slot];
            }
            if (k == EMPTY) {
                return -1;
            }
            slot = (slot + 1) & edgeMask;
        }
    }

    int size() {
        return size;
    }

    @Override
    public boolean mayStart(char c) {
        return (starts[c >>> 6] & (1L << c)) != 0;
    }

    /** The value for exactly {@code key}, or {@code null}. */
    String get(String key) {
        int node = 0;
        for (int i = 0; i < key.length() && node >= 0; i++) {
            node = child(node, key.charAt(i));
        }
        return node > 0 && entries[node] != null ? entries[node].value() : null;
    }

    @Override
    public Entry match(char[] text, int pos, int end) {
        Entry best = null;
        int node = 0;
        int limit = Math.min(end, pos + MAX_KEY);
        for (int k = pos; k < limit; k++) {
            node = child(node, text[k]);
            if (node < 0) {
                break;
            }
            Entry e = entries[node];
            if (e != null) {
                best = e;
            }
        }
        return best;
    }
}
