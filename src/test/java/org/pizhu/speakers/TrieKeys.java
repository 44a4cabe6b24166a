package org.pizhu.speakers;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the keys of a HanLP {@link DoubleArrayTrie} whose keys were not kept (tries loaded from {@code .trie.dat} or
 * {@code .bin} files): a walk from the root over the arrays, where a child of the state with base {@code b} is every
 * position {@code p} with {@code check[p] == b}, reached by the character {@code p - b - 1}. Used by
 * {@link SurnameTableBuilder}.
 */
final class TrieKeys {
    /** Longest key followed; HanLP's name and word tries hold far shorter ones. */
    private static final int MAX_LENGTH = 24;

    private TrieKeys() {
    }

    static List<String> of(DoubleArrayTrie<?> trie) {
        int[] base = trie.getBase();
        int[] check = trie.getCheck();
        int n = Math.min(base.length, check.length);
        Map<Integer, List<Integer>> children = new HashMap<>();
        for (int p = 1; p < n; p++) {
            children.computeIfAbsent(check[p], k -> new ArrayList<>()).add(p);
        }
        List<String> keys = new ArrayList<>();
        Deque<Map.Entry<Integer, String>> todo = new ArrayDeque<>();
        todo.push(Map.entry(base[0], ""));
        while (!todo.isEmpty()) {
            Map.Entry<Integer, String> state = todo.pop();
            int b = state.getKey();
            String prefix = state.getValue();
            for (int p : children.getOrDefault(b, List.of())) {
                int c = p - b - 1;
                if (p == b && base[p] < 0 && !prefix.isEmpty()) {
                    keys.add(prefix);
                } else if (c > 0 && c <= Character.MAX_VALUE && prefix.length() < MAX_LENGTH) {
                    todo.push(Map.entry(base[p], prefix + (char) c));
                }
            }
        }
        return keys;
    }
}
