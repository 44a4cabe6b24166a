package org.pizhu.speakers;

/**
 * Requests that make a cue nobody's words: an act done at someone's request ({@code 應政府要求}) names the requester
 * before the request verb, who asks nothing there.
 */
final class Requests {
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private Requests() {
    }

    /**
     * Whether a request verb names whose request something was done at ({@code 應政府要求}, {@code 應某大學教授陳大文要求}):
     * 應 opens the phrase of the requester, between the clause's start and the verb, and makes no word with the next
     * character ({@code 應急}, {@code 應該}).
     */
    static boolean requestedBy(String t, int mentionStart, int verb) {
        for (int k = Math.min(mentionStart, verb - 1); k >= 0 && verb - k <= 30; k--) {
            char c = t.charAt(k);
            if (Chars.isClauseBreak(c)) {
                return false;
            }
            if ((c == '應' || c == '应') && !LEX.names.commonWords.containsKey(t.substring(k, Math.min(k + 2, t.length())))) {
                return true;
            }
        }
        return false;
    }
}
