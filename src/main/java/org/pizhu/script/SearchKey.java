package org.pizhu.script;

import java.util.Map;

/**
 * The search key of a text: the same text folded so that searches match across scripts and widths.
 *
 * <p>Each UTF-16 char is replaced by one char: CJK compatibility ideographs by their unified forms, Taiwan and Hong
 * Kong variant characters by OpenCC's standard forms, Traditional characters by their first Simplified candidate in
 * OpenCC's TSCharacters, full-width ASCII by ASCII (and the ideographic space by a space), letters by lower case.
 * Only mappings from one BMP character to one BMP character are used, so <strong>the key has exactly the length of
 * the text and an offset in the key is the same offset in the text</strong>. Surrogates (characters outside the BMP,
 * and unpaired ones) pass through unchanged. A table lookup per char; thread-safe.
 */
public final class SearchKey {
    private SearchKey() {
    }

    /** The search key of {@code text}: same length, char for char. */
    public static String of(CharSequence text) {
        char[] table = Table.FOLD;
        int n = text.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = table[text.charAt(i)];
        }
        return new String(out);
    }

    /** The folded form of one char. */
    public static char fold(char c) {
        return Table.FOLD[c];
    }

    private static final class Table {
        static final char[] FOLD = build();

        private static char[] build() {
            char[] t = new char[65536];
            for (int c = 0; c < t.length; c++) {
                t[c] = (char) c;
            }
            apply(t, OpenccData.file("CJK_Compatibility_Ideographs").defaults());
            apply(t, OpenccData.file("TWVariants").reversedDefaults());
            apply(t, OpenccData.file("HKVariants").reversedDefaults());
            apply(t, OpenccData.file("TSCharacters").defaults());
            for (int c = 0; c < t.length; c++) {
                char x = t[c];
                if (x >= '\uFF01' && x <= '\uFF5E') {
                    x = (char) (x - 0xFEE0);
                } else if (x == '\u3000') {
                    x = ' ';
                }
                char lower = Character.toLowerCase(x);
                t[c] = Character.isSurrogate(lower) ? x : lower;
            }
            for (int c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) {
                t[c] = (char) c;
            }
            return t;
        }

        /** Applies one-char-to-one-char mappings to the current image of every char. */
        private static void apply(char[] t, Map<String, String> mapping) {
            char[] step = new char[65536];
            for (int c = 0; c < step.length; c++) {
                step[c] = (char) c;
            }
            for (Map.Entry<String, String> e : mapping.entrySet()) {
                String k = e.getKey();
                String v = e.getValue();
                if (k.length() == 1 && v.length() == 1 && !Character.isSurrogate(k.charAt(0))
                        && !Character.isSurrogate(v.charAt(0))) {
                    step[k.charAt(0)] = v.charAt(0);
                }
            }
            for (int c = 0; c < t.length; c++) {
                t[c] = step[t[c]];
            }
        }
    }
}
