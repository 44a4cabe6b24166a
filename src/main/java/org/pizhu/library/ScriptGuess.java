package org.pizhu.library;

import org.pizhu.script.SearchKey;

/**
 * A quick guess at a text's script for the document list: Chinese characters whose search key differs from
 * themselves are Traditional (the key folds to Simplified).
 */
final class ScriptGuess {
    private ScriptGuess() {
    }

    static String of(String text) {
        String key = SearchKey.of(text);
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (key.charAt(i) != c) {
                    traditional++;
                }
            }
        }
        if (han == 0) {
            return "none";
        }
        return traditional * 50 >= han ? "traditional" : "simplified";
    }
}
