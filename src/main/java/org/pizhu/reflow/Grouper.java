package org.pizhu.reflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pizhu.document.BlockKind;

/**
 * Groups line segments into blocks and decides each block's kind.
 *
 * <p>Breaks are decided from the document's own habits ({@link Habits}): its column, whether it sets paragraphs
 * apart with blank lines or with first-line indents. A line that falls short of the column ends its block; a full
 * line that ends mid-sentence runs on (even across blank lines: column and page breaks); a full line that ends a
 * sentence is ambiguous and is decided by the habits. Kinds are read from the finished block ({@link Kinds}).
 */
final class Grouper {
    /** A block in the making: its kind and segments. */
    static final class Group {
        BlockKind kind;
        final List<Segment> segments = new ArrayList<>();

        Group(BlockKind kind, Segment first) {
            this.kind = kind;
            segments.add(first);
        }

        Segment last() {
            return segments.get(segments.size() - 1);
        }
    }

    /** What a document shows of its layout, read once before grouping. */
    record Habits(boolean blankSeparated, boolean indented, boolean blankAfterFullSentenceEnds, boolean uniformColumn,
                  int indentWidth) {
        /** Whether {@code s} starts with this document's paragraph indent. */
        boolean indents(Segment s) {
            return indented && s.indent >= indentWidth;
        }
    }

    private final List<Segment> segs;
    private final Habits habits;
    private final String source;
    /** Whether a line of running text has been grouped already (so the headline is behind). */
    private boolean bodySeen;
    /** The kind of the block before the one being grouped, and whether it was set as {@code 某某：標題}. */
    private BlockKind previousKind;
    private boolean previousColonHeadline;

    Grouper(List<Segment> segs, Habits habits, String source) {
        this.segs = segs;
        this.habits = habits;
        this.source = source;
    }

