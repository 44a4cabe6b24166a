package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of words indexed by first and last character, for longest-match look-ups at a position in either direction
 * without creating substrings.
 */
final class WordSet {
    private final Set<String> words;
    private final CharTable byFirst = new CharTable();
    private final CharTable byLast = new CharTable();

    WordSet(Collection<String> words) {
        this.words = new HashSet<>(words);
        Map<Character, List<String>> first = new HashMap<>();
        Map<Character, List<String>> last = new HashMap<>();
        for (String w : this.words) {
            if (w.isEmpty()) {
                continue;
            }
            first.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            last.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        first.forEach((c, l) -> byFirst.put(c, l.stream().sorted(longestFirst).toArray(String[]::new)));
        last.forEach((c, l) -> byLast.put(c, l.stream().sorted(longestFirst).toArray(String[]::new)));
    }

    /** Words by a character, in pages of 256 allocated on demand (no boxing on look-up). */
    private static final class CharTable {
        private final String[][][] pages = new String[256][][];

        void put(char c, String[] words) {
            String[][] page = pages[c >>> 8];
            if (page == null) {
                page = new String[256][];
                pages[c >>> 8] = page;
            }
            page[c & 0xFF] = words;
        }

        String[] get(char c) {
            String[][] page = pages[c >>> 8];
            return page == null ? null : page[c & 0xFF];
        }
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    boolean contains(char c) {
        String[] ws = byFirst.get(c);
        if (ws == null) {
            return false;
        }
        for (String w : ws) {
            if (w.length() == 1) {
                return true;
            }
        }
        return false;
    }

    /** Length of the longest word starting at {@code pos} and ending at or before {@code limit}; 0 if none. */
    int matchAt(CharSequence text, int pos, int limit) {
        if (pos < 0 || pos >= limit) {
            return 0;
        }
        String[] ws = byFirst.get(text.charAt(pos));
        if (ws == null) {
            return 0;
        }
        for (String w : ws) {
            if (pos + w.length() <= limit && regionEquals(text, pos, w)) {
                return w.length();
            }
        }
        return 0;
    }

    /** Length of the longest word ending just before {@code end} and starting at or after {@code floor}; 0 if none. */
    int matchEndingAt(CharSequence text, int end, int floor) {
        if (end <= floor || end > text.length()) {
            return 0;
        }
        String[] ws = byLast.get(text.charAt(end - 1));
        if (ws == null) {
            return 0;
        }
        for (String w : ws) {
            int start = end - w.length();
            if (start >= floor && regionEquals(text, start, w)) {
                return w.length();
            }
        }
        return 0;
    }

    private static boolean regionEquals(CharSequence text, int pos, String w) {
        for (int i = 0; i < w.length(); i++) {
            if (text.charAt(pos + i) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
