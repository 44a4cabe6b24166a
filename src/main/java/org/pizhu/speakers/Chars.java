package org.pizhu.speakers;

import org.pizhu.text.CjkChars;

/**
 * The character roles the speaker rules are written in, combined from the shared facts of {@link CjkChars}: a name
 * or a clause is bounded by sentence ends, commas, colons, ellipses, dashes, quotation marks, spaces, caption marks
 * and slashes (not by 、 or parentheses); brackets here are parentheses only.
 */
final class Chars {
    private Chars() {
    }

    /** A CJK ideograph. */
    static boolean isHan(char c) {
        return CjkChars.isHan(c);
    }

    /** Ends a sentence: 。！？ and their ASCII forms, and ；. */
    static boolean isSentenceEnd(char c) {
        return CjkChars.isSentenceEnd(c);
    }

    private static final boolean[] CLAUSE_BREAK = new boolean[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            CLAUSE_BREAK[c] = computeClauseBreak((char) c);
        }
    }

    /** Any punctuation or space that bounds a name or a clause (not 、, not brackets). */
    static boolean isClauseBreak(char c) {
        return CLAUSE_BREAK[c];
    }

    private static boolean computeClauseBreak(char c) {
        return isSentenceEnd(c) || CjkChars.isComma(c) || CjkChars.isColon(c) || CjkChars.isEllipsis(c) || c == '—'
                || isQuote(c) || Character.isWhitespace(c) || CjkChars.isCaptionMark(c) || c == '|' || c == '/'
                || c == '／';
    }

    static boolean isOpenQuote(char c) {
        return CjkChars.isOpenQuote(c);
    }

    static boolean isCloseQuote(char c) {
        return CjkChars.isCloseQuote(c);
    }

    static boolean isQuote(char c) {
        return isOpenQuote(c) || isCloseQuote(c);
    }

    static boolean isOpenBracket(char c) {
        return CjkChars.isOpenParenthesis(c);
    }

    static boolean isCloseBracket(char c) {
        return CjkChars.isCloseParenthesis(c);
    }

    static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** Clause punctuation inside a quotation: its presence suggests real speech rather than a term in quotes. */
    static boolean isClausePunct(char c) {
        return CjkChars.isSentenceEnd(c) || CjkChars.isComma(c) || CjkChars.isColon(c);
    }
}
