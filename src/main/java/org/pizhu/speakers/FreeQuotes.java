package org.pizhu.speakers;

import org.pizhu.text.CjkChars;

/**
 * A quotation without a speech verb inside a paragraph or caption that names no speaker: one that stands as a sentence
 * of its own ({@code 去年，陳大文開了一家小店。“生意比想像中好。”}) goes to the subject named right after it or, failing
 * that, a known speaker named before it; one after a comma or colon in a sentence with no speech verb
 * ({@code 陳小明對電腦有興趣，「畢業後要工作撐家。」}) goes to the person the sentence opens with.
 */
final class FreeQuotes {
    private static final int REACH = 60;
    /** Characters from which a quotation followed by a comma is a clause said, not a term. */
    private static final int SAID_LENGTH = 8;

    private FreeQuotes() {
    }

    /** The speaker of the first free-standing quotation of {@code t}, or null. */
    static SpeakerBook.Entry speaker(String t, QuoteSpans quotes, Subjects subjects, SpeakerBook book,
                                     Story story) {
        for (int q = 0; q < quotes.count(); q++) {
            int open = quotes.start(q);
            if (open <= 1 || !opensSentence(t, open) || !(quotes.isSpeech(t, q) || saidBeforeComma(t, quotes, q))) {
                continue;
            }
            Mention m = subjectAfter(t, quotes.end(q), quotes, subjects);
            if (m == null) {
                Mention before = subjects.firstPersonBetween(t, 0, open, quotes);
                m = before != null && book.get(before.name()) != null ? before : null;
            }
            if (m != null) {
                m = book.knownForm(m, t); // 陳明幹勁十足 after 陳明 spoke: the name already known, not a longer one
                return book.resolve(m, story);
            }
        }
        for (int q = 0; q < quotes.count(); q++) {
            int open = quotes.start(q);
            if (open > 1 && afterClause(t, open) && quotes.isSpeech(t, q)) {
                if (subjects.speechBefore(t, open, quotes)) {
                    return null;
                }
                Mention m = subjects.firstPersonBetween(t, sentenceStart(t, open, quotes), open, quotes);
                if (m == null) {
                    m = subjectAfter(t, quotes.end(q), quotes, subjects); // …刷開，“一步出錯就得重來。”鄭某準備…
                }
                return m == null ? null : book.resolve(book.knownForm(m, t), story);
            }
        }
        return null;
    }

    /**
     * Whether a verb ends the sentence that opens right after a closing quotation mark ({@code “…。”某主任某某介绍。}):
     * the quotation is what it reports.
     */
    static boolean closesQuotedSentence(String t, int verb, int end) {
        if (end >= t.length() || !Chars.isSentenceEnd(t.charAt(end))) {
            return false;
        }
        int s = verb;
        while (s > 0 && !Chars.isClauseBreak(t.charAt(s - 1)) && !Chars.isCloseQuote(t.charAt(s - 1))) {
            s--;
        }
        return s > 0 && s < verb && Chars.isCloseQuote(t.charAt(s - 1));
    }

    /** Whether a quotation follows a comma or colon inside its sentence ({@code 陳大文對電腦有興趣，「…」}). */
    private static boolean afterClause(String t, int open) {
        char c = t.charAt(open - 1);
        return c == '，' || c == ',' || c == '：' || c == ':';
    }

