package org.pizhu.reflow;

/**
 * One non-blank piece of a source line with the layout facts the rules look at.
 *
 * <p>Usually a whole line without its surrounding whitespace; a byline glued to the end of a line
 * ({@code …的進行。 大公報記者某某}) becomes a segment of its own.
 */
final class Segment {
    final int line;
    final int start;
    final int end;
    /** The segment's first character (the text itself is not kept, to keep long documents light). */
    final char first;
    final int width;
    /** Display width of the closing punctuation at the end, which a page lets hang past the column. */
    final int hang;
    /** Blank lines between the previous segment and this one. */
    int gapBefore;
    /** Blank lines between this segment and the next one (or 1 at the end of the text). */
    int gapAfter;
    /** The local column width around this segment, in display columns. */
    int column;
    /** Display width of the whitespace before the segment on its line (a first-line indent), 0 for none. */
    int indent;

    final boolean endsSentence;
    final boolean hasClausePunct;
    /** Opening minus closing corner brackets and double quotes ({@code 「」『』“”}) in the segment. */
    final int quoteBalance;
    /** Whether a sentence ends anywhere in the segment. */
    final boolean hasStop;
    /** How many sentence-ending marks ({@code 。？！}) the segment has. */
    final int stops;
    /**
     * Sentence ends inside the segment (something follows on the line), those of them closed by a quote
     * ({@code 。」}), and the sentences after them that open with a quote: what the document's sentences look like
     * where no paragraph can end.
     */
    final int innerStops;
    final int innerCloserStops;
    final int innerOpenerStarts;
    /** Whether the segment ends on a comma-like mark ({@code ，、,}) that no block ends with. */
    final boolean endsOnClause;
    final boolean caption;
    final boolean byline;
    final boolean credit;
    final boolean bylineHead;
    final boolean nameOnly;
    final boolean colonHeadline;
    final boolean spacedHeadline;
    final boolean headingLike;

    Segment(String source, int line, int start, int end) {
        this.line = line;
        this.start = start;
        this.end = end;
        String text = source.substring(start, end);
        this.first = text.charAt(0);
        this.width = Chars.width(source, start, end);
        int h = end;
        while (h > start && end - h < 3 && (Chars.isCloser(source.charAt(h - 1)) || Chars.isClausePunct(source.charAt(h - 1))
                || source.charAt(h - 1) == '：' || source.charAt(h - 1) == '—' || source.charAt(h - 1) == '…')) {
            h--;
        }
        this.hang = Chars.width(source, h, end);
        this.endsSentence = Chars.endsSentence(source, start, end);
        boolean clause = false;
        boolean stop = false;
        int stopCount = 0;
        int balance = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Chars.isClausePunct(c)) {
                clause = true;
                if (Chars.isSentenceEnd(c)) {
                    stop = true;
                    stopCount++;
                }
            } else if (c == '…') {
                stop = true;
            }
            if (c == '「' || c == '『' || c == '“') {
                balance++;
            } else if (c == '」' || c == '』' || c == '”') {
                balance--;
            }
        }
        this.hasClausePunct = clause;
        char last = text.charAt(text.length() - 1);
        this.endsOnClause = last == '，' || last == '、' || last == ',';
        this.quoteBalance = balance;
        this.hasStop = stop;
        this.stops = stopCount;
        int inner = 0;
        int innerCloser = 0;
        int innerOpener = 0;
        for (int i = 0; stopCount > 0 && i < text.length(); i++) {
            if (!Chars.isSentenceEnd(text.charAt(i))) {
                continue;
            }
            int j = i + 1;
            boolean closed = j < text.length() && Chars.isCloser(text.charAt(j));
            while (j < text.length() && (Chars.isCloser(text.charAt(j)) || Chars.isSentenceEnd(text.charAt(j))
                    || Segmenter.isSpace(text.charAt(j)))) {
                j++;
            }
            if (j >= text.length()) {
                break;
            }
            inner++;
            innerCloser += closed ? 1 : 0;
            innerOpener += Chars.isOpener(text.charAt(j)) ? 1 : 0;
            i = j - 1;
        }
        this.innerStops = inner;
        this.innerCloserStops = innerCloser;
        this.innerOpenerStarts = innerOpener;
        this.caption = Chars.isCaptionMark(text.charAt(0));
        boolean furniture = LinePatterns.mayBeFurniture(text);
        this.credit = furniture && LinePatterns.isCredit(text);
        this.byline = furniture && !credit && LinePatterns.isByline(text);
        this.bylineHead = furniture && LinePatterns.isBylineHead(text);
        this.nameOnly = text.length() <= 5 && LinePatterns.isNameOnly(text);
        this.colonHeadline = hasColonHeadline(text);
        this.spacedHeadline = hasHeadlineSpace(text);
        this.headingLike = !clause && !endsSentence && !caption && !byline && !credit && width <= 56;
    }

    /** Whether this segment fills its column (a line broken by the page, not ended by the writer). */
    boolean full() {
        return width + indent >= column - 2;
    }

    /**
     * Whether the line is set wider than the running column (a headline or kicker set in its own measure). An
     * opening quote carried down from the line above (it may not end a line) does not count, as a closing mark
     * hanging at the end does not.
     */
    boolean wide() {
        return width + indent - hang - (Chars.isOpener(first) ? Chars.width(first) : 0) > column + 2;
    }

    /** Set in its own measure, not the running column: headlines, bylines, credits. */
    boolean setApart() {
        return headingLike && (colonHeadline || spacedHeadline) || byline || credit || bylineHead;
    }

    /** Columns this segment falls short of its column. */
    int shortfall() {
        return column - width - indent;
    }

    /** {@code 某某：標題} — a short name, a colon, a headline (but not {@code 他表示：…}). */
    private static boolean hasColonHeadline(String t) {
        int colon = indexOfColon(t);
        if (colon < 2 || colon > 6 || colon == t.length() - 1) {
            return false;
        }
        char before = t.charAt(colon - 1);
        return "示說说稱称指道問问答曰到講讲".indexOf(before) < 0;
    }

    private static int indexOfColon(String t) {
        int a = t.indexOf('：');
        int b = t.indexOf(':');
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    /** A space between two words of a headline, as headlines are set ({@code 數碼港AI超算中心 年內啟用}). */
    private static boolean hasHeadlineSpace(String t) {
        for (int i = 1; i < t.length() - 1; i++) {
            if (Character.isWhitespace(t.charAt(i))) {
                char before = t.charAt(i - 1);
                int j = i;
                while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
                    j++;
                }
                if (j >= t.length()) {
                    return false;
                }
                char after = t.charAt(j);
                boolean cjkAround = Chars.isCjk(before) && Chars.isCjk(after);
                if (cjkAround && !Chars.isOpener(after) && !Chars.isCloser(before)
                        && !Chars.isOpener(before) && !Chars.isCloser(after)) {
                    return true;
                }
                i = j;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return line + ":" + start + "-" + end;
    }
}
