package org.pizhu.speakers;

import java.util.regex.Pattern;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/** Reads a byline block as its source writes it, for {@link Bylines}. */
final class WrittenByline {
    /** A line break inside a wrapped byline, with the spaces around it. */
    private static final Pattern WRAP = Pattern.compile("[ \\t\u3000]*\\R[ \\t\u3000]*");

    private WrittenByline() {
    }

    /**
     * A byline as the source writes it, with the spaces that separate its names ({@code 本报记者  张小林  李文静}),
     * which the reflowed text may have closed up, with line breaks of a wrapped byline joined; the block's text when
     * the source differs in more than whitespace.
     */
    static String of(Document document, Block b) {
        int s = b.sourceStart();
        int e = b.sourceEnd();
        if (s < 0 || e > document.source().length() || e <= s || e - s > 4 * b.text().length() + 16) {
            return b.text();
        }
        if (e - s == b.text().length() && document.source().startsWith(b.text(), s)) {
            return b.text();
        }
        String raw = WRAP.matcher(document.source().substring(s, e).strip()).replaceAll("");
        return sameBesidesSpace(raw, b.text()) ? raw : b.text();
    }

    private static boolean sameBesidesSpace(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && Character.isWhitespace(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && Character.isWhitespace(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (a.charAt(i++) != b.charAt(j++)) {
                return false;
            }
        }
    }
}
