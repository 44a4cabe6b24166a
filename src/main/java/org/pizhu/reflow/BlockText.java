package org.pizhu.reflow;

import java.util.List;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.SourceMap;

/**
 * Builds a block's text from its segments: lines joined without spaces between CJK characters or inside a number
 * or a word the column cut (one space between Latin words that a line break separated), stray whitespace removed next to CJK text and punctuation in running text, runs of whitespace
 * collapsed elsewhere. Every other character is copied from the source, and mapped back to it.
 */
final class BlockText {
    private BlockText() {
    }

    static Block build(int index, BlockKind kind, List<Segment> segments, String source) {
        boolean running = kind.isRunningText() || kind == BlockKind.BYLINE || kind == BlockKind.CREDIT;
        int capacity = 0;
        for (Segment s : segments) {
            capacity += s.end - s.start + 1;
        }
        StringBuilder text = new StringBuilder(capacity);
        SourceMap.Builder map = new SourceMap.Builder();
        Segment previous = null;
        for (Segment s : segments) {
            if (previous != null && text.length() > 0) {
                char before = text.charAt(text.length() - 1);
                char after = source.charAt(s.start);
                boolean cutWord = Chars.isWordChar(before) && Chars.isWordChar(after)
                        && previous.width + previous.indent >= previous.column - 1 && previous.column > 0;
                if (!cutWord && Chars.needsSpaceAcrossBreak(before, after)) {
                    text.append(' ');
                    map.append(previous.end);
                }
            }
            appendSegment(source, s, running, text, map);
            previous = s;
        }
        Segment first = segments.get(0);
        Segment last = segments.get(segments.size() - 1);
        return new Block(index, kind, text.toString(), first.line, last.line, map.build(first.start));
    }

    private static void appendSegment(String source, Segment s, boolean running, StringBuilder text, SourceMap.Builder map) {
        int i = s.start;
        while (i < s.end) {
            char c = source.charAt(i);
            if (!Segmenter.isSpace(c)) {
                text.append(c);
                map.append(i);
                i++;
                continue;
            }
            int j = i;
            while (j < s.end && Segmenter.isSpace(source.charAt(j))) {
                j++;
            }
            char before = text.length() > 0 ? text.charAt(text.length() - 1) : ' ';
            char after = j < s.end ? source.charAt(j) : ' ';
            boolean stray = running && (Chars.isCjk(before) || Chars.isCjk(after) || Chars.isCaptionMark(before));
            if (!stray && text.length() > 0 && j < s.end) {
                text.append(' ');
                map.append(i);
            }
            i = j;
        }
    }
}