    /** Text already in one line per block: each segment is a block, handed to {@code sink} in order. */
    static void groupClean(List<Segment> segs, String source, Consumer<Group> sink) {
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            Group g = new Group(BlockKind.PARAGRAPH, s);
            g.kind = Kinds.of(g, source, i == segs.size() - 1 || trailingFurnitureFrom(segs, i + 1));
            sink.accept(g);
            segs.set(i, null);
        }
    }

    /**
     * Hard-wrapped text: rebuilds paragraphs, headings, captions, bylines and credits, handing each finished group to
     * {@code sink} in order. Segments already consumed are released from the list as it goes, so a long document
     * does not keep every line alive while its blocks are built.
     */
    void groupWrapped(Consumer<Group> sink) {
        int i = 0;
        int released = 0;
        while (i < segs.size()) {
            Group g = new Group(BlockKind.PARAGRAPH, segs.get(i));
            i++;
            while (i < segs.size() && joins(g, i)) {
                g.segments.add(segs.get(i));
                i++;
            }
            Group byline = splitWrappedByline(g);
            g.kind = Kinds.of(g, source, i >= segs.size() || trailingFurnitureFrom(segs, i));
            sink.accept(g);
            if (byline != null) {
                sink.accept(byline);
            }
            for (Segment s : g.segments) {
                bodySeen |= s.endsSentence || g.kind == BlockKind.PARAGRAPH;
            }
            previousKind = g.kind;
            previousColonHeadline = g.segments.get(0).colonHeadline;
            for (; released < i - 1; released++) {
                segs.set(released, null);
            }
        }
    }

    /** Whether segment {@code i} continues group {@code g}. */
    private boolean joins(Group g, int i) {
        Segment p = g.last();
        Segment l = segs.get(i);
        if (startsWithContinuation(l)) {
            return true;
        }
        if (openQuote(g) && !l.caption && (effectivelyFull(p, l) || habits.indented() && !habits.indents(l))) {
            return true;
        }
        if (g.segments.get(0).caption) {
            if (g.segments.size() > 1 && !p.hasClausePunct && !p.endsSentence
                    && (p.credit || endsWithPhotoCreditMark(p) || isAgency(p))) {
                return false;
            }
            if (isCaptionCredit(l, i)) {
                return true;
            }
        }
        if (g.segments.get(0).bylineHead) {
            return g.segments.size() == 1 && l.nameOnly && l.gapBefore == 0;
        }
        if (l.credit && !l.byline && !l.caption && !p.endsSentence && !p.wide() && effectivelyFull(p, l)
                && !p.byline && !p.credit && runningText(g)) {
            // a line of running text that fills the column goes on, whatever the next line looks like
            return true;
        }
        if (isFurniture(l) || (p.byline || p.credit) && g.segments.size() == 1 && (!p.full() || endsWithParen(p))) {
            return false;
        }
        if (!habits.uniformColumn() && g.segments.size() == 1 && p.headingLike && (p.colonHeadline || p.spacedHeadline)) {
            return false;
        }
        if (l.wide() || p.wide()) {
            return !p.endsSentence && isTwoLineTitle(g, i);
        }
        if (habits.indents(l)) {
            return false;
        }
        if (endsWithPhotoCredit(p)) {
            return false;
        }
        if (habits.blankSeparated() && l.gapBefore > 0 && allHeadingLike(g)
                && (g.segments.size() == 1 ? p.gapBefore > 0 : !p.hasClausePunct)) {
            return false;
        }
        boolean full = effectivelyFull(p, l);
        if (!full) {
            return !p.endsSentence && (habits.uniformColumn() ? isTwoLineTitle(g, i) : runsOnInRaggedColumn(g, p, l, i));
        }
        if (!p.endsSentence) {
            return true;
        }
        // a full line that ends a sentence: the paragraph may end here or run on. It does not inside an open
        // quotation or on a semicolon; without blank lines it does not on a closing quote either (the attribution
        // follows: measured on dev2 b, +0.02 block F1; a per-document share of quote endings did no better)
        if (openQuote(g) || endsOnSemicolon(p) || !habits.blankSeparated() && endsWithCloser(p)) {
            return true;
        }
        if (!habits.indented() && !l.full() && l.endsSentence && l.end - l.start <= SHORT_TAIL
                && !isFurniture(l)) {
            return true;
        }
        Segment after = i + 1 < segs.size() ? segs.get(i + 1) : null;
        if (!l.endsSentence && !l.endsOnClause && !effectivelyFull(l, after) && (after == null || after.gapBefore > 0
                || !after.full() || habits.indents(after))) {
            return false;
        }
        if (habits.indented()) {
            return true;
        }
        if (habits.blankSeparated() && l.gapBefore > 0) {
            return !habits.blankAfterFullSentenceEnds();
        }
        // without blank lines between paragraphs, a full line that ends a sentence ends its paragraph: measured on
        // dev2 b and the generated tight layouts, this beats weighing it by how often paragraphs fill their last line
        return habits.blankSeparated();
    }

    /**
     * A headline broken in two: at the top of the text, two short lines without sentence punctuation, the second
     * followed by a blank line or by the body.
     */
    private boolean isTwoLineTitle(Group g, int i) {
        Segment p = g.last();
        Segment l = segs.get(i);
        if (g.segments.size() != 1 || !p.headingLike || !l.headingLike || l.gapBefore > 0 || endsWithDash(p)) {
            return false;
        }
        int shorter = Math.min(p.width, l.width);
        int longer = Math.max(p.width, l.width);
        if (shorter < MIN_TITLE_HALF) {
            // a one- or two-character line is a title or section number of its own (藥 / 一), not half a headline
            return false;
        }
        if (p.colonHeadline && shorter * 5 < longer * 3) {
            // 某某：標題 over a much shorter line: the speaker's role, not the headline's second half
            return false;
        }
        if (bodySeen) {
            return false;
        }
        Segment after = i + 1 < segs.size() ? segs.get(i + 1) : null;
        if (after == null) {
            return true;
        }
        if (habits.blankSeparated()) {
            return after.gapBefore > 0;
        }
        Segment afterNext = i + 2 < segs.size() ? segs.get(i + 2) : null;
        return (l.wide() || !effectivelyFull(l, after)) && (effectivelyFull(after, afterNext) || isFurniture(after));
    }

    /**
     * In a text whose lines do not share one width (set around pictures, or columns of several widths), a line can
     * fall short of its neighbours in mid-sentence: it runs on unless it stands as a heading (alone between blank
     * lines, set as a headline, or a lone line without clause punctuation where blank lines do not part paragraphs).
     */
    private boolean runsOnInRaggedColumn(Group g, Segment p, Segment l, int i) {
        boolean alone = g.segments.size() == 1;
        if (habits.blankSeparated()) {
            if (l.gapBefore > 0) {
                boolean roleUnderHeadline = previousKind == BlockKind.HEADING && previousColonHeadline;
                if (allHeadingLike(g)) {
                    return alone && !(p.gapBefore > 0 || roleUnderHeadline) || isTwoLineTitle(g, i);
                }
                return true;
            }
            boolean headingOverQuote = alone && p.headingLike && p.gapBefore > 0 && Chars.isOpener(l.first) && l.quoteBalance > 0;
            return !(alone && (p.colonHeadline || p.spacedHeadline)) && !headingOverQuote;
        }
        return !alone || p.hasClausePunct || !p.headingLike || isTwoLineTitle(g, i);
    }

    /**
     * A parenthesised byline glued after the last sentence and wrapped onto the block's last line
     * ({@code …往來。（本報記者張三、} / {@code 李四）}): cut off into a byline group of its own, or null.
     */
    private Group splitWrappedByline(Group g) {
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
        Segment head = resegment(a, a.start, open);
        Segment rest = resegment(a, open, a.end);
        g.segments.set(n - 2, head);
        g.segments.remove(n - 1);
        Group byline = new Group(BlockKind.BYLINE, rest);
        byline.segments.add(b);
        return byline;
    }

    /** Part of a segment as a segment of its own, with the layout facts of its line. */
    private Segment resegment(Segment s, int start, int end) {
        Segment part = new Segment(source, s.line, start, end);
        part.column = s.column;
        part.gapBefore = start == s.start ? s.gapBefore : 0;
        part.gapAfter = end == s.end ? s.gapAfter : 0;
        part.indent = start == s.start ? s.indent : 0;
        return part;
    }

    /** Longest byline (characters) looked for at the end of a block. */
    private static final int MAX_BYLINE = 40;

    /** Narrowest line (display columns, three CJK characters) read as half of a headline broken in two. */
    private static final int MIN_TITLE_HALF = 6;

    /** Longest photo or agency credit set on its own line under a caption ({@code 美聯社}, {@code 資料圖片}). */
    private static final int MAX_CAPTION_CREDIT = 5;

    /** A short line without punctuation right under a caption and set off below: the caption's credit. */
    private boolean isCaptionCredit(Segment l, int i) {
        if (l.hasClausePunct || l.endsSentence || l.gapBefore > 0 || Chars.isCaptionMark(l.first)) {
            return false;
        }
        if (l.credit || endsWithPhotoCreditMark(l) && l.end - l.start <= MAX_CAPTION_CREDIT * 2) {
            return true;
        }
        return l.end - l.start <= MAX_CAPTION_CREDIT && (isAgency(l) || i + 1 >= segs.size());
    }

    /** Whether the group carries clause punctuation somewhere: running text, not a headline or credit. */
    private static boolean runningText(Group g) {
        for (Segment s : g.segments) {
            if (s.hasClausePunct) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHeadingLike(Group g) {
        for (Segment s : g.segments) {
            if (!s.headingLike) {
                return false;
            }
        }
        return true;
    }

    /** A caption's last line ends with its photographer after the last sentence ({@code …修例。陳大文攝}). */
    private boolean endsWithPhotoCredit(Segment p) {
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

    /** Longest line (characters) read as the tail of the sentence above it rather than a paragraph of its own. */
    private static final int SHORT_TAIL = 6;

    /** Whether a quotation opened in the group is still open: the paragraph cannot end inside it. */
    private static boolean openQuote(Group g) {
        int balance = 0;
        for (Segment s : g.segments) {
            balance += s.quoteBalance;
        }
        return balance > 0;
    }

    /** A semicolon ends a clause inside a paragraph far more often than a paragraph. */
    private boolean endsOnSemicolon(Segment p) {
        char c = source.charAt(p.end - 1);
        return c == '；' || c == ';';
    }

    private boolean endsWithCloser(Segment p) {
        char c = source.charAt(p.end - 1);
        return c == '”' || c == '」' || c == '』';
    }

    private boolean endsWithParen(Segment p) {
        char c = source.charAt(p.end - 1);
        return c == '）' || c == ')';
    }

    /** A kicker that leads into the headline below it ends with a dash ({@code 走近……——}). */
    private boolean endsWithDash(Segment p) {
        char c = source.charAt(p.end - 1);
        return c == '—' || c == '─' || c == '-';
    }

    /** A line that ends as a photo credit does: the word for photographed, or {@code （圖／某某）}. */
    private boolean endsWithPhotoCreditMark(Segment l) {
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

    /** A news agency's name ({@code 美聯社}, {@code 路透社}, {@code 新華社}): it ends in the word for agency. */
    private boolean isAgency(Segment l) {
        char c = source.charAt(l.end - 1);
        return c == '社';
    }

    /** Display width of the first word of {@code l} (a run of Latin letters or digits), or of its first character. */
    private int firstTokenWidth(Segment l) {
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
    private boolean effectivelyFull(Segment a, Segment b) {
        return a.full() || b != null && a.width + a.indent + firstTokenWidth(b) > a.column;
    }

    /** A line that starts with punctuation that cannot begin a sentence ({@code ，。、」）}) continues the previous one. */
    private static boolean startsWithContinuation(Segment s) {
        char c = s.first;
        return Chars.isClausePunct(c) || Chars.isCloser(c) || c == '：' || c == ':';
    }

    private static boolean isFurniture(Segment s) {
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
