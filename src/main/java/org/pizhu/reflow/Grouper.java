package org.pizhu.reflow;

import static org.pizhu.reflow.GroupShapes.allHeadingLike;
import static org.pizhu.reflow.GroupShapes.isFurniture;
import static org.pizhu.reflow.GroupShapes.openQuote;
import static org.pizhu.reflow.GroupShapes.runningText;
import static org.pizhu.reflow.GroupShapes.startsWithContinuation;
import static org.pizhu.reflow.GroupShapes.trailingFurnitureFrom;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pizhu.document.BlockKind;
import org.pizhu.text.CjkChars;

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
        /** Sentence ends in the segments grouped so far. */
        int stops;

        Group(BlockKind kind, Segment first) {
            this.kind = kind;
            add(first);
        }

        void add(Segment s) {
            segments.add(s);
            stops += s.stops;
        }

        Segment last() {
            return segments.get(segments.size() - 1);
        }
    }

    /**
     * What a document shows of its layout, read once before grouping, with the evidence its certain paragraph
     * breaks give about the doubtful ones.
     */
    record Habits(boolean blankSeparated, boolean indented, boolean blankAfterFullSentenceEnds, boolean uniformColumn,
                  int indentWidth, ParagraphEvidence evidence) {
        /** Whether {@code s} starts with this document's paragraph indent. */
        boolean indents(Segment s) {
            return indented && s.indent >= indentWidth;
        }
    }

    private final List<Segment> segs;
    private final Habits habits;
    private final String source;
    private final LineCues cues;
    private final BreakModel model;
    /** Whether a line of running text has been grouped already (so the headline is behind). */
    private boolean bodySeen;
    /** The kind of the block before the one being grouped, and whether it was set as {@code 某某：標題}. */
    private BlockKind previousKind;
    private boolean previousColonHeadline;

    Grouper(List<Segment> segs, Habits habits, String source, BreakModel model) {
        this.segs = segs;
        this.model = model;
        this.habits = habits;
        this.source = source;
        this.cues = new LineCues(source);
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
            i = extend(g, i + 1);
            List<Group> inside = new ArrayList<>();
            for (Group caption = captionInside(g, i); caption != null; caption = captionInside(g, i)) {
                inside.add(caption);
                i += caption.segments.size();
                g.add(segs.get(i));
                i = extend(g, i + 1);
            }
            Group byline = WrappedByline.split(g, source);
            g.kind = Kinds.of(g, source, i >= segs.size() || trailingFurnitureFrom(segs, i));
            sink.accept(g);
            for (Group caption : inside) {
                caption.kind = Kinds.of(caption, source, false);
                sink.accept(caption);
            }
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

    /** Adds to {@code g} the segments from {@code i} that continue it; returns the index of the first that does not. */
    private int extend(Group g, int i) {
        while (i < segs.size() && joins(g, i)) {
            g.add(segs.get(i));
            i++;
        }
        return i;
    }

    /**
     * A caption set between the lines of a paragraph (the picture stood in the column): when the paragraph stops on a
     * full line in mid-sentence (running text below the headline, or read as a paragraph) and a caption starts at
     * {@code i}, the caption, if the line after it takes the sentence up again (not indented, not furniture, not a
     * dateline); else null. The paragraph is then one block, and the caption follows it.
     */
    private Group captionInside(Group g, int i) {
        Segment p = g.last();
        if (i >= segs.size() || !segs.get(i).caption || !p.full() || p.endsSentence || isFurniture(p)
                || !(bodySeen && runningText(g) || Kinds.of(g, source, false) == BlockKind.PARAGRAPH)) {
            return null;
        }
        Group caption = new Group(BlockKind.CAPTION, segs.get(i));
        int after = extend(caption, i + 1);
        if (after >= segs.size()) {
            return null;
        }
        Segment l = segs.get(after);
        return isFurniture(l) || habits.indents(l) || cues.startsDateline(l) ? null : caption;
    }

    /** Whether segment {@code i} continues group {@code g}. */
    private boolean joins(Group g, int i) {
        Segment p = g.last();
        Segment l = segs.get(i);
        if (startsWithContinuation(l)) {
            return true;
        }
        if (cues.startsDateline(l) && !openQuote(g)) {
            return false;
        }
        if (openQuote(g) && !l.caption && (cues.effectivelyFull(p, l) || habits.indented() && !habits.indents(l))) {
            return true;
        }
        if (g.segments.get(0).caption) {
            if (g.segments.size() > 1 && !p.hasClausePunct && !p.endsSentence
                    && (p.credit || cues.endsWithPhotoCreditMark(p) || cues.isAgency(p))) {
                return false;
            }
            if (isCaptionCredit(l, i)) {
                return true;
            }
        }
        if (g.segments.get(0).bylineHead) {
            return g.segments.size() == 1 && l.nameOnly && l.gapBefore == 0;
        }
        if (l.credit && !l.byline && !l.caption && !p.endsSentence && !p.wide() && cues.effectivelyFull(p, l)
                && !p.byline && !p.credit && (runningText(g) || g.segments.size() == 1 && p.gapBefore > 0)) {
            // a line of running text that fills the column goes on, whatever the next line looks like; so does a
            // line set apart that fills it above a credit's last words (以上图片均为……有限 / 公司提供)
            return true;
        }
        if (isFurniture(l) || (p.byline || p.credit) && g.segments.size() == 1
                && (!p.full() || cues.endsWithParen(p) || CjkChars.isOpenQuote(l.first))) {
            // a byline or credit line ends when it falls short, closes its bracket, or a quotation follows it
            return false;
        }
        if (!habits.uniformColumn() && g.segments.size() == 1 && p.headingLike && (p.colonHeadline || p.spacedHeadline)) {
            return false;
        }
        if (!bodySeen && cues.endsWithDash(p) && allHeadingLike(g) && l.headingLike) {
            // a kicker that leads into the headline below it (走近……——) is a heading of its own
            return false;
        }
        if (l.wide() || p.wide()) {
            return !p.endsSentence && isTwoLineTitle(g, i);
        }
        if (habits.indents(l)) {
            return false;
        }
        if (cues.endsWithPhotoCredit(p)) {
            return false;
        }
        if (habits.blankSeparated() && l.gapBefore > 0 && allHeadingLike(g)
                && (g.segments.size() == 1 ? p.gapBefore > 0 : !p.hasClausePunct)) {
            return false;
        }
        if (habits.blankSeparated() && l.gapBefore > 0 && g.segments.size() == 1 && p.gapBefore > 0 && i > 1
                && !p.endsSentence && !p.endsOnClause && !p.caption) {
            // one line alone between blank lines that ends no sentence, after the text's first line: a heading, not
            // a paragraph's first line cut by a column break (two breaks a line apart)
            return false;
        }
        if (habits.blankSeparated() && l.gapBefore > 0 && Chars.isOpener(l.first) && cues.endsWithColon(p)) {
            // a quotation a colon leads into, set apart by a blank line: its own paragraph, not a column break
            return false;
        }
        boolean full = cues.effectivelyFull(p, l);
        if (!full) {
            return !p.endsSentence && (habits.uniformColumn() ? isTwoLineTitle(g, i) : runsOnInRaggedColumn(g, p, l, i));
        }
        if (!p.endsSentence) {
            return true;
        }
        // a full line that ends a sentence: the paragraph may end here or run on. It does not inside an open
        // quotation or on a semicolon; without blank lines it does not on a closing quote either (the attribution
        // follows: measured on dev2 b, +0.02 block F1; a per-document share of quote endings did no better)
        boolean modelled = !habits.blankSeparated() && !habits.indented();
        if (openQuote(g) || cues.endsOnSemicolon(p)) {
            return true;
        }
        if (headingBeforeIndent(i)) {
            return false;
        }
        if (habits.indented() && cues.endsWithCloser(p)) {
            return true;
        }
        if (!habits.indented() && !l.full() && l.endsSentence && l.end - l.start <= SHORT_TAIL
                && !isFurniture(l)) {
            return true;
        }
        Segment after = i + 1 < segs.size() ? segs.get(i + 1) : null;
        boolean lEndsBlock = after == null || after.gapBefore > 0 || !after.full() || habits.indents(after);
        if (!l.endsSentence && !l.endsOnClause && lEndsBlock
                && (!cues.effectivelyFull(l, after) || after != null && habits.indents(after))) {
            // a line that does not end a sentence and ends its block (the next is indented, set apart or short):
            // a heading under the paragraph, not its last line
            return false;
        }
        if (habits.indented()) {
            return true;
        }
        if (modelled) {
            // neither blank lines nor indents: weigh the paragraph so far against the document's usual paragraph
            return !model.endsParagraph(BreakModel.features(source, p, l, g.stops, g.segments.size(), habits), i);
        }
        if (habits.blankSeparated() && l.gapBefore > 0) {
            // a blank line after a full line that ends a sentence: a paragraph's end or a column break inside it
            return !model.endsParagraph(BreakModel.features(source, p, l, g.stops, g.segments.size(), habits), i);
        }
        // without blank lines between paragraphs, a full line that ends a sentence ends its paragraph: measured on
        // dev2 b and the generated tight layouts, this beats weighing it by how often paragraphs fill their last line
        return habits.blankSeparated();
    }

    /**
     * In a text with paragraph indents, whether the unindented lines from {@code i} up to the next indented line are
     * one or two lines that end no sentence: a sub-heading over the next paragraph, not the end of this one.
     */
    private boolean headingBeforeIndent(int i) {
        if (!habits.indented()) {
            return false;
        }
        for (int j = i; j < segs.size() && j < i + 2; j++) {
            Segment s = segs.get(j);
            if (s.endsSentence || s.endsOnClause || habits.indents(s) || isFurniture(s)) {
                return false;
            }
            if (j + 1 < segs.size() && habits.indents(segs.get(j + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A headline broken in two: at the top of the text, two short lines without sentence punctuation, the second
     * followed by a blank line or by the body.
     */
    private boolean isTwoLineTitle(Group g, int i) {
        Segment p = g.last();
        Segment l = segs.get(i);
        if (g.segments.size() != 1 || !p.headingLike || !l.headingLike || l.gapBefore > 0 || cues.endsWithDash(p)) {
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
        return (l.wide() || !cues.effectivelyFull(l, after)) && (cues.effectivelyFull(after, afterNext) || isFurniture(after));
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

    /** Narrowest line (display columns, three CJK characters) read as half of a headline broken in two. */
    private static final int MIN_TITLE_HALF = 6;

    /** Longest photo or agency credit set on its own line under a caption ({@code 美聯社}, {@code 資料圖片}). */
    private static final int MAX_CAPTION_CREDIT = 5;

    /** A short line without punctuation right under a caption and set off below: the caption's credit. */
    private boolean isCaptionCredit(Segment l, int i) {
        if (l.hasClausePunct || l.endsSentence || l.gapBefore > 0 || Chars.isCaptionMark(l.first) || l.byline) {
            return false;
        }
        if (l.credit || cues.endsWithPhotoCreditMark(l) && l.end - l.start <= MAX_CAPTION_CREDIT * 2) {
            return true;
        }
        return l.end - l.start <= MAX_CAPTION_CREDIT && (cues.isAgency(l) || i + 1 >= segs.size());
    }

    /** Longest line (characters) read as the tail of the sentence above it rather than a paragraph of its own. */
    private static final int SHORT_TAIL = 6;
}
