package org.pizhu.reflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/**
 * Turns raw text, typically hard-wrapped print extraction, into a {@link Document} of typed blocks.
 *
 * <p>The engine first cuts the text into non-blank line segments with their layout facts (width against the local
 * column, terminal punctuation, blank lines around, caption marks, byline and credit patterns). If the text is not
 * hard-wrapped (one paragraph per line), every segment is a block. Otherwise segments are grouped: a line that ends
 * mid-sentence continues on the next line even across blank lines (column breaks); a sentence that ends on a short
 * line ends its paragraph; headings, captions, bylines and credits are recognised from layout cues
 * ({@link Grouper}). The block text keeps every source character; only whitespace changes ({@link BlockText}).
 * Stateless and thread-safe; cost is linear in the length of the text.
 */
public final class Reflower {
    /** Display columns (40 CJK characters) that a writer's own paragraph lines usually exceed. */
    private static final int NARROW = 80;
    /**
     * Last-line lengths (in characters) that read as a full line: the column, one short (the fullness tolerance), one
     * over (a hanging full stop). Measured: 3 beats 2 and 1 on dev2 a/d and the generated blank layouts (tune).
     */
    private static final double FULL_LAST_LINES = 3.0;

    private final BreakModel model;

    /** A reflower with the shipped model of ambiguous paragraph breaks. */
    public Reflower() {
        this(BreakModel.shipped());
    }

    /** A reflower that decides ambiguous paragraph breaks with {@code model} (fitting it, in test scope). */
    Reflower(BreakModel model) {
        this.model = model;
    }

    /** Reflows {@code text}, read from {@code sourceName}. */
    public Document reflow(String sourceName, String text) {
        List<Segment> segments = Segmenter.segments(text);
        List<Block> blocks = new ArrayList<>();
        Consumer<Grouper.Group> build = g -> blocks.add(BlockText.build(blocks.size(), g.kind, g.segments, text));
        boolean uniform = Segmenter.uniformColumn(segments) > 0;
        if (uniform || isHardWrapped(segments)) {
            new Grouper(segments, habits(segments, uniform, text), text, model).groupWrapped(build);
        } else {
            Grouper.groupClean(segments, text, build);
        }
        return new Document(sourceName, text, blocks);
    }

    /**
     * Whether the text was broken into lines by a page or a tool rather than by its writer, when its lines do not
     * share one width (which says so at once, {@link Segmenter#uniformColumn}): in a text whose blocks are set off by blank lines, lines
     * run on into the next without ending a sentence; or one line in five ends mid-sentence though it carries clause
     * punctuation (or is long), with at least one line ending on a comma or followed by one that starts with
     * punctuation (what a writer's own line never does) or with no line wider than a narrow column, else two
     * lines in five.
     */
    static boolean isHardWrapped(List<Segment> segments) {
        if (segments.size() < 2) {
            return false;
        }
        int broken = 0;
        int certain = 0;
        int blankAfter = 0;
        int heldTogether = 0;
        int widest = 0;
        for (Segment s : segments) {
            widest = Math.max(widest, s.width);
        }
        for (int i = 0; i + 1 < segments.size(); i++) {
            Segment s = segments.get(i);
            Segment n = segments.get(i + 1);
            boolean furniture = s.byline || s.caption || s.credit;
            boolean brokenCaption = s.caption && !s.hasStop;
            if (!s.endsSentence && (s.hasClausePunct || s.width > 56) && (!furniture || brokenCaption)) {
                broken++;
                if (s.endsOnClause || Chars.isClausePunct(n.first) || Chars.isCloser(n.first)) {
                    certain++;
                }
            }
            if (s.gapAfter > 0) {
                blankAfter++;
            } else if (!s.endsSentence && !furniture) {
                heldTogether++;
            }
        }
        boolean blankSeparated = segments.size() > 2 && blankAfter * 5 >= (segments.size() - 1) * 3;
        return blankSeparated && heldTogether > 0
                || broken >= 1 && (certain >= 1 || widest <= NARROW ? broken * 5 >= segments.size()
                : broken * 5 >= segments.size() * 2);
    }

    /**
     * The document's habits: whether paragraphs are set apart by blank lines (most short lines that end a sentence
     * are followed by one), by first-line indents (indented lines stand where paragraphs start), and whether a blank
     * line after a full line that ends a sentence more likely ends the paragraph than breaks it.
     */
    static Grouper.Habits habits(List<Segment> segments, boolean uniformColumn, String text) {
        int shortEnds = 0;
        int shortEndsBlank = 0;
        int indented = 0;
        int indentedAtStart = 0;
        int[] indentWidths = new int[9];
        int fullOpen = 0;
        int fullOpenBlank = 0;
        int fullEnds = 0;
        boolean anyBlank = false;
        long columns = 0;

        for (int i = 0; i + 1 < segments.size(); i++) {
            Segment s = segments.get(i);
            Segment n = segments.get(i + 1);
            anyBlank |= s.gapAfter > 0;
            columns += s.column;
            if (n.indent >= 2) {
                indented++;
                indentWidths[Math.min(n.indent, indentWidths.length - 1)]++;
                if (!s.full() || s.endsSentence || s.setApart()) {
                    indentedAtStart++;
                }
            }
            if (s.caption || s.setApart()) {
                continue;
            }

            if (s.full()) {
                if (s.endsSentence) {
                    fullEnds++;
                } else {
                    fullOpen++;
                    if (s.gapAfter > 0) {
                        fullOpenBlank++;
                    }
                }
            } else if (s.endsSentence) {
                shortEnds++;
                if (s.gapAfter > 0) {
                    shortEndsBlank++;
                }
            }
        }
        boolean blank = shortEnds == 0 ? anyBlank : shortEndsBlank * 2 >= shortEnds;
        boolean indent = indented >= 2 && indentedAtStart * 10 >= indented * 8 && indented * 2 >= shortEnds;
        // expected blank lines after full sentence-ending lines: breaks inside paragraphs (at the rate seen after
        // full lines that end mid-sentence) against paragraph ends that happen to fill the line (about three in a
        // column's width in characters of the paragraph ends seen on short lines)
        double chars = segments.size() > 1 ? columns / (double) (segments.size() - 1) / 2.0 : 1;
        double innerBreaks = fullOpen == 0 ? 0 : fullEnds * (fullOpenBlank / (double) fullOpen);
        double paragraphEnds = shortEndsBlank * Math.min(1.0, FULL_LAST_LINES / Math.max(1.0, chars));
        int indentWidth = 2;
        for (int w = 2; w < indentWidths.length; w++) {
            if (indentWidths[w] > indentWidths[indentWidth]) {
                indentWidth = w;
            }
        }
        // the paragraph indent is the most common one; a narrower one is a space a wrapped line happened to start with
        return new Grouper.Habits(blank, indent, paragraphEnds >= innerBreaks, uniformColumn, indentWidth,
                ParagraphEvidence.of(segments, text));
    }
}
