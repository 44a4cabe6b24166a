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

    /** Reflows {@code text}, read from {@code sourceName}. */
    public Document reflow(String sourceName, String text) {
        List<Segment> segments = Segmenter.segments(text);
        List<Block> blocks = new ArrayList<>();
        Consumer<Grouper.Group> build = g -> blocks.add(BlockText.build(blocks.size(), g.kind, g.segments, text));
        if (isHardWrapped(segments)) {
            new Grouper(segments, usesBlankLinesBetweenParagraphs(segments)).groupWrapped(build);
        } else {
            Grouper.groupClean(segments, build);
        }
        return new Document(sourceName, text, blocks);
    }

    /**
     * Whether the text was broken into lines by a page or a tool rather than by its writer: many lines that carry
     * clause punctuation (or are long) yet end mid-sentence; in a text whose blocks are set off by blank lines, also
     * lines that run on into the next line without ending a sentence.
     */
    static boolean isHardWrapped(List<Segment> segments) {
        int broken = 0;
        int blankAfter = 0;
        int heldTogether = 0;
        for (int i = 0; i + 1 < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!s.endsSentence && (s.hasClausePunct || s.width > 56) && !s.byline) {
                broken++;
            }
            if (s.gapAfter > 0) {
                blankAfter++;
            } else if (!s.endsSentence && !s.byline && !s.credit && !s.caption) {
                heldTogether++;
            }
        }
        boolean blankSeparated = segments.size() > 2 && blankAfter * 5 >= (segments.size() - 1) * 3;
        return blankSeparated && heldTogether > 0 || broken >= 1 && broken * 5 >= segments.size();
    }

    /**
     * Whether paragraphs are separated by blank lines: most short lines that end a sentence are followed by one.
     * Without that convention, a sentence ending exactly at the end of a full line is taken to end the paragraph.
     */
    static boolean usesBlankLinesBetweenParagraphs(List<Segment> segments) {
        int ends = 0;
        int blankAfter = 0;
        boolean anyBlank = false;
        for (int i = 0; i + 1 < segments.size(); i++) {
            Segment s = segments.get(i);
            anyBlank |= s.gapAfter > 0;
            if (s.endsSentence && !s.full() && !s.caption) {
                ends++;
                if (s.gapAfter > 0) {
                    blankAfter++;
                }
            }
        }
        return ends == 0 ? anyBlank : blankAfter * 2 >= ends;
    }
}
