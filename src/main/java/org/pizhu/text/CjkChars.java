package org.pizhu.text;

/**
 * Facts about characters that the reflow, the speaker rules and the importers share: which are CJK, how wide they
 * are on a page, and the roles of punctuation in Chinese text (full stops, semicolons, clause marks, quotation marks,
 * brackets, caption marks). Each fact is defined once here; an engine combines them for its own purpose (e.g. a line
 * that ends in a full stop, a semicolon or an ellipsis may end a paragraph) instead of keeping its own lists.
 */
public final class CjkChars {
    private static final String FULL_STOPS = "。！？!?｡";
    private static final String SEMICOLONS = "；;";
    private static final String ELLIPSES = "…⋯";
    private static final String COMMAS = "，,";
    private static final String ENUMERATION_COMMAS = "、";
    private static final String COLONS = "：:";
    private static final String OPEN_QUOTES = "「『“‘﹁﹃";
    private static final String CLOSE_QUOTES = "」』”’﹂﹄";
    private static final String OPEN_PARENTHESES = "(（";
    private static final String CLOSE_PARENTHESES = ")）";
    private static final String OPEN_BRACKETS = OPEN_PARENTHESES + "[［【〔〈《";
    private static final String CLOSE_BRACKETS = CLOSE_PARENTHESES + "]］】〕〉》";
    private static final String CAPTION_MARKS = "▲▼△▽◀▶►◄◆◇■□●○★☆";

    private CjkChars() {
    }

    /**
     * CJK text or CJK punctuation: ideographs (with the extension planes), radicals, kana, hangul, CJK symbols and
     * punctuation, compatibility ideographs, vertical forms, full-width forms.
     */
    public static boolean isCjk(int cp) {
        return (cp >= 0x2E80 && cp <= 0x9FFF)
                || (cp >= 0xAC00 && cp <= 0xD7AF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE10 && cp <= 0xFE1F)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x20000 && cp <= 0x3FFFF);
    }

    /** A Han ideograph (unified, extension A and later planes, compatibility), not punctuation. */
    public static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFF);
    }

    /**
     * Columns the character takes on a printed CJK page: 2 for CJK, wide symbols and the punctuation a CJK font sets
     * full width (dashes, curly quotes, ellipsis, middle dot), 1 otherwise.
     */
    public static int width(int cp) {
        if (isCjk(cp) || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x2010 && cp <= 0x2027)
                || (cp >= 0x2030 && cp <= 0x203B) || cp == 0x00B7) {
            return 2;
        }
        return 1;
    }

    /** Display width of {@code s[from, to)}, surrogate pairs counted once. */
    public static int width(CharSequence s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                w += width(Character.toCodePoint(c, s.charAt(i + 1)));
                i++;
            } else {
                w += width(c);
            }
        }
        return w;
    }

    /** 。！？ and their ASCII and half-width forms: the end of a sentence. */
    public static boolean isFullStop(char c) {
        return FULL_STOPS.indexOf(c) >= 0;
    }

    /** ；or ;: ends a sentence-like unit (a clause that could stand alone). */
    public static boolean isSemicolon(char c) {
        return SEMICOLONS.indexOf(c) >= 0;
    }

    /** A sentence end: a full stop or a semicolon. */
    public static boolean isSentenceEnd(char c) {
        return isFullStop(c) || isSemicolon(c);
    }

    /** … or ⋯. */
    public static boolean isEllipsis(char c) {
        return ELLIPSES.indexOf(c) >= 0;
    }

    /** ，or the ASCII comma: ends a clause. */
    public static boolean isComma(char c) {
        return COMMAS.indexOf(c) >= 0;
    }

    /** 、: separates the items of a list (not a clause). */
    public static boolean isEnumerationComma(char c) {
        return ENUMERATION_COMMAS.indexOf(c) >= 0;
    }

    /** ：or the ASCII colon: introduces speech, a list or a headline's second half. */
    public static boolean isColon(char c) {
        return COLONS.indexOf(c) >= 0;
    }

    /** Marks inside a sentence: commas, enumeration commas and colons. */
    public static boolean isClauseMark(char c) {
        return isComma(c) || isEnumerationComma(c) || isColon(c);
    }

    /** 「『“‘ and the vertical forms. */
    public static boolean isOpenQuote(char c) {
        return OPEN_QUOTES.indexOf(c) >= 0;
    }

    /** 」』”’ and the vertical forms. */
    public static boolean isCloseQuote(char c) {
        return CLOSE_QUOTES.indexOf(c) >= 0;
    }

    /** ( and （. */
    public static boolean isOpenParenthesis(char c) {
        return OPEN_PARENTHESES.indexOf(c) >= 0;
    }

    /** ) and ）. */
    public static boolean isCloseParenthesis(char c) {
        return CLOSE_PARENTHESES.indexOf(c) >= 0;
    }

    /** Parentheses and ［ 【 〔 〈 《 (book-title marks included). */
    public static boolean isOpenBracket(char c) {
        return OPEN_BRACKETS.indexOf(c) >= 0;
    }

    /** The closing forms of {@link #isOpenBracket}. */
    public static boolean isCloseBracket(char c) {
        return CLOSE_BRACKETS.indexOf(c) >= 0;
    }

    /** Marks that open a photo caption in print (▲, ■, ●, …). */
    public static boolean isCaptionMark(char c) {
        return CAPTION_MARKS.indexOf(c) >= 0;
    }
}
