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
        return (roles(c) & SENTENCE_END) != 0;
    }

    private static final byte SENTENCE_END = 1;
    private static final byte CLAUSE_BREAK = 2;
    private static final byte OPEN_QUOTE = 4;
    private static final byte CLOSE_QUOTE = 8;
    private static final byte OPEN_BRACKET = 16;
    private static final byte CLOSE_BRACKET = 32;
    /** The roles of every UTF-16 char, looked up once (the predicates run on each character of every block). */
    private static final byte[] ROLES = new byte[0x10000];

    /** The first and last characters of the ideographs (Extension A to the URO), none of which has a role. */
    private static final char ROLELESS_FROM = '\u3400';
    private static final char ROLELESS_TO = '\u9FFF';

    /** Every opening quotation mark. */
    private static final char[] OPEN_QUOTES;

    static {
        StringBuilder open = new StringBuilder();
        for (int i = 0; i < 0x10000; i++) {
            char c = (char) i;
            ROLES[i] = (byte) ((CjkChars.isSentenceEnd(c) ? SENTENCE_END : 0)
                    | (computeClauseBreak(c) ? CLAUSE_BREAK : 0)
                    | (CjkChars.isOpenQuote(c) ? OPEN_QUOTE : 0)
                    | (CjkChars.isCloseQuote(c) ? CLOSE_QUOTE : 0)
                    | (CjkChars.isOpenParenthesis(c) ? OPEN_BRACKET : 0)
                    | (CjkChars.isCloseParenthesis(c) ? CLOSE_BRACKET : 0));
            if (isOpenQuote(c)) {
                open.append(c);
            }
        }
        OPEN_QUOTES = open.toString().toCharArray();
        for (int i = ROLELESS_FROM; i <= ROLELESS_TO; i++) {
            if (ROLES[i] != 0) {
                throw new IllegalStateException("an ideograph with a role: " + (char) i);
            }
        }
    }

    /**
     * The roles of {@code c}: none for an ideograph, without touching the table (most characters of a text are
     * ideographs, and the part of the table they would touch does not stay in the fastest cache).
     */
    private static int roles(char c) {
        return c >= ROLELESS_FROM && c <= ROLELESS_TO ? 0 : ROLES[c];
    }

    /** Any punctuation or space that bounds a name or a clause (not 、, not brackets). */
    static boolean isClauseBreak(char c) {
        return (roles(c) & CLAUSE_BREAK) != 0;
    }

    private static boolean computeClauseBreak(char c) {
        return CjkChars.isSentenceEnd(c) || CjkChars.isComma(c) || CjkChars.isColon(c) || CjkChars.isEllipsis(c)
                || c == '—' || CjkChars.isOpenQuote(c) || CjkChars.isCloseQuote(c) || Character.isWhitespace(c)
                || CjkChars.isCaptionMark(c) || c == '|' || c == '/' || c == '／';
    }

    static boolean isOpenQuote(char c) {
        return (roles(c) & OPEN_QUOTE) != 0;
    }

    /**
     * Whether {@code t} holds an opening quotation mark: {@link String#indexOf} per mark, which the JIT vectorises,
     * instead of a look-up per character.
     */
    static boolean hasOpenQuote(String t) {
        for (char q : OPEN_QUOTES) {
            if (t.indexOf(q) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isCloseQuote(char c) {
        return (roles(c) & CLOSE_QUOTE) != 0;
    }

    static boolean isQuote(char c) {
        return isOpenQuote(c) || isCloseQuote(c);
    }

    static boolean isOpenBracket(char c) {
        return (roles(c) & OPEN_BRACKET) != 0;
    }

    /**
     * Offset of the first opening bracket at or after {@code from}, or -1, reading only up to it (callers step from
     * bracket to bracket, so a text of brackets of one kind costs linear time).
     */
    static int indexOfOpenBracket(String t, int from) {
        for (int i = Math.max(0, from); i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '（') {
                return i; // one pass up to the first of either: looking for each apart scanned the rest each time
            }
        }
        return -1;
    }

    static boolean isCloseBracket(char c) {
        return (roles(c) & CLOSE_BRACKET) != 0;
    }

    /** Whether {@code s} holds any of {@code chars}: a cheap test that rules out a pattern needing one of them. */
    static boolean hasAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** Clause punctuation inside a quotation: its presence suggests real speech rather than a term in quotes. */
    static boolean isClausePunct(char c) {
        return isSentenceEnd(c) || CjkChars.isComma(c) || CjkChars.isColon(c);
    }

    /** Marks that open the items of a list ({@code ⚫️}, {@code •}, {@code ●}, {@code ■}). */
    private static final String BULLETS = "⚫⚪●○•▪■□◆◇★☆▶►✓✔➢";

    /** Whether {@code t} opens with a list item's mark, after any whitespace. */
    static boolean opensWithBullet(String t) {
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i < t.length() && BULLETS.indexOf(t.charAt(i)) >= 0;
    }

    /** Whether an age ends right before {@code s} ({@code 4歲小玲}, {@code 五十岁张伟}): a name follows it. */
    static boolean ageBefore(String t, int s, int lo) {
        return s - 2 >= lo && ageLength(t, s) > 0;
    }

    /** Length of an age ending right before {@code s} ({@code 65歲}, {@code 五十岁}), or 0. */
    static int ageLength(String t, int s) {
        int k = s < 2 || t.charAt(s - 1) != '歲' && t.charAt(s - 1) != '岁' ? s : s - 1;
        while (k > 0 && k < s && (isDigit(t.charAt(k - 1)) || "一二三四五六七八九十".indexOf(t.charAt(k - 1)) >= 0)) {
            k--;
        }
        return k < s - 1 ? s - k : 0;
    }
}
