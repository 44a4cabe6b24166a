package org.pizhu.reflow;

import java.util.List;
import org.pizhu.reflow.Grouper.Group;

/** What a block in the making, or one line of it, looks like: the tests {@link Grouper} decides its breaks by. */
final class GroupShapes {
    private GroupShapes() {
    }

    /** Whether the group carries clause punctuation somewhere: running text, not a headline or credit. */
    static boolean runningText(Group g) {
        for (Segment s : g.segments) {
            if (s.hasClausePunct) {
                return true;
            }
        }
        return false;
    }

    /** Whether every line of the group could be part of a heading (no clause punctuation, short). */
    static boolean allHeadingLike(Group g) {
        for (Segment s : g.segments) {
            if (!s.headingLike) {
                return false;
            }
        }
        return true;
    }

    /** Whether a quotation opened in the group is still open: the paragraph cannot end inside it. */
    static boolean openQuote(Group g) {
        int balance = 0;
        for (Segment s : g.segments) {
            balance += s.quoteBalance;
        }
        return balance > 0;
    }

    /** A line that starts with punctuation that cannot begin a sentence ({@code ，。、」）}) continues the previous one. */
    static boolean startsWithContinuation(Segment s) {
        char c = s.first;
        return Chars.isClausePunct(c) || Chars.isCloser(c) || c == '：' || c == ':';
    }

    static boolean isFurniture(Segment s) {
        return s.caption || s.byline || s.credit || s.bylineHead;
    }

    /** Whether every segment from {@code i} on is a credit or byline line (the end matter of an article). */
    static boolean trailingFurnitureFrom(List<Segment> segs, int i) {
        for (int j = i; j < segs.size(); j++) {
            Segment s = segs.get(j);
            if (s == null || !(s.credit || s.byline)) {
                return false;
            }
        }
        return true;
    }
}
