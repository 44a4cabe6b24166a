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
 *
 * <p>{@link #phrased} is the library search's key: the same fold, except that where OpenCC's t2s would convert a
 * phrase of TSPhrases to a value of the same length, the key takes that value, so 乾隆 stays 乾隆 (char by char it
 * would be 干隆, and 干 or 幹 would find it). {@link #literal} folds width, case and regional variants but keeps the
 * script, to tell exact-script hits from folded ones.
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

    /**
     * The phrase-aware key of {@code text}, same length char for char: maximum forward matching with TSPhrases (as
     * t2s does) takes each phrase whose value keeps its length; every other char is folded as by {@link #of}.
     */
    public static String phrased(CharSequence text) {
        int n = text.length();
        char[] v = new char[n];
        for (int i = 0; i < n; i++) {
            v[i] = Table.LITERAL[text.charAt(i)];
        }
        char[] out = new char[n];
        PhraseTable phrases = Phrases.TABLE;
        int p = 0;
        while (p < n) {
            PhraseTable.Entry e = phrases.mayStart(v[p]) ? phrases.match(v, p, n) : null;
            int len = e == null ? 1 : e.keyLength();
            boolean keep = e != null && keepsLength(e);
            for (int k = 0; k < len; k++) {
                out[p + k] = keep ? Table.LITERAL[e.value().charAt(k)] : Table.FOLD[text.charAt(p + k)];
            }
            p += len;
        }
        return new String(out);
    }

    private static boolean keepsLength(PhraseTable.Entry e) {
        String v = e.value();
        if (v.length() != e.keyLength()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isSurrogate(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} with width, case, compatibility and regional variants folded but its script kept; same length. */
    public static String literal(CharSequence text) {
        int n = text.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = Table.LITERAL[text.charAt(i)];
        }
        return new String(out);
    }

    /**
     * Whether {@code a} and {@code b} are different Traditional characters that only share a Simplified form, such as
     * 髮 (hair) and 發 (to send): a Simplified 发 may stand for either, but one never stands for the other.
     */
    public static boolean distinctTraditional(char a, char b) {
        char la = Table.LITERAL[a];
        char lb = Table.LITERAL[b];
        return la != lb && Table.FOLD[a] != la && Table.FOLD[b] != lb;
    }

    /** TSPhrases, loaded on the first phrase-aware key (not by {@link #of}). */
    private static final class Phrases {
        static final PhraseTable TABLE = OpenccData.table("TSPhrases");
    }

    private static final class Table {
        static final char[] FOLD = build(true);
        static final char[] LITERAL = build(false);

        private static char[] build(boolean simplify) {
            char[] t = new char[65536];
            for (int c = 0; c < t.length; c++) {
                t[c] = (char) c;
            }
            apply(t, OpenccData.file("CJK_Compatibility_Ideographs").defaults());
            apply(t, OpenccData.file("TWVariants").reversedDefaults());
            apply(t, OpenccData.file("HKVariants").reversedDefaults());
            if (simplify) {
                apply(t, OpenccData.file("TSCharacters").defaults());
            }
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
