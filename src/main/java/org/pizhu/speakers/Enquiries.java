package org.pizhu.speakers;

/**
 * Replies to an enquiry: {@code 記者向某局查詢…，獲回覆指…} has no subject before the speech verb; the body the
 * reporter asked in the clause before speaks. Every look-back is bounded.
 */
final class Enquiries {
    /** How far back, in characters, the enquiry clause may start before the reply. */
    private static final int MAX_CLAUSE = 80;
    /** How far after 向 the verb of asking may stand (the name of the body asked). */
    private static final int MAX_NAME = 24;

    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;

    Enquiries(NameReader names) {
        this.names = names;
    }

    /**
     * The cue of a speech verb at {@code verbStart} that follows a reply opening its clause ({@code ，獲回覆指}), given
     * to the person or organisation asked in the clause before ({@code 向某局查詢}); null if there is none.
     */
    Cue repliedTo(String t, int verbStart, int verbEnd, QuoteSpans quotes) {
        int r = lex.replies.matchEndingAt(t, verbStart, Math.max(0, verbStart - 6));
        int comma = verbStart - r - 1;
        if (r == 0 || comma < 1 || t.charAt(comma) != '，' && t.charAt(comma) != ',') {
            return null;
        }
        int s = comma;
        while (s > 0 && comma - s < MAX_CLAUSE && !Chars.isSentenceEnd(t.charAt(s - 1)) && t.charAt(s - 1) != '，'
                && t.charAt(s - 1) != ',') {
            s--;
        }
        for (int p = s; p < comma; p++) {
            if (quotes.inside(p) || t.charAt(p) != '向') {
                continue;
            }
            for (int q = p + 2; q < comma && q - p <= MAX_NAME; q++) {
                if (lex.enquiries.matchAt(t, q, comma) == 0) {
                    continue;
                }
                Mention m = names.endingAt(t, q, p + 1, quotes);
                if (m != null && m.start() == p + 1 && m.strong()
                        && (m.kind() == Mention.Kind.ORGANIZATION || m.kind() == Mention.Kind.PERSON)) {
                    return new Cue(m, verbStart, verbEnd, false);
                }
                break;
            }
        }
        return null;
    }
}
