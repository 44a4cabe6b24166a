package org.pizhu.speakers;

/** Character classes used by the speaker rules. */
final class Chars {
    private Chars() {
    }

    /** A CJK ideograph (BMP blocks). */
    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    /** Ends a sentence: 。！？ and their ASCII forms, and ；. */
    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';';
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
        return isSentenceEnd(c) || c == '，' || c == ',' || c == '：' || c == ':' || c == '…' || c == '—'
                || isQuote(c) || Character.isWhitespace(c) || c == '▲' || c == '△' || c == '■' || c == '●'
                || c == '◆' || c == '★' || c == '▼' || c == '|' || c == '/' || c == '／';
    }

    static boolean isOpenQuote(char c) {
        return c == '「' || c == '『' || c == '“' || c == '﹁' || c == '﹃';
    }

    static boolean isCloseQuote(char c) {
        return c == '」' || c == '』' || c == '”' || c == '﹂' || c == '﹄';
    }

    static boolean isQuote(char c) {
        return isOpenQuote(c) || isCloseQuote(c);
    }

    static boolean isOpenBracket(char c) {
        return c == '(' || c == '（';
    }

    static boolean isCloseBracket(char c) {
        return c == ')' || c == '）';
    }

    static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** Clause punctuation inside a quotation: its presence suggests real speech rather than a term in quotes. */
    static boolean isClausePunct(char c) {
        return c == '，' || c == '。' || c == '！' || c == '？' || c == '；' || c == '：' || c == ',';
    }
}
