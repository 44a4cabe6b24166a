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
    /** Longest label that introduces what follows with a colon and stands as a heading ({@code 相關文章：}). */
    private static final int MAX_LABEL = 6;
    /** A date standing alone, in Chinese numerals or digits ({@code 一九二五年一月二十四日}, {@code （二月十日。）}). */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[（(]?(?:[〇○零一二三四五六七八九\\d]{2,4}年)?[一二三四五六七八九十\\d]{1,3}月(?:[一二三四五六七八九十\\d]{1,3}[日号號])?"
                    + "[。.]?[）)]?$");
    /** A writer's name and the date a letter or statement was signed ({@code 某某某2017年5月1日}). */
    private static final Pattern SIGNED = Pattern.compile("^\\p{IsHan}{2,4}\\s*\\d{4}年\\d{1,2}月\\d{1,2}日$");
    /** A dateline standing alone ({@code （新华社北京4月30日电）}). */
    private static final Pattern DATELINE_ALONE = Pattern.compile("^[（(][^（()）]{2,24}[電电][）)]$");
    /** Longest byline, credit or dateline the patterns look at (characters with whitespace). */
    private static final int FURNITURE = 48;
    /** Longest heading, in characters without whitespace. */
    private static final int MAX_HEADING = 60;
    /** Longest question set as a heading ({@code 如何讓老百姓用得上？}). */
    private static final int MAX_QUESTION_HEADING = 16;
    /** A caption that ends in its photo credit instead of a full stop: {@code …合照。何家明攝}, {@code （圖／李四）}. */
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
        Segment lastSegment = g.last();
        char lastChar = source.charAt(lastSegment.end - 1);
        if (length > FURNITURE && lastSegment.endsSentence && !Chars.isCaptionMark(g.segments.get(0).first)
                && lastChar != '）' && lastChar != ')') {
            // a long block that ends a sentence: no byline, credit, date or question heading is that long
            return BlockKind.PARAGRAPH;
        }
        String spaced = text(g, source);
        String text = withoutSpaces(spaced);
        if (text.isEmpty()) {
            return BlockKind.PARAGRAPH;
        }
        char first = text.charAt(0);
        if (Chars.isCaptionMark(first)) {
            return BlockKind.CAPTION;
        }
        if (text.length() <= 24 && mayBeDateOrSignature(text) && (DATE_LINE.matcher(text).matches() || SIGNED.matcher(text).matches()
                || DATELINE_ALONE.matcher(text).matches())) {
            return BlockKind.BYLINE;
        }
        if (text.length() <= 30 && text.charAt(0) == '【' && text.charAt(text.length() - 1) == '】') {
            String inner = spaced.strip();
            inner = inner.substring(1, inner.length() - 1);
            if (LinePatterns.mayBeFurniture(inner) && LinePatterns.isByline(inner)) {
                return BlockKind.BYLINE;
            }
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
        if ((lastChar == '攝' || lastChar == '摄' || lastChar == '）' || lastChar == ')') && text.indexOf('。') >= 0
                && PHOTO_CREDIT_END.matcher(text).matches()) {
            return BlockKind.CAPTION;
        }
        int n = text.length();
        char end = text.charAt(n - 1);
        if (end == '，' || end == ',' || end == '、' || end == '—' && Chars.endsWithColon(text, 0, n) || isTurn(text)) {
            return BlockKind.PARAGRAPH;
        }
        if ((end == '：' || end == ':') && n <= MAX_LABEL) {
            return BlockKind.HEADING;
        }
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

    /** A turn of a question-and-answer transcript ({@code 問：……}, {@code 答：……}): what a person said. */
    private static boolean isTurn(String t) {
        return t.length() > 2 && "問问答".indexOf(t.charAt(0)) >= 0 && (t.charAt(1) == '：' || t.charAt(1) == ':');
    }

    private static String withoutSpaces(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Segmenter.isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Cheap test before the date and signature patterns: a month or a parenthesis. */
    private static boolean mayBeDateOrSignature(String t) {
        char c = t.charAt(0);
        return t.indexOf('月') >= 0 || c == '（' || c == '(';
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
