package org.pizhu.reflow;

import org.pizhu.document.BlockKind;

/**
 * A parenthesised byline glued after a block's last sentence and wrapped onto its last line, cut off into a block of
 * its own.
 */
final class WrappedByline {
    /** Longest byline (characters) looked for at the end of a block. */
    private static final int MAX_BYLINE = 40;

    private WrappedByline() {
    }

    /**
     * A parenthesised byline glued after the last sentence and wrapped onto the block's last line
     * ({@code …往來。（本報記者張三、} / {@code 李四）}): cut off into a byline group of its own, or null.
     */
    static Grouper.Group split(Grouper.Group g, String source) {
        int n = g.segments.size();
        if (n < 2) {
            return null;
        }
        Segment a = g.segments.get(n - 2);
        Segment b = g.segments.get(n - 1);
        char close = source.charAt(b.end - 1);
        if (close != '）' && close != ')' || b.end - b.start > MAX_BYLINE) {
            return null;
        }
        int open = a.end - 1;
        while (open > a.start && source.charAt(open) != '（' && source.charAt(open) != '(' && a.end - open < MAX_BYLINE) {
            open--;
        }
        if (open <= a.start || source.charAt(open) != '（' && source.charAt(open) != '('
                || !Chars.isSentenceEnd(source.charAt(open - 1)) && !Chars.isCloser(source.charAt(open - 1))) {
            return null;
        }
        String tail = source.substring(open, a.end) + source.substring(b.start, b.end);
        if (!LinePatterns.mayBeFurniture(tail) || !LinePatterns.isByline(tail)) {
            return null;
        }
        Segment head = resegment(source, a, a.start, open);
        Segment rest = resegment(source, a, open, a.end);
        g.segments.set(n - 2, head);
        g.segments.remove(n - 1);
        Grouper.Group byline = new Grouper.Group(BlockKind.BYLINE, rest);
        byline.segments.add(b);
        return byline;
    }

    /** Part of a segment as a segment of its own, with the layout facts of its line. */
    private static Segment resegment(String source, Segment s, int start, int end) {
        Segment part = new Segment(source, s.line, start, end);
        part.column = s.column;
        part.gapBefore = start == s.start ? s.gapBefore : 0;
        part.gapAfter = end == s.end ? s.gapAfter : 0;
        part.indent = start == s.start ? s.indent : 0;
        return part;
    }
}
