package org.pizhu.speakers;

/**
 * Pairs of characters (the first two of a name) in an open-addressed table keyed by the pair, with what followed them
 * in a text: the one character and how often, or that several did, and whether that character once closed a word
 * (punctuation, 的 or a speech verb after it). No allocation per character of the text.
 */
final class PairFollowers {
    private final int[] keys;
    private final char[] follower;
    private final int[] count;
    private final boolean[] mixed;
    private final boolean[] closed;
    private final boolean[] firsts = new boolean[Character.MAX_VALUE + 1];
    private final boolean[] seconds = new boolean[Character.MAX_VALUE + 1];

    PairFollowers(int n) {
        int size = Integer.highestOneBit(Math.max(8, n * 4) - 1) << 1;
        keys = new int[size];
        follower = new char[size];
        count = new int[size];
        mixed = new boolean[size];
        closed = new boolean[size];
    }

    private int slot(char a, char b) {
        int key = a << 16 | b;
        int mask = keys.length - 1;
        int i = key * 0x9E3779B1 >>> 16 & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = i + 1 & mask;
        }
        return i;
    }

    void add(char a, char b) {
        keys[slot(a, b)] = a << 16 | b;
        firsts[a] = true;
        seconds[b] = true;
    }

    /**
     * Records what follows each pair of the table in {@code t}; {@code closes} tells whether a word ends before a
     * position (null: not asked).
     */
    void read(String t, WordEnds closes) {
        for (int i = 0; i + 1 < t.length(); i++) {
            if (firsts[t.charAt(i)] && seconds[t.charAt(i + 1)]) {
                int s = slot(t.charAt(i), t.charAt(i + 1));
                if (keys[s] == 0) {
                    continue;
                }
                char after = i + 2 < t.length() ? t.charAt(i + 2) : ' ';
                mixed[s] |= count[s] > 0 && follower[s] != after;
                follower[s] = after;
                count[s]++;
                closed[s] |= closes != null && !closed[s] && i + 2 < t.length() && closes.at(t, i + 3);
            }
        }
    }

    /** Whether the pair was always followed by {@code after}, at least {@code times} times. */
    boolean alwaysFollowedBy(char a, char b, char after, int times) {
        int i = slot(a, b);
        return keys[i] != 0 && !mixed[i] && follower[i] == after && count[i] >= times;
    }

    /** The one character that always followed the pair, at least {@code times} times and once before a word's end, or 0. */
    char closedFollower(char a, char b, int times) {
        int i = slot(a, b);
        return keys[i] != 0 && !mixed[i] && closed[i] && count[i] >= times ? follower[i] : 0;
    }

    /** Whether a word ends just before position {@code at} of a text. */
    interface WordEnds {
        boolean at(String t, int at);
    }
}
