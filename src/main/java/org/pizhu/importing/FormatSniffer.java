package org.pizhu.importing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides a file's format from its first bytes and its name together: content wins (a PDF named {@code .txt} is read
 * as a PDF), a marker that is not where the format puts it does not (a {@code .txt} mentioning {@code %PDF-} is text),
 * and a name that promises a binary format the content does not have is refused with a clear message.
 */
final class FormatSniffer {
    /**
     * Names of text formats: such a file is a PDF only if it starts with {@code %PDF-}; a text that merely mentions
     * the marker in its first kilobyte is text (PDF allows junk before the marker, but no PDF writer puts any).
     */
    private static final java.util.Set<String> TEXT_EXTENSIONS = java.util.Set.of("txt", "text", "md", "markdown",
            "mdown", "mkd", "html", "htm", "xhtml");

    /** How many leading bytes the sniffer wants. */
    static final int HEAD = 4096;

    private FormatSniffer() {
    }

    static SourceFormat sniff(byte[] head, String fileName) throws ImportException {
        String ext = extension(fileName);
        int pdf = indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024);
        if (pdf == 0 || pdf > 0 && !TEXT_EXTENSIONS.contains(ext)) {
            return SourceFormat.PDF;
        }
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (zip) {
            if (ext.equals("epub") || indexOf(head, "application/epub+zip".getBytes(StandardCharsets.US_ASCII), 200) >= 0) {
                return SourceFormat.EPUB;
            }
            throw new ImportException(fileName + " is a ZIP archive; of archives only EPUB books can be imported");
        }
        switch (ext) {
            case "pdf":
                throw new ImportException(fileName + " is not a PDF file (it does not start with %PDF-)");
            case "epub":
                throw new ImportException(fileName + " is not an EPUB book (it is not a ZIP archive)");
            default:
                break;
        }
        if (looksLikeHtml(head) || ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) {
            return SourceFormat.HTML;
        }
        if (ext.equals("md") || ext.equals("markdown") || ext.equals("mdown") || ext.equals("mkd")) {
            return SourceFormat.MARKDOWN;
        }
        return SourceFormat.TEXT;
    }

    static String extension(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        if (dot <= slash) {
            return "";
        }
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** An HTML document starts (after a BOM, whitespace and comments) with a doctype or an html/head tag. */
    static boolean looksLikeHtml(byte[] head) {
        String s = asciiLower(head);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\ufeff' || Character.isWhitespace(c) || c == 0) {
                i++;
            } else if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
            } else if (s.startsWith("<?xml", i)) {
                int end = s.indexOf("?>", i);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else {
                break;
            }
        }
        return s.startsWith("<!doctype html", i) || s.startsWith("<html", i) || s.startsWith("<head", i);
    }

    /** The head as lower-case ASCII; UTF-16 (NUL bytes) is folded by dropping the NULs. */
    private static String asciiLower(byte[] head) {
        StringBuilder sb = new StringBuilder(head.length);
        int start = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        for (int i = start; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b == 0 || b == 0xFE || b == 0xFF) {
                continue;
            }
            sb.append(b < 0x80 ? Character.toLowerCase((char) b) : '?');
        }
        return sb.toString();
    }

    static int indexOf(byte[] data, byte[] pattern, int within) {
        int last = Math.min(data.length - pattern.length, within);
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
