package org.pizhu.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * An immutable character trie from string keys to values: the one trie behind OpenCC's dictionaries, the speaker
 * names of a document and the speaker lexicon's word sets. Callers walk it a character at a time ({@link #child}),
 * so a look-up needs no substrings and stops at the first character no key continues with.
 *
 * <p>The edges live in one open-addressed table of longs, each holding (parent node, UTF-16 char, child node), so a
 * look-up touches one array slot; node {@link #ROOT} is the root and nodes are numbered below 2<sup>24</sup>.
 * A bit set of first characters ({@link #mayStart}) rejects most positions of a text before any hashing. Safe to share
 * between threads once built.
 *
 * @param <V> the value stored for a key
 */
public final class CharTrie<V> {
    /** The root node: the empty prefix. */
    public static final int ROOT = 0;
    /** What {@link #child} answers when no key continues with the character. */
    public static final int NONE = -1;
    private static final long EMPTY = -1L;
    /** Nodes are numbered below this, so that an edge (parent, char, child) fits in one long. */
    private static final int MAX_NODES = (1 << 24) - 1;
    private static final int CHILD_BITS = 24;
    private static final long KEY_MASK = -1L << CHILD_BITS;

    private final long[] edges;
    private final int edgeMask;
    private final int hashShift;
    private final Object[] values;
    private final long[] starts = new long[1024];
    private final int size;

    private CharTrie(List<String> keys, List<V> keyValues, BinaryOperator<V> merge) {
        long units = 16;
        for (String k : keys) {
            units += k.length();
        }
        int cap = Integer.highestOneBit((int) Math.min(1 << 29, units + units / 3) - 1) << 1;
        edges = new long[cap];
        Arrays.fill(edges, EMPTY);
        edgeMask = cap - 1;
        hashShift = Long.numberOfLeadingZeros(edgeMask);
        Object[] nodes = new Object[(int) Math.min(Integer.MAX_VALUE - 8, units + 1)];
        int nodeCount = 1;
        int n = 0;
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            int node = ROOT;
            for (int i = 0; i < key.length(); i++) {
                long ek = edgeKey(node, key.charAt(i));
                int slot = slot(ek);
                while (edges[slot] != EMPTY && (edges[slot] & KEY_MASK) != ek) {
                    slot = (slot + 1) & edgeMask;
                }
                if (edges[slot] == EMPTY) {
                    if (nodeCount == MAX_NODES) {
                        throw new IllegalArgumentException("more than " + MAX_NODES + " trie nodes");
                    }
                    edges[slot] = ek | nodeCount++;
                }
                node = (int) (edges[slot] & ~KEY_MASK);
            }
            if (nodes[node] == null) {
                nodes[node] = keyValues.get(k);
                n++;
            } else {
                @SuppressWarnings("unchecked")
                V was = (V) nodes[node];
                nodes[node] = merge.apply(was, keyValues.get(k));
            }
            char first = key.charAt(0);
            starts[first >>> 6] |= 1L << first;
        }
        values = Arrays.copyOf(nodes, nodeCount);
        size = n;
    }

    /** Collects keys and values; the trie is built once, at {@link #build}. */
    public static final class Builder<V> {
        private final List<String> keys = new ArrayList<>();
        private final List<V> values = new ArrayList<>();
        private final BinaryOperator<V> merge;

        private Builder(BinaryOperator<V> merge) {
            this.merge = merge;
        }

        /** Adds {@code key} (ignored when empty) with {@code value}. */
        public Builder<V> put(String key, V value) {
            if (!key.isEmpty()) {
                keys.add(key);
                values.add(value);
            }
            return this;
        }

        /** The trie of every key put so far. */
        public CharTrie<V> build() {
            return new CharTrie<>(keys, values, merge);
        }
    }

    /** A builder where the first value put for a key wins, as in OpenCC's dictionaries. */
    public static <V> Builder<V> firstWins() {
        return new Builder<>((was, now) -> was);
    }

    /** A builder where values put for the same key are combined by {@code merge(earlier, later)}. */
    public static <V> Builder<V> merging(BinaryOperator<V> merge) {
        return new Builder<>(merge);
    }

    private static long edgeKey(int node, char c) {
        return ((long) node << 40) | ((long) c << CHILD_BITS);
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> hashShift);
    }

    /** The node reached from {@code node} by {@code c}, or {@link #NONE}. */
    public int child(int node, char c) {
        long ek = edgeKey(node, c);
        int slot = slot(ek);
        while (true) {
            long edge = edges[slot];
            if ((edge & KEY_MASK) == ek) { // EMPTY's key part names node 2^24 - 1, which never exists
                return (int) (edge & ~KEY_MASK);
            }
            if (edge == EMPTY) {
                return NONE;
            }
            slot = (slot + 1) & edgeMask;
        }
    }

    /** The value of the key ending at {@code node}, or {@code null} when no key ends there. */
    @SuppressWarnings("unchecked")
    public V valueAt(int node) {
        return (V) values[node];
    }

    /** False when no key starts with {@code c}. */
    public boolean mayStart(char c) {
        return (starts[c >>> 6] & (1L << c)) != 0;
    }

    /** The number of distinct keys. */
    public int size() {
        return size;
    }

    /** The value for exactly {@code key}, or {@code null}. */
    public V get(CharSequence key) {
        int node = ROOT;
        for (int i = 0; i < key.length() && node != NONE; i++) {
            node = child(node, key.charAt(i));
        }
        return node > ROOT ? valueAt(node) : null;
    }
}
