package org.pizhu.speakers;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts of two-character words, looked up by their two characters without making a string: an open-addressed table
 * keyed by the characters packed into an {@code int}. Words of another length are not kept.
 */
final class PairCounts {
    private final int[] keys;
    private final int[] counts;
    private final boolean[] used;
    private final int mask;

    PairCounts(Map<String, Integer> words) {
        int cap = Integer.highestOneBit(Math.max(4, words.size() * 2) - 1) << 1;
        keys = new int[cap];
        counts = new int[cap];
        used = new boolean[cap];
        mask = cap - 1;
        for (Map.Entry<String, Integer> w : words.entrySet()) {
            String k = w.getKey();
            if (k.length() == 2) {
                int key = k.charAt(0) << 16 | k.charAt(1);
                int slot = slot(key);
                while (used[slot] && keys[slot] != key) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                keys[slot] = key;
                counts[slot] = w.getValue();
            }
        }
    }

    /** The two-character words of {@code words}, each counted once. */
    static PairCounts of(Collection<String> words) {
        Map<String, Integer> counted = new HashMap<>();
        words.forEach(w -> counted.put(w, 1));
        return new PairCounts(counted);
    }

    private int slot(int key) {
        return (key * 0x9E3779B9 >>> 16) & mask;
    }

    private int find(char a, char b) {
        int key = a << 16 | b;
        for (int slot = slot(key); used[slot]; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return slot;
            }
        }
        return -1;
    }

    /** The count of the word {@code ab}; 0 if it is not a word. */
    int count(char a, char b) {
        int slot = find(a, b);
        return slot < 0 ? 0 : counts[slot];
    }

    /** Whether {@code text[from, from + 2)} is a word. */
    boolean contains(CharSequence text, int from) {
        return find(text.charAt(from), text.charAt(from + 1)) >= 0;
    }
}
