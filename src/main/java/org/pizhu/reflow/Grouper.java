package org.pizhu.reflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pizhu.document.BlockKind;

/** Groups line segments into blocks and decides each block's kind from layout cues. */
final class Grouper {
    /** A block in the making: its kind and segments. */
    static final class Group {
        final BlockKind kind;
        final List<Segment> segments = new ArrayList<>();

        Group(BlockKind kind, Segment first) {
            this.kind = kind;
            segments.add(first);
        }

        Segment last() {
            return segments.get(segments.size() - 1);
        }
    }

    /** Fraction of the column under which a line is "short" for two-line box titles. */
    private static final double SHORT_LINE = 0.6;
    /** Shortfall (display columns) of an indented first line of a paragraph. */
    private static final int MAX_INDENT = 8;

    private final List<Segment> segs;
    private final boolean blankSeparated;

    Grouper(List<Segment> segs, boolean blankSeparated) {
        this.segs = segs;
        this.blankSeparated = blankSeparated;
    }

    /** Text already in one line per block: each segment is a block, handed to {@code sink} in order. */
    static void groupClean(List<Segment> segs, Consumer<Group> sink) {
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            BlockKind kind = s.caption ? BlockKind.CAPTION
                    : s.credit ? BlockKind.CREDIT
                    : s.byline ? BlockKind.BYLINE
                    : s.headingLike ? BlockKind.HEADING
                    : BlockKind.PARAGRAPH;
            sink.accept(new Group(kind, s));
            segs.set(i, null);
        }
    }

    /**
     * Hard-wrapped text: rebuilds paragraphs, headings, captions, bylines and credits, handing each finished group to
     * {@code sink} in order. Segments already consumed are released from the list as it goes, so a long document
     * does not keep every line alive while its blocks are built.
     */
    void groupWrapped(Consumer<Group> sink) {
        Group previous = null;
        int i = 0;
        while (i < segs.size()) {
            int first = i;
            Group g = new Group(kindOfStart(i, previous), segs.get(i));
            i++;
            while (i < segs.size() && continues(g, segs.get(i), i)) {
                g.segments.add(segs.get(i));
                i++;
            }
            sink.accept(g);
            for (int j = previous == null ? 0 : first - 1; j < first - 1; j++) {
                segs.set(j, null);
            }
            previous = g;
        }
    }

    private BlockKind kindOfStart(int i, Group previous) {
        Segment s = segs.get(i);
        if (s.caption) {
            return BlockKind.CAPTION;
        }
        if (s.credit) {
            return BlockKind.CREDIT;
        }
        if (s.byline || s.bylineHead && next(i) != null && next(i).nameOnly && next(i).gapBefore == 0) {
            return BlockKind.BYLINE;
        }
        if (s.headingLike && isHeadingStart(i, previous)) {
            return BlockKind.HEADING;
        }
        return BlockKind.PARAGRAPH;
    }

    /** Whether a heading-like line is a heading rather than the first line of a paragraph. */
    private boolean isHeadingStart(int i, Group previous) {
        Segment s = segs.get(i);
        Segment n = next(i);
        if (n == null || s.colonHeadline || s.spacedHeadline) {
            return true;
        }
        if (!blankSeparated && !s.full() && !startsWithContinuation(n)) {
            return true;
        }
        if (startsWithContinuation(n)) {
            return false;
        }
        if (s.gapBefore > 0 && s.gapAfter > 0 && !s.full()) {
            return true;
        }
        if (n.caption || n.byline || n.credit || n.bylineHead) {
            return true;
        }
        boolean underHeading = previous != null && previous.kind == BlockKind.HEADING && s.gapBefore == 0;
        if (underHeading && previous.segments.get(0).colonHeadline && !s.full()) {
            return true;
        }
        if (n.full()) {
            return false;
        }
        if (underHeading) {
            return true;
        }
        if (isTwoLineTitle(i)) {
            return true;
        }
        if (s.gapAfter == 0 && n.shortfall() <= MAX_INDENT) {
            return true;
        }
        return s.gapAfter > 0;
    }

    /** Two short heading-like lines standing together, set off below: one title broken in two ({@code 如何推動/城市更新}). */
    private boolean isTwoLineTitle(int i) {
        Segment s = segs.get(i);
        Segment n = next(i);
        return n != null && s.gapAfter == 0 && n.headingLike
                && !s.colonHeadline && !s.spacedHeadline && !n.colonHeadline
                && s.width <= SHORT_LINE * s.column && n.width <= SHORT_LINE * n.column
                && (n.gapAfter > 0 || next(i + 1) == null || isFurniture(next(i + 1)));
    }

    private boolean continues(Group g, Segment l, int i) {
        Segment p = g.last();
        if (g.kind == BlockKind.BYLINE) {
            return g.segments.size() == 1 && p.bylineHead && l.nameOnly && l.gapBefore == 0;
        }
        if (g.kind == BlockKind.CREDIT || isFurniture(l)) {
            return false;
        }
        if (g.kind == BlockKind.HEADING) {
            return headingContinues(g, l, i);
        }
        if (startsWithContinuation(l)) {
            return true;
        }
        if (l.headingLike && (l.colonHeadline || l.spacedHeadline)) {
            return false;
        }
        if (p.endsSentence) {
            return l.gapBefore == 0 && p.full() && blankSeparated;
        }
        return true;
    }

    private boolean headingContinues(Group g, Segment l, int i) {
        Segment p = g.last();
        if (l.gapBefore > 0 || !l.headingLike || l.colonHeadline || p.colonHeadline || g.segments.size() >= 3) {
            return false;
        }
        if (p.full()) {
            Segment after = next(i);
            return l.width <= SHORT_LINE * l.column || after == null || isFurniture(after)
                    || !after.full() && !startsWithContinuation(after);
        }
        return g.segments.size() == 1 && isTwoLineTitle(i - 1);
    }

    /** A line that starts with punctuation that cannot begin a sentence ({@code ，。、」）}) continues the previous one. */
    private static boolean startsWithContinuation(Segment s) {
        char c = s.first;
        return Chars.isClausePunct(c) || Chars.isCloser(c) || c == '：' || c == ':';
    }

    private static boolean isFurniture(Segment s) {
        return s.caption || s.byline || s.credit || s.bylineHead;
    }

    private Segment next(int i) {
        return i + 1 < segs.size() ? segs.get(i + 1) : null;
    }
}
