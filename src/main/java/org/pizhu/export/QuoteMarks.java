package org.pizhu.export;

import org.pizhu.script.ScriptTarget;

/**
 * Chinese quotation marks for a quote in running text: 「…」 with 『…』 for a quotation inside it (Traditional, Hong
 * Kong, Taiwan), or “…” with ‘…’ inside (Simplified). Marks already in the quote move one level down, so a quote never
 * sits in the same marks as the quotation it contains.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /** Whether quotes are written the Simplified way: a Simplified export, or the original script of such a text. */
    static boolean simplified(ScriptTarget target, String documentScript) {
        return target == ScriptTarget.SIMPLIFIED || (target == ScriptTarget.ORIGINAL && "simplified".equals(documentScript));
    }

    /** {@code text} in outer quotation marks, its own marks nested one level down. */
    static String wrap(String text, boolean simplified) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append(simplified ? '“' : '「');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(simplified ? simplifiedInner(c) : traditionalInner(c));
        }
        return sb.append(simplified ? '”' : '」').toString();
    }

    private static char traditionalInner(char c) {
        return switch (c) {
            case '「' -> '『';
            case '」' -> '』';
            case '『' -> '「';
            case '』' -> '」';
            default -> c;
        };
    }

    private static char simplifiedInner(char c) {
        return switch (c) {
            case '“', '「' -> '‘';
            case '”', '」' -> '’';
            case '‘', '『' -> '“';
            case '’', '』' -> '”';
            default -> c;
        };
    }
}