    static int sentenceStart(String t, int pos, QuoteSpans quotes) {
        int s = pos;
        while (s > 0 && !(Chars.isSentenceEnd(t.charAt(s - 1)) && !quotes.inside(s - 1)) && !Chars.isCloseQuote(t.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /**
     * Whether a quotation without punctuation inside is still words said: a clause of its own (at least
     * {@value #SAID_LENGTH} characters) followed by a comma ({@code 「心中那團火一直沒有滅」，陳大文…}), not a term.
     */
    private static boolean saidBeforeComma(String t, QuoteSpans quotes, int q) {
        int end = quotes.end(q);
        return end - quotes.start(q) - 2 >= SAID_LENGTH && end < t.length() && "，,".indexOf(t.charAt(end)) >= 0;
    }

    private static boolean opensSentence(String t, int open) {
        int i = open - 1;
        while (i > 0 && t.charAt(i) == ' ') {
            i--;
        }
        char c = t.charAt(i);
        return Chars.isSentenceEnd(c) || c == '：' || c == '—' || c == '…' || c == '⋯'; // 风景如画……“…”
    }

    /**
     * {@code “……”四川省某厅厅长陈大文代表介绍} and {@code “……”何先生苦恼不已}: the person who is the subject of the
     * sentence after a paragraph's opening quotation, past setting clauses when the quotation is speech
     * ({@code “……”跪在門前，陳大文說不出話}); null if none.
     */
    static Mention subjectAfterOpening(String t, QuoteSpans quotes, Subjects subjects) {
        int from = quotes.end(0);
        while (from < t.length() && "，,。 ".indexOf(t.charAt(from)) >= 0) {
            from++;
        }
        int to = clauseEnd(t, from, from, quotes, true);
        Mention m = owner(t, subjects.firstPersonBetween(t, from, to, quotes));
        while (m == null && to < t.length() && t.charAt(to) == '，' && to - from < REACH && quotes.isSpeech(t, 0)) {
            int next = to + 1;
            to = clauseEnd(t, next, from, quotes, true);
            m = owner(t, subjects.firstPersonBetween(t, next, to, quotes));
        }
        return m;
    }

    /**
     * The end of the clause from {@code at}, within {@value #REACH} characters of {@code from}, before a quotation
     * ({@code speechOnly}: before one that quotes words said, not a quoted term).
     */
    private static int clauseEnd(String t, int at, int from, QuoteSpans quotes, boolean speechOnly) {
        int to = at;
        while (to < t.length() && to - from < REACH && !Chars.isSentenceEnd(t.charAt(to)) && t.charAt(to) != '，'
                && !(speechOnly ? quotes.insideSpeech(t, to) : quotes.inside(to))) {
            to++;
        }
        return to;
    }

    private static Mention subjectAfter(String t, int from, QuoteSpans quotes, Subjects subjects) {
        while (from < t.length() && "，,。 ".indexOf(t.charAt(from)) >= 0) {
            from++;
        }
        return owner(t, subjects.firstPersonBetween(t, from, clauseEnd(t, from, from, quotes, false), quotes));
    }

    /**
     * The person, unless 的 follows the name and no word for what was said (某某的手機響起: the name owns the subject, it
     * is none; 某某的話直擊要害: the words are theirs).
     */
    private static Mention owner(String t, Mention m) {
        return m != null && m.end() < t.length() && t.charAt(m.end()) == '的'
                && Lexicon.INSTANCE.statementNouns.matchAt(t, m.end() + 1, t.length()) == 0 ? null : m;
    }

    /**
     * Whether a paragraph without cues quotes words (a quotation with a comma or a sentence end) and names the last
     * speaker outside its quotations: a feature story's paragraph about that person, the words theirs.
     */
    static boolean aboutTheLastSpeaker(String t, QuoteSpans quotes, SpeakerBook.Entry last) {
        if (last == null || last.kind != SpeakerKind.PERSON || last.name.length() < 2
                || last.name.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false; // BBC: an acronym is a body, whatever it was read as
        }
        boolean speech = false;
        for (int q = 0; q < quotes.count() && !speech; q++) {
            speech = quotes.isSpeech(t, q);
        }
        for (int i = speech ? t.indexOf(last.name) : -1; i >= 0; i = t.indexOf(last.name, i + 1)) {
            if (!quotes.inside(i)) {
                return !relativeSpeaks(t, quotes);
            }
        }
        return false;
    }

    /**
     * Whether a relative or a role the rules cannot name speaks in the paragraph: a speech verb outside the quotations,
     * followed by a comma or colon, right after a relation or title that is nobody's addressee ({@code 某某三姊說，},
     * {@code 某某的小阿姨說，}, {@code 當地里長感嘆道，}; not 對記者說).
     */
    private static boolean relativeSpeaks(String t, QuoteSpans quotes) {
        Lexicon lex = Lexicon.INSTANCE;
        for (int i = 2; i < t.length() - 1; i++) {
            int v = quotes.inside(i) ? 0 : lex.verbs.matchAt(t, i, t.length());
            if (v == 0 || i + v >= t.length() || !CjkChars.isComma(t.charAt(i + v)) && !CjkChars.isColon(t.charAt(i + v))) {
                continue;
            }
            int w = Math.max(lex.relations.matchEndingAt(t, i, Math.max(0, i - 4)), lex.titles.matchEndingAt(t, i, Math.max(0, i - 4)));
            if (w > 1 && !(i - w > 0 && lex.addressPrepositions.contains(t.charAt(i - w - 1)))) {
                return true;
            }
        }
        return false;
    }
}
