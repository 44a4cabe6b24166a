package org.pizhu.speakers;

import java.util.Collection;
import org.pizhu.text.CharTrie;

/**
 * A set of words for longest-match look-ups at a position of a text, forwards or backwards, without creating
 * substrings: one character trie of the words and one of the words reversed.
 */
final class WordSet {
    private final CharTrie<String> forward;
    private final CharTrie<String> backward;

    WordSet(Collection<String> words) {
        CharTrie.Builder<String> f = CharTrie.firstWins();
        CharTrie.Builder<String> b = CharTrie.firstWins();
        for (String w : words) {
            f.put(w, w);
            b.put(new StringBuilder(w).reverse().toString(), w);
        }
        forward = f.build();
        backward = b.build();
    }

    boolean contains(String word) {
        return forward.get(word) != null;
    }

    /** Whether {@code text[from, to)} is a word, without creating the substring. */
    boolean contains(CharSequence text, int from, int to) {
        int node = from < to && forward.mayStart(text.charAt(from)) ? CharTrie.ROOT : CharTrie.NONE;
        for (int k = from; k < to && node != CharTrie.NONE; k++) {
            node = forward.child(node, text.charAt(k));
        }
        return node > CharTrie.ROOT && forward.valueAt(node) != null;
    }

    boolean contains(char c) {
        if (!forward.mayStart(c)) {
            return false;
        }
        int node = forward.child(CharTrie.ROOT, c);
        return node != CharTrie.NONE && forward.valueAt(node) != null;
    }

    /** False when no word starts with {@code c}. */
    boolean mayStart(char c) {
        return forward.mayStart(c);
    }

    /** Length of the longest word starting at {@code pos} and ending at or before {@code limit}; 0 if none. */
    int matchAt(CharSequence text, int pos, int limit) {
        if (pos < 0 || pos >= limit || !forward.mayStart(text.charAt(pos))) {
            return 0;
        }
        int best = 0;
        int node = CharTrie.ROOT;
        for (int k = pos; k < limit; k++) {
            node = forward.child(node, text.charAt(k));
            if (node == CharTrie.NONE) {
                break;
            }
            if (forward.valueAt(node) != null) {
                best = k + 1 - pos;
            }
        }
        return best;
    }

    /** Length of the longest word ending just before {@code end} and starting at or after {@code floor}; 0 if none. */
    int matchEndingAt(CharSequence text, int end, int floor) {
        if (end <= floor || end > text.length() || !backward.mayStart(text.charAt(end - 1))) {
            return 0;
        }
        int best = 0;
        int node = CharTrie.ROOT;
        for (int k = end - 1; k >= floor; k--) {
            node = backward.child(node, text.charAt(k));
            if (node == CharTrie.NONE) {
                break;
            }
            if (backward.valueAt(node) != null) {
                best = end - k;
            }
        }
        return best;
    }
}
