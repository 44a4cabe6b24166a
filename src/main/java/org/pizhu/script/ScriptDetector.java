package org.pizhu.script;

import java.util.BitSet;
import java.util.Map;

/**
 * Judges whether a text is written in Traditional or Simplified characters, from the characters that differ between
 * the two scripts according to OpenCC's character dictionaries.
 *
 * <p>A character counts as Traditional when TSCharacters converts it to something else, as Simplified when
 * STCharacters converts it and does not list it among its own Traditional forms; characters on both lists (and all
 * characters the scripts share) do not count. With neither kind present the text is {@link Script#NONE}; when one
 * kind makes up at least nine tenths of the counted characters, that script; otherwise {@link Script#MIXED}.
 */
public final class ScriptDetector {
    private ScriptDetector() {
    }

    /** Counts of the script-specific characters of a text. */
    public record Counts(int traditional, int simplified) {
        /** The script these counts indicate. */
        public Script script() {
            if (traditional == 0 && simplified == 0) {
                return Script.NONE;
            }
            if (traditional >= 9L * simplified) {
                return Script.TRADITIONAL;
            }
            if (simplified >= 9L * traditional) {
                return Script.SIMPLIFIED;
            }
            return Script.MIXED;
        }
    }

    /** The script of {@code text}. */
    public static Script detect(CharSequence text) {
        return count(text).script();
    }

    /** The script-specific character counts of {@code text}. */
    public static Counts count(CharSequence text) {
        BitSet trad = Tables.TRADITIONAL;
        BitSet simp = Tables.SIMPLIFIED;
        int t = 0;
        int s = 0;
        for (int i = 0, n = text.length(); i < n; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (trad.get(cp)) {
                t++;
            } else if (simp.get(cp)) {
                s++;
            }
        }
        return new Counts(t, s);
    }

    /** Whether {@code codePoint} is a Traditional character with a different Simplified form. */
    public static boolean isTraditionalOnly(int codePoint) {
        return codePoint >= 0 && Tables.TRADITIONAL.get(codePoint);
    }

    /** Whether {@code codePoint} is a Simplified character with a different Traditional form. */
    public static boolean isSimplifiedOnly(int codePoint) {
        return codePoint >= 0 && Tables.SIMPLIFIED.get(codePoint);
    }

    private static final class Tables {
        static final BitSet TRADITIONAL = new BitSet();
        static final BitSet SIMPLIFIED = new BitSet();

        static {
            for (Map.Entry<String, String> e : OpenccData.file("TSCharacters").defaults().entrySet()) {
                if (single(e.getKey()) && !e.getKey().equals(e.getValue())) {
                    TRADITIONAL.set(e.getKey().codePointAt(0));
                }
            }
            for (DictionaryFile.Line l : OpenccData.file("STCharacters").entries()) {
                if (single(l.key()) && !l.values().contains(l.key())) {
                    SIMPLIFIED.set(l.key().codePointAt(0));
                }
            }
            BitSet both = (BitSet) TRADITIONAL.clone();
            both.and(SIMPLIFIED);
            TRADITIONAL.andNot(both);
            SIMPLIFIED.andNot(both);
        }

        private static boolean single(String s) {
            return !s.isEmpty() && s.codePointCount(0, s.length()) == 1;
        }
    }
}
