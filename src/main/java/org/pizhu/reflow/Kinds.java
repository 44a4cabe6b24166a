package org.pizhu.reflow;

import java.util.regex.Pattern;
import org.pizhu.document.BlockKind;

/**
 * The kind of a finished block, read from its whole text: a caption mark or a photo credit at its end makes a
 * caption; byline and credit patterns ({@link LinePatterns}) make bylines and credits; a block that ends a sentence
 * (or introduces what follows with a colon) is a paragraph; a short block that does not is a heading.
 */
final class Kinds {
    /** Blocks longer than this (characters with whitespace) are paragraphs or, with a caption mark, captions. */
    private static final int LONG = 160;
    /** Longest heading, in characters without whitespace. */
    private static final int MAX_HEADING = 60;
    /** Longest question set as a heading ({@code 如何讓老百姓用得上？}). */
    private static final int MAX_QUESTION_HEADING = 16;
    /** A caption that ends in its photo credit instead of a full stop: {@code …合照。盧珮瑤攝}, {@code （圖／李四）}. */
    private static final Pattern PHOTO_CREDIT_END = Pattern.compile(
            ".*(?:[。.\\s　](?:記者|记者)?[\\p{IsHan}·]{2,5}[攝摄]|[（(](?:圖|图|攝|摄)[／/:：][\\p{IsHan}·]{2,5}[）)])$");

    private Kinds() {
    }

    static BlockKind of(Grouper.Group g, String source, boolean last) {
        int length = 0;
        for (Segment s : g.segments) {
            length += s.end - s.start;
        }
        if (length > LONG) {
            return Chars.isCaptionMark(g.segments.get(0).first) ? BlockKind.CAPTION : BlockKind.PARAGRAPH;
        }
        String spaced = text(g, source);
        String text = spaced.replaceAll("[\\s\\u3000]+", "");
        if (text.isEmpty()) {
            return BlockKind.PARAGRAPH;
        }
        char first = text.charAt(0);
        if (Chars.isCaptionMark(first)) {
            return BlockKind.CAPTION;
        }
        if (spaced.length() <= 48 && LinePatterns.mayBeFurniture(spaced)) {
            if (LinePatterns.isCredit(spaced)) {
                return BlockKind.CREDIT;
            }
            if (LinePatterns.isByline(spaced) || last && LinePatterns.isBylineHead(spaced)) {
                return BlockKind.BYLINE;
            }
        }
        if (g.segments.size() == 1 && g.segments.get(0).byline) {
            return BlockKind.BYLINE;
        }
        if (PHOTO_CREDIT_END.matcher(text).matches() && text.indexOf('。') >= 0) {
            return BlockKind.CAPTION;
        }
        int n = text.length();
        char end = text.charAt(n - 1);
        if (Chars.endsSentence(text, 0, n) || end == '：' || end == ':') {
            if ((end == '？' || end == '?') && n <= MAX_QUESTION_HEADING && !hasSentenceEndBefore(text, n - 1)
                    && !hasClausePunct(text)) {
                return BlockKind.HEADING;
            }
            return BlockKind.PARAGRAPH;
        }
        if (last && n <= 4 && LinePatterns.isNameOnly(text)) {
            return BlockKind.BYLINE;
        }
        return n <= MAX_HEADING ? BlockKind.HEADING : BlockKind.PARAGRAPH;
    }

    private static boolean hasClausePunct(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Chars.isClausePunct(t.charAt(i)) && !Chars.isSentenceEnd(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSentenceEndBefore(String t, int end) {
        for (int i = 0; i < end; i++) {
            if (Chars.isSentenceEnd(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The block's text, its lines joined by one space. */
    private static String text(Grouper.Group g, String source) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : g.segments) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(source, s.start, s.end);
        }
        return sb.toString();
    }
}
