package org.pizhu.script;

/**
 * Placeholder for the script branch's search key: width- and case-folding only, same UTF-16 length as the input.
 * The script branch's version (which also folds Traditional to Simplified) replaces this file at merge.
 */
public final class SearchKey {
    private SearchKey() {
    }

    /** The search key of {@code text}: exactly {@code text.length()} chars, offsets match the input's. */
    public static String of(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            out[i] = Character.toLowerCase(c);
        }
        return new String(out);
    }
}
