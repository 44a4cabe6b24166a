package org.pizhu.reflow;

import org.pizhu.text.CjkChars;

/**
 * The character roles the reflow rules are written in, combined from the shared facts of {@link CjkChars}: a line
 * may end a paragraph after a sentence end or an ellipsis; straight quotes also close; clause punctuation is a
 * sentence end or a comma of either kind (not a colon, which headlines carry).
 */
final class Chars {
    /** Membership tables, one flag bit per role, for a lookup per character instead of a search. */
    private static final byte[] ROLES = new byte[0x10000];
    private static final byte SENTENCE_END_BIT = 1;
    private static final byte CLOSER_BIT = 2;
    private static final byte OPENER_BIT = 4;
    private static final byte CLAUSE_BIT = 8;
    private static final byte CAPTION_BIT = 16;

    static {
        for (int i = 0; i < ROLES.length; i++) {
            char c = (char) i;
            boolean sentenceEnd = CjkChars.isSentenceEnd(c) || CjkChars.isEllipsis(c);
            ROLES[i] = (byte) ((sentenceEnd ? SENTENCE_END_BIT : 0)
                    | (CjkChars.isCloseQuote(c) || CjkChars.isCloseBracket(c) || c == '"' || c == '\'' ? CLOSER_BIT : 0)
                    | (CjkChars.isOpenQuote(c) || CjkChars.isOpenBracket(c) ? OPENER_BIT : 0)
                    | (CjkChars.isSentenceEnd(c) || CjkChars.isComma(c) || CjkChars.isEnumerationComma(c)
                            ? CLAUSE_BIT : 0)
                    | (CjkChars.isCaptionMark(c) ? CAPTION_BIT : 0));
        }
    }

    private Chars() {
    }

    /** Whether {@code cp} is CJK text or CJK punctuation (ideographs, kana, hangul, full-width forms). */
    static boolean isCjk(int cp) {
        return CjkChars.isCjk(cp);
    }

    /** Columns the character takes on a page (see {@link CjkChars#width(int)}). */
    static int width(int cp) {
        return CjkChars.width(cp);
    }

    /** Display width of {@code s[from, to)}. */
    static int width(CharSequence s, int from, int to) {
        return CjkChars.width(s, from, to);
    }

    static boolean isSentenceEnd(char c) {
        return (ROLES[c] & SENTENCE_END_BIT) != 0;
    }

    static boolean isCloser(char c) {
        return (ROLES[c] & CLOSER_BIT) != 0;
    }

    static boolean isOpener(char c) {
        return (ROLES[c] & OPENER_BIT) != 0;
    }

    static boolean isClausePunct(char c) {
        return (ROLES[c] & CLAUSE_BIT) != 0;
    }

    static boolean isCaptionMark(char c) {
        return (ROLES[c] & CAPTION_BIT) != 0;
    }

    /** Letters and digits of alphabetic scripts, between which a line break stands for a space. */
    static boolean isWordChar(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    /**
     * Whether a line break after {@code before} and before {@code after} separates two words (one space kept): only
     * between Latin words, never inside a number ({@code 12} + {@code 0萬}) and never next to CJK text. Whether a
     * word was cut by the column ({@code Pro} + {@code gramme}) is for the caller to say.
     */
    static boolean needsSpaceAcrossBreak(char before, char after) {
        if (Character.isDigit(before) || Character.isDigit(after) || isCjk(before) || isCjk(after)) {
            return false;
        }
        boolean latinBefore = isWordChar(before) || ".,;:!?)]%".indexOf(before) >= 0;
        return latinBefore && (isWordChar(after) || "([".indexOf(after) >= 0);
    }

    /** Whether text ending at {@code end} (exclusive) ends a sentence, looking through closing quotes and spaces. */
    static boolean endsSentence(CharSequence s, int start, int end) {
        int i = end - 1;
        boolean sawCloser = false;
        while (i >= start) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i--;
            } else if (isCloser(c)) {
                sawCloser = true;
                i--;
            } else {
                break;
            }
        }
        if (i < start) {
            return false;
        }
        char c = s.charAt(i);
        if (isSentenceEnd(c)) {
            return true;
        }
        return c == '.' && !sawCloser && i > start && !Character.isDigit(s.charAt(i - 1)) || c == '.' && sawCloser;
    }

    /** Whether {@code s[start, end)} leads into what follows with a colon, perhaps and a dash ({@code 說道：——}). */
    static boolean endsWithColon(CharSequence s, int start, int end) {
        int i = end - 1;
        while (i > start && (s.charAt(i) == '—' || s.charAt(i) == '─')) {
            i--;
        }
        return i >= start && (s.charAt(i) == '：' || s.charAt(i) == ':');
    }
}
