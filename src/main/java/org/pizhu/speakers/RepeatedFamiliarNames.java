package org.pizhu.speakers;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pizhu.document.Block;

/**
 * Familiar names the document keeps using ({@code 阿財}, {@code 小怜}): 阿 or 小 and one Han character, written at least
 * {@value #MIN_TIMES} times in the running text, that make no common word, no relation and no title and hold no
 * character kept out of names. Stories that call their people so write the name again and again; a character rare in
 * given names (財, 怜) does not then keep the name from being read. One pass over the text.
 */
final class RepeatedFamiliarNames {
    /** How often the document must write the name. */
    static final int MIN_TIMES = 3;
    /** The prefixes read (老 goes with a surname, 老陳, and is read as a familiar surname form instead). */
    private static final String PREFIXES = "阿小";
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private RepeatedFamiliarNames() {
    }

    /** The familiar names the running-text blocks repeat, in order of first sight. */
    static Set<String> in(List<Block> blocks) {
        Map<String, Integer> times = new HashMap<>();
        Set<String> found = new LinkedHashSet<>();
        for (Block b : blocks) {
            if (!b.kind().isRunningText()) {
                continue;
            }
            String t = b.text();
            for (int p = 0; p < PREFIXES.length(); p++) {
                char prefix = PREFIXES.charAt(p);
                for (int s = t.indexOf(prefix); s >= 0; s = t.indexOf(prefix, s + 1)) {
                    count(t, s, times, found);
                }
            }
        }
        return found;
    }

    private static void count(String t, int s, Map<String, Integer> times, Set<String> found) {
        if (s + 1 >= t.length() || !Chars.isHan(t.charAt(s + 1)) || LEX.notNameChars.contains(t.charAt(s + 1))
                || LEX.names.commonWordPairs.contains(t, s) || LEX.relations.matchAt(t, s + 1, t.length()) > 1
                || LEX.titles.matchAt(t, s + 1, t.length()) > 1 || s > 0 && PREFIXES.indexOf(t.charAt(s - 1)) >= 0) {
            return;
        }
        String name = t.substring(s, s + 2);
        if (times.merge(name, 1, Integer::sum) >= MIN_TIMES) {
            found.add(name);
        }
    }
}
