package org.pizhu.script;

import java.util.Map;

/**
 * One OpenCC dictionary as a hash table of keys with, per first character, the set of key lengths present, so a
 * longest-prefix match probes only lengths that exist and never allocates.
 *
 * <p>Lengths count UTF-16 units. Keys longer than 63 units are not supported (OpenCC's longest is 43).
 */
final class PhraseTable implements Matcher {
    /** A key's length and the value OpenCC emits for it (its first candidate). */
    record Entry(String key, int keyLength, String value) {
    }

    static final int MAX_KEY = 63;

    private final Entry[] slots;
    private final int[] hashes;
    private final int slotMask;
    private final long[] starts = new long[1024];
    /** Open-addressed map from a first character to the bit set of key lengths starting with it. */
    private final char[] lenKeys;
    private final long[] lenMasks;
    private final int lenMask;
    private final int size;

    /**
     * Builds a table from keys and values in dictionary order; for a repeated key the first entry wins, as in
     * OpenCC's matcher.
     */
    PhraseTable(Map<String, String> entries) {
        int cap = Integer.highestOneBit(Math.max(4, entries.size() * 2) - 1) << 1;
        slots = new Entry[cap];
        hashes = new int[cap];
        slotMask = cap - 1;
        long[] lengths = new long[65536];
        int firstChars = 0;
        int n = 0;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String key = e.getKey();
            if (key.isEmpty() || key.length() > MAX_KEY || e.getValue().isEmpty()) {
                continue;
            }
            int h = key.hashCode();
            int i = mix(h) & slotMask;
            while (slots[i] != null) {
                i = (i + 1) & slotMask;
            }
            slots[i] = new Entry(key, key.length(), e.getValue());
            hashes[i] = h;
            char c = key.charAt(0);
            starts[c >>> 6] |= 1L << c;
            if (lengths[c] == 0) {
                firstChars++;
            }
            lengths[c] |= 1L << key.length();
            n++;
        }
        size = n;
        int lcap = Integer.highestOneBit(Math.max(4, firstChars * 2) - 1) << 1;
        lenKeys = new char[lcap];
        lenMasks = new long[lcap];
        lenMask = lcap - 1;
        for (int c = 0; c < lengths.length; c++) {
            if (lengths[c] == 0) {
                continue;
            }
            int i = mix(c) & lenMask;
            while (lenMasks[i] != 0) {
                i = (i + 1) & lenMask;
            }
            lenKeys[i] = (char) c;
            lenMasks[i] = lengths[c];
        }
    }

    int size() {
        return size;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    @Override
    public boolean mayStart(char c) {
        return (starts[c >>> 6] & (1L << c)) != 0;
    }

    /** The value for exactly {@code key}, or {@code null}. */
    String get(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY) {
            return null;
        }
        char[] t = key.toCharArray();
        Entry e = lookup(t, 0, t.length);
        return e == null ? null : e.value();
    }

    @Override
    public Entry match(char[] text, int pos, int end) {
        char c = text[pos];
        if ((starts[c >>> 6] & (1L << c)) == 0) {
            return null;
        }
        long lengths = lengthsOf(c);
        int room = Math.min(end - pos, MAX_KEY);
        if (room < MAX_KEY) {
            lengths &= (1L << (room + 1)) - 1;
        }
        while (lengths != 0) {
            int len = 63 - Long.numberOfLeadingZeros(lengths);
            Entry e = lookup(text, pos, len);
            if (e != null) {
                return e;
            }
            lengths &= ~(1L << len);
        }
        return null;
    }

    private long lengthsOf(char c) {
        int i = mix(c) & lenMask;
        while (true) {
            long m = lenMasks[i];
            if (m == 0 || lenKeys[i] == c) {
                return m;
            }
            i = (i + 1) & lenMask;
        }
    }

    private Entry lookup(char[] text, int pos, int len) {
        int h = 0;
        for (int k = pos, e = pos + len; k < e; k++) {
            h = 31 * h + text[k];
        }
        int i = mix(h) & slotMask;
        while (true) {
            Entry s = slots[i];
            if (s == null) {
                return null;
            }
            if (hashes[i] == h && s.keyLength == len && regionEquals(s.key, text, pos)) {
                return s;
            }
            i = (i + 1) & slotMask;
        }
    }

    private static boolean regionEquals(String key, char[] text, int pos) {
        for (int k = 0, n = key.length(); k < n; k++) {
            if (key.charAt(k) != text[pos + k]) {
                return false;
            }
        }
        return true;
    }
}
