package org.pizhu.reflow;

import java.util.regex.Pattern;

/**
 * What the characters at the ends of a line say about a break after it: the punctuation it ends on, a photo or agency
 * credit, whether the next line's first word would have fitted after it.
 */
final class LineCues {
    /**
     * The opening of a wire or newspaper dateline that starts a story: "本报某地5月1日电", "（新华社某地5月1日电",
     * "【某報訊】". Whitespace and line breaks are removed before matching.
     */
    private static final Pattern DATELINE_START = Pattern.compile(
            "[（(]?(?:本报|本報|新华社|新華社|中新社|中新网|中新網|中央社|人民网|人民網|新华网|新華網)"
                    + "\\p{IsHan}{0,8}?\\d{1,2}月\\d{1,2}日[电電]|【[^】]{1,10}[訊讯]】");
    /** How many characters (whitespace left out) a dateline opening is looked for in. */
    private static final int DATELINE_SPAN = 24;

    private final String source;

    LineCues(String source) {
        this.source = source;
    }

    /** A caption's last line ends with its photographer after the last sentence ({@code …修例。陳大文攝}). */
    boolean endsWithPhotoCredit(Segment p) {
        char c = source.charAt(p.end - 1);
        if (c != '攝' && c != '摄' || !p.hasStop) {
            return false;
        }
        for (int k = p.end - 2; k >= p.start && k >= p.end - 8; k--) {
            char d = source.charAt(k);
            if (Chars.isSentenceEnd(d) || Segmenter.isSpace(d)) {
                return true;
            }
        }
        return false;
    }

    /** A semicolon ends a clause inside a paragraph far more often than a paragraph. */
    boolean endsOnSemicolon(Segment p) {
        return endsWithAny(p, "；;");
    }

    /** The line ends on a closing quotation mark. */
    boolean endsWithCloser(Segment p) {
        return endsWithAny(p, "”」』");
    }

    /** The line ends on a closing parenthesis. */
    boolean endsWithParen(Segment p) {
        return endsWithAny(p, "）)");
    }

    /** A kicker that leads into the headline below it ends with a dash ({@code 走近……——}). */
    boolean endsWithDash(Segment p) {
        return endsWithAny(p, "—─-");
    }

    /** The line leads into what follows with a colon, perhaps and a dash ({@code 說道：——}). */
    boolean endsWithColon(Segment p) {
        return Chars.endsWithColon(source, p.start, p.end);
    }

    private boolean endsWithAny(Segment p, String marks) {
        return marks.indexOf(source.charAt(p.end - 1)) >= 0;
    }

    /** A line that ends as a photo credit does: the word for photographed, or {@code （圖／某某）}. */
    boolean endsWithPhotoCreditMark(Segment l) {
        char c = source.charAt(l.end - 1);
        if (c == '攝' || c == '摄' || c == '社') {
            return true;
        }
        return (c == '）' || c == ')') && containsAny(l, "圖／图／圖/图/");
    }

    private boolean containsAny(Segment l, String pairs) {
        String t = source.substring(l.start, l.end);
        for (int k = 0; k + 1 < pairs.length(); k += 2) {
            if (t.contains(pairs.substring(k, k + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code l} opens with a dateline, so that a story starts there (possibly wrapped onto the next line). */
    boolean startsDateline(Segment l) {
        char c = source.charAt(l.start);
        if (c != '本' && c != '新' && c != '中' && c != '人' && c != '（' && c != '(' && c != '【') {
            return false;
        }
        StringBuilder head = new StringBuilder(DATELINE_SPAN);
        for (int i = l.start; i < source.length() && head.length() < DATELINE_SPAN; i++) {
            char ch = source.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '\u3000') {
                head.append(ch);
            }
        }
        return DATELINE_START.matcher(head).lookingAt();
    }

    /** A news agency's name ({@code 美聯社}, {@code 路透社}, {@code 新華社}): it ends in the word for agency. */
    boolean isAgency(Segment l) {
        char c = source.charAt(l.end - 1);
        return c == '社';
    }

    /** Display width of the first word of {@code l} (a run of Latin letters or digits), or of its first character. */
    int firstTokenWidth(Segment l) {
        int i = l.start;
        while (i < l.end && (isAsciiAlnum(source.charAt(i))
                || i > l.start && i + 1 < l.end && ".,%-/:'+&".indexOf(source.charAt(i)) >= 0
                && isAsciiAlnum(source.charAt(i + 1)))) {
            i++;
        }
        if (i > l.start) {
            return i - l.start;
        }
        char c = source.charAt(l.start);
        if (Chars.isOpener(c) && l.start + 1 < l.end) {
            return Chars.width(c) + Chars.width(source.charAt(l.start + 1));
        }
        return Chars.width(c);
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Whether {@code a} fills its column, or the first word of {@code b} would not have fitted after it. */
    boolean effectivelyFull(Segment a, Segment b) {
        return a.full() || b != null && a.width + a.indent + firstTokenWidth(b) > a.column;
    }
}
