package org.pizhu.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a large Markdown text may be cut into pieces that are parsed one at a time, so the parser's tree (hundreds of
 * bytes per block, kept until the end of a parse) never holds more than one piece: a 48 MB file took 900 MB parsed
 * whole.
 *
 * <p>A candidate cut is the start of a line that begins in column 0 after a blank line: there CommonMark starts a new
 * top-level block unless a fenced code block or an HTML block that may hold blank lines is still open.
 * {@link MarkdownReader} checks that with the parser itself (a marker paragraph appended to the piece must come out
 * as a top-level paragraph) and joins the piece to the next one when it does not. A text with link reference
 * definitions (which apply to the whole document) is not cut.
 */
final class MarkdownChunks {
    /** Pieces are at least this many characters (the last may be shorter). */
    static final int PIECE = 1 << 20;
    private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:");

    private MarkdownChunks() {
    }

    /** Candidate cut offsets of {@code md}, at least {@code piece} characters apart, ascending; none for a short text. */
    static List<Integer> cuts(String md, int piece) {
        List<Integer> cuts = new ArrayList<>();
        if (md.length() <= piece || LINK_DEFINITION.matcher(md).find()) {
            return cuts;
        }
        boolean blank = false;
        int from = 0;
        for (int at = 0; at < md.length(); ) {
            int nl = md.indexOf('\n', at);
            int end = nl < 0 ? md.length() : nl;
            boolean isBlank = blank(md, at, end);
            if (blank && !isBlank && md.charAt(at) != ' ' && md.charAt(at) != '\t' && at - from >= piece) {
                cuts.add(at);
                from = at;
            }
            blank = isBlank;
            at = end + 1;
        }
        return cuts;
    }

    /** CommonMark's blank line: spaces and tabs only (an ideographic space is text). */
    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
