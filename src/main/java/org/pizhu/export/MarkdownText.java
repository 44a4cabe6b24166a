package org.pizhu.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes text from documents into Markdown so that it renders exactly as written: ASCII punctuation that CommonMark
 * (or GitHub and Obsidian extensions) could read as markup is backslash-escaped, so emphasis, headings, quotes, links,
 * code, tables, entities and raw HTML cannot arise from a document. Line breaks become hard breaks.
 */
public final class MarkdownText {
    /** Punctuation escaped wherever it stands. */
    private static final String ALWAYS = "\\`*_[]<>#!&|~=$%^{}";
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private MarkdownText() {
    }

    /**
     * The form of {@code text} that Markdown can show: each line stripped of surrounding whitespace, empty lines
     * dropped, lines joined with {@code '\n'}. Exports render exactly this.
     */
    public static String canonical(String text) {
        return String.join("\n", lines(text));
    }

    /** The non-empty, stripped lines of {@code text}. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>(2);
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                String s = text.substring(start, i).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** One line of text escaped for Markdown (no line breaks in {@code line}). */
    public static String escapeLine(String line) {
        StringBuilder sb = new StringBuilder(line.length() + 8);
        int digits = 0;
        while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean escape = ALWAYS.indexOf(c) >= 0
                    || (i == 0 && (c == '-' || c == '+'))
                    || (i == digits && digits > 0 && (c == '.' || c == ')'));
            if (escape) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code text} escaped, as lines; all but the last end with a hard break ({@code \}). */
    public static List<String> escapedLines(String text) {
        List<String> lines = lines(text);
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(escapeLine(lines.get(i)) + (i + 1 < lines.size() ? "\\" : ""));
        }
        return out;
    }

    /** {@code text} escaped as one paragraph (line breaks become hard breaks). */
    public static String inline(String text) {
        return String.join("\n", escapedLines(text));
    }

    /** {@code text} as a block quote: each line prefixed with {@code "> "}. */
    public static String blockquote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (String line : escapedLines(text)) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append("> ").append(line);
        }
        return sb.toString();
    }

    /**
     * A user's Markdown note, kept as Markdown but unable to carry raw HTML: a {@code <} that would open an HTML tag
     * is escaped (autolinks such as {@code <https://example.org>} are kept). Line endings become {@code \n}. Time is
     * linear in the length: an autolink is only tried where it would start, never searched for to the end.
     */
    public static String note(String markdown) {
        if (markdown.indexOf('<') < 0 && markdown.indexOf('\r') < 0 && markdown.indexOf('\u0085') < 0
                && markdown.indexOf('\u2028') < 0 && markdown.indexOf('\u2029') < 0) {
            return markdown.strip();
        }
        return escapeHtml(LINE_BREAK.matcher(markdown.strip()).replaceAll("\n"));
    }

    /** {@code text} with each {@code <} that could open raw HTML escaped; autolinks kept. Reads each char O(1) times. */
    static String escapeHtml(CharSequence text) {
        int n = text.length();
        StringBuilder sb = new StringBuilder(n + 8);
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c != '<' || i + 1 >= n || !htmlStart(text.charAt(i + 1))) {
                sb.append(c);
                i++;
                continue;
            }
            int end = autolinkEnd(text, i);
            if (end > 0) {
                sb.append(text, i, end);
                i = end;
            } else {
                sb.append("\\<");
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean htmlStart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '/' || c == '!' || c == '?';
    }

    /**
     * The end (after {@code >}) of a CommonMark autolink starting at {@code at}, or -1: a scheme of 2 to 32 letters,
     * digits, {@code .+-} (starting with a letter), a colon, then anything but whitespace and angle brackets. The scan
     * stops at the next {@code <}, so escaping a whole note reads each character a bounded number of times.
     */
    private static int autolinkEnd(CharSequence text, int at) {
        int n = text.length();
        int i = at + 1;
        if (i >= n || !isAsciiLetter(text.charAt(i))) {
            return -1;
        }
        i++;
        while (i < n && i - at - 1 < 32 && schemeChar(text.charAt(i))) {
            i++;
        }
        int scheme = i - at - 1;
        if (scheme < 2 || i >= n || text.charAt(i) != ':') {
            return -1;
        }
        for (i++; i < n; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '<' || c <= ' ') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean schemeChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-';
    }

    /** A YAML double-quoted scalar holding {@code s} exactly. */
    public static String yamlString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                            || (Character.isSurrogate(c) && !validPair(s, i))) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
