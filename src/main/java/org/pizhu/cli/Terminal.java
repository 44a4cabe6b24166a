package org.pizhu.cli;

/**
 * Text from files and documents made safe for a terminal: control characters (C0 but line feed, DEL, C1) and the
 * Unicode bidirectional overrides are shown as {@code \u001B}-style escapes, so a file name or title can neither move
 * the cursor, recolour the terminal nor reorder the line, and a tab cannot shift the tab-separated columns.
 */
final class Terminal {
    private Terminal() {
    }

    /** {@code s} with every character that could control the terminal written as a visible escape. */
    static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (dangerous(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** {@code s} as one line: line breaks are escaped too. */
    static String line(String s) {
        return safe(s).replace("\n", "\\n");
    }

    private static boolean dangerous(char c) {
        return c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069 || c == 0x2028 || c == 0x2029;
    }
}
