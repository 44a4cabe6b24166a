package org.pizhu.reflow;

/** Character classes the reflow rules are written in: CJK, punctuation roles, display width. */
final class Chars {
    private static final String SENTENCE_END = "。！？!?…；;";
    private static final String CLOSERS = "」』”’\"')）]］】〕〉》";
    private static final String OPENERS = "「『“‘(（[［【〔〈《";
    private static final String CLAUSE = "，,、；;。！？!?";
    private static final String CAPTION_MARKS = "▲▼△▽◀▶►◄◆◇■□●○★☆";

    /** Membership tables, one flag bit per role, for a lookup per character instead of a search. */
    private static final byte[] ROLES = new byte[0x10000];
    private static final byte SENTENCE_END_BIT = 1;
    private static final byte CLOSER_BIT = 2;
    private static final byte OPENER_BIT = 4;
    private static final byte CLAUSE_BIT = 8;
    private static final byte CAPTION_BIT = 16;

    static {
        mark(SENTENCE_END, SENTENCE_END_BIT);
        mark(CLOSERS, CLOSER_BIT);
        mark(OPENERS, OPENER_BIT);
        mark(CLAUSE, CLAUSE_BIT);
        mark(CAPTION_MARKS, CAPTION_BIT);
    }

    private Chars() {
    }

    private static void mark(String chars, byte bit) {
        for (int i = 0; i < chars.length(); i++) {
            ROLES[chars.charAt(i)] |= bit;
        }
    }

    /** Whether {@code cp} is CJK text or CJK punctuation (ideographs, kana, hangul, full-width forms). */
    static boolean isCjk(int cp) {
        return (cp >= 0x2E80 && cp <= 0x9FFF)
                || (cp >= 0xAC00 && cp <= 0xD7AF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x20000 && cp <= 0x3FFFF);
    }

    /**
     * Columns the character takes on a page: 2 for CJK, wide symbols and the punctuation a CJK font sets full width
     * (dashes, curly quotes, ellipsis, middle dot), 1 otherwise.
     */
    static int width(int cp) {
        if (isCjk(cp) || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x203B)
                || cp == 0x00B7) {
            return 2;
        }
        return 1;
    }

    /** Display width of {@code s[from, to)}. */
    static int width(CharSequence s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < to) {
                w += width(Character.toCodePoint(c, s.charAt(i + 1)));
            } else {
                w += width(c);
            }
        }
        return w;
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
}
