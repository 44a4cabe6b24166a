package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds speaker cues in a block: {@code NAME [又/亦/昨天…] VERB}, {@code NAME 對/向/回應…記者 VERB},
 * {@code NAME：} at the head of a block or of a headline segment. Text inside quotations is never a speaker.
 * One pass over the text; every look-back is bounded.
 */
final class CueFinder {
    private static final WordSet NO_ABBREVIATIONS = new WordSet(List.of());

    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names = new NameReader();
    private final Subjects subjects = new Subjects(names);
    private final SentenceTopics topics = new SentenceTopics(names, subjects);
    private final CueGaps gaps = new CueGaps(names);
    private final ColonQuotes colonQuotes = new ColonQuotes(subjects);
    private final Enquiries enquiries = new Enquiries(names);
    private final Rulings rulings = new Rulings(names);
    private final MarkedNames marked = new MarkedNames(names);
    /**
     * The characters a cue's verb may start with (a speech, publishing or learning verb), one bit each: the scan for
     * cues skips every other position at the cost of one look-up in a table small enough to stay in the first cache.
     */
    private final long[] verbStarts = new long[(Character.MAX_VALUE + 1) / 64];

    CueFinder() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (lex.verbs.mayStart(ch) || lex.publishes.mayStart(ch) || lex.learnsFrom.mayStart(ch) || lex.viewFrames.mayStart(ch)) {
                verbStarts[c >>> 6] |= 1L << c;
            }
        }
    }

    /** Cues of a paragraph or caption, in text order. */
    List<Cue> inRunningText(String t, QuoteSpans quotes) {
        return inRunningText(t, quotes, NO_ABBREVIATIONS, NO_ABBREVIATIONS);
    }

    /**
     * Cues of a paragraph or caption, reading also the document's organisation abbreviations ({@code 河工}) and the
     * names it has shown to be names ({@link DocumentNames}).
     */
    List<Cue> inRunningText(String t, QuoteSpans quotes, WordSet abbreviations, WordSet people) {
        List<Cue> cues = new ArrayList<>();
        int n = t.length();
        Cue lead = colonLead(t, quotes, leadStart(t), 12);
        if (lead != null) {
            cues.add(lead);
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if ((verbStarts[c >>> 6] & 1L << c) == 0 || quotes.inside(i)) {
                continue;
            }
            int vl = lex.verbs.matchAt(t, i, n);
            int view = vl == 0 ? gaps.viewFrame(t, i, quotes) : 0;
            if (vl == 0) {
                vl = Math.max(Math.max(publishesStatement(t, i, quotes), gaps.learnedFrom(t, i, quotes)), view);
            }
            if (vl == 0) {
                continue;
            }
            if (lex.notVerbs.matchAt(t, i, n) > vl || lex.verbTails.matchEndingAt(t, i + 1, Math.max(0, i - 3)) > 1) {
                continue;
            }
            if (lex.weakVerbs.matchAt(t, i, i + vl) == vl && !speechFollows(t, i + vl) && !FreeQuotes.closesQuotedSentence(t, i, i + vl)) {
                i += vl - 1;
                continue;
            }
            Cue cue = view == vl ? new Cue(names.endingAt(t, i, 0, quotes), i, i + vl, false) : null; // 在某某看來
            if (cue == null) {
                cue = askedBefore(t, i, i + vl, quotes, cues);
            }
            if (cue == null) {
                cue = knownBefore(t, i, i + vl, abbreviations, Mention.Kind.ORGANIZATION);
            }
            if (cue == null) {
                cue = knownBefore(t, i, i + vl, people, Mention.Kind.PERSON);
            }
            if (cue == null) {
                cue = rulings.cue(t, i, i + vl, quotes);
            }
            if (cue == null) {
                cue = enquiries.repliedTo(t, i, i + vl, quotes); // before the subject: ，新聞主任指 is the body's
            }
            if (cue == null) {
                cue = subjectBefore(t, i, i + vl, quotes);
            }
            if (cue == null) {
                Mention topic = topics.of(t, i, quotes);
                cue = topic == null ? null : new Cue(topic, i, i + vl, false);
            }
            if (cue != null && (lex.requests.matchAt(t, i, i + vl) == vl && Requests.requestedBy(t, cue.mention().start(), i)
                    || TimeClauses.endsAfter(t, i, i + vl, quotes))) {
                cue = null; // 應政府要求: at the government's request, nobody's words; 某某提出…後，: a time
            }
            if (cue != null && (cues.isEmpty() || cues.get(cues.size() - 1).mention().start() != cue.mention().start())) {
                cues.add(cue);
            }
            i += vl - 1;
        }
        colonQuotes.addCues(t, quotes, cues);
        return cues;
    }

    /**
     * {@code X在記者會被問到，Y稱…時表示}: the verb is X's; cues inside the question (Y稱) are dropped. After a comma
     * ({@code X接受訪問，被問到Y…時說}) the sentence's first person is X.
     */
    private Cue askedBefore(String t, int verbStart, int verbEnd, QuoteSpans quotes, List<Cue> cues) {
        int ask = gaps.passiveQuestionBefore(t, verbStart, quotes);
        boolean afterComma = ask > 0 && Chars.isClauseBreak(t.charAt(ask - 1));
        Mention first = afterComma ? subjects.firstPersonBetween(t, FreeQuotes.sentenceStart(t, ask, quotes), ask, quotes) : null;
        Cue c = ask < 0 ? null : afterComma ? (first == null ? null : new Cue(first, ask, ask, false))
                : subjectBefore(t, ask, ask, quotes);
        if (c != null) {
            cues.removeIf(x -> x.mention().start() > ask);
        }
        return c == null ? null : new Cue(c.mention(), verbStart, verbEnd, c.contrast());
    }

    /**
     * A word of the document's own (an abbreviation, a name) right before the verb or before a word between, unless
     * it is addressed or looked at there.
     */
    private Cue knownBefore(String t, int verbStart, int verbEnd, WordSet known, Mention.Kind kind) {
        int e = verbStart;
        int k = lex.between.matchEndingAt(t, e, Math.max(0, e - 6));
        for (int round = 0; round < 2; round++, e -= k, k = 0) {
            int a = known.matchEndingAt(t, e, 0);
            boolean inWord = a > 0 && e - a > 0 && Chars.isLatin(t.charAt(e - a)) && Chars.isLatin(t.charAt(e - a - 1));
            boolean familiar = a == 2 && lex.nicknames.contains(t.charAt(e - a)) && e - a > 0 // 三女阿雯說, not 問小堯說
                    && !lex.prepositions.contains(t.charAt(e - a - 1)) && !lex.personObjects.contains(t.charAt(e - a - 1));
            if (a > 0 && (names.goodLeft(t, e - a, 0) || familiar) && !inWord) {
                String surname = kind == Mention.Kind.PERSON ? t.substring(e - a, e - a + 1) : null;
                Mention m = new Mention(e - a, e, kind, t.substring(e - a, e), surname, null, true);
                if (gaps.objectPhraseStart(t, m) > 0) {
                    return null; // 對她先生林木啟說: the one addressed, read by subjectBefore
                }
                return cue(t, m, verbStart, verbEnd, round > 0 && lex.contrastBetween.contains(t, e, verbStart));
            }
            if (k == 0) {
                break;
            }
        }
        return null;
    }

    /**
     * Length of a publishing verb at {@code i} that issues a statement in its clause ({@code 發表聲明},
     * {@code 發表對「港版國安法」的聲明}): it reports speech like a speech verb. 0 otherwise.
     */
    private int publishesStatement(String t, int i, QuoteSpans quotes) {
        int k = lex.publishes.matchAt(t, i, t.length());
        if (k == 0) {
            return 0;
        }
        for (int j = i + k; j < t.length() && j - i <= 24; j++) {
            if (lex.statementNouns.matchAt(t, j, t.length()) > 0) {
                return k;
            }
            if (!quotes.inside(j) && Chars.isClauseBreak(t.charAt(j)) && !Chars.isQuote(t.charAt(j))) {
                return 0;
            }
        }
        return 0;
    }

    private boolean speechFollows(String t, int pos) {
        if (pos >= t.length()) {
            return false;
        }
        char c = t.charAt(pos);
        return c == '，' || c == ',' || c == '：' || c == ':' || Chars.isOpenQuote(c) || lex.verbs.matchAt(t, pos, t.length()) > 0;
    }

    /**
     * The speaker of a statement printed in full below this paragraph: the subject of a publishing verb in a
     * paragraph that ends with a colon ({@code X發表…聲明：}), or the name after {@code 以下是} in its last sentence
     * ({@code 以下是高醫生聲明全文。}). Null if the paragraph introduces no statement.
     */
    Cue statementIntro(String t, QuoteSpans quotes) {
        int n = t.length();
        while (n > 0 && Character.isWhitespace(t.charAt(n - 1))) {
            n--;
        }
        int s = n - 1;
        while (s > 0 && !Chars.isSentenceEnd(t.charAt(s - 1))) {
            s--;
        }
        int intro = s < 0 ? 0 : lex.introducers.matchAt(t, s, n);
        if (n > 0 && (t.charAt(n - 1) == '：' || t.charAt(n - 1) == ':')) {
            for (int i = Math.max(0, s); i < n; i++) {
                int k = lex.publishes.matchAt(t, i, n);
                Cue c = k == 0 || quotes.inside(i) ? null : subjectBefore(t, i, i + k, quotes);
                if (c == null && k > 0 && intro == 0) {
                    c = gaps.clauseSubject(t, i, k); // not after 以下是, which opens no author
                }
                if (c != null) {
                    return c;
                }
            }
        }
        int list = n > 0 && ":：".indexOf(t.charAt(n - 1)) >= 0 ? gaps.listIntroduction(t, Math.max(0, s), n) : -1;
        if (list > 0) {
            return subjectBefore(t, list, list + 1, quotes); // 法政匯思李安然有以下提醒：
        }
        if (intro > 0) {
            for (int e = Math.min(n, s + intro + 10); e >= s + intro + 2; e--) {
                Mention m = names.endingAt(t, e, s + intro, quotes);
                if (m != null && m.start() == s + intro && m.strong() && m.kind() != Mention.Kind.PRONOUN
                        && (e == n || "與与和及、".indexOf(t.charAt(e)) < 0)) {
                    return new Cue(m, e, e, false);
                }
            }
        }
        return null;
    }

    /** The {@code NAME：} cue of a headline, looking at each space-separated segment; null if none. */
    Cue inHeading(String t, QuoteSpans quotes) {
        int segStart = leadStart(t);
        for (int i = segStart; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                segStart = i + 1;
            } else if ((c == '：' || c == ':') && !quotes.inside(i)) {
                Cue cue = colonLead(t, quotes, segStart, 14);
                if (cue != null) {
                    return cue;
                }
            }
        }
        return null;
    }

    private static int leadStart(String t) {
        int s = 0;
        while (s < t.length() && (Character.isWhitespace(t.charAt(s)) || "▲△■●◆★▼►▶◎【】[]".indexOf(t.charAt(s)) >= 0)) {
            s++;
        }
        return s;
    }

    private Cue colonLead(String t, QuoteSpans quotes, int segStart, int maxName) {
        int colon = -1;
        for (int i = segStart; i < t.length() && i - segStart <= maxName; i++) {
            char c = t.charAt(i);
            if (c == '：' || c == ':') {
                colon = i;
                break;
            }
            if (Chars.isClauseBreak(c) && c != ' ') {
                return null;
            }
        }
        if (colon <= segStart) {
            return null;
        }
        Mention m = names.endingAt(t, colon, segStart, quotes);
        boolean dialogue = m != null && (m.kind() == Mention.Kind.SURNAME && colon == segStart + 1
                || m.kind() == Mention.Kind.TITLE); // 李：, 被告：: a transcript's speaker named before
        if (m == null || m.start() != segStart || lex.creditLeads.contains(t, segStart, colon) // Photo：某某
                || (m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.ORGANIZATION
                && m.kind() != Mention.Kind.SURNAME_TITLE && !dialogue)) {
            return null;
        }
        return new Cue(m, colon, colon + 1, true);
    }

    private Cue subjectBefore(String t, int verbStart, int verbEnd, QuoteSpans quotes) {
        int e = verbStart;
        boolean contrast = false;
        Mention weak = null;
        for (int round = 0; round < 5; round++) {
            int along = Correlatives.before(t, e, names, quotes);
            if (along > 0) {
                e -= along; // 阿琳邊替她塗抹乳液，邊說: the subject named before the first 邊
                continue;
            }
            Mention m = e > 0 && Chars.isCloseBracket(t.charAt(e - 1)) ? marked.bracketed(t, e, quotes)
                    : names.endingAt(t, e, 0, quotes);
            if (m == null && e > 2 && Chars.isCloseQuote(t.charAt(e - 1))) {
                m = marked.quotedName(t, e);
            }
            if (m == null) {
                m = marked.titledBody(t, e);
            }
            int setting = m == null ? 0 : Settings.before(t, m, e, e == verbStart);
            if (setting > 0) {
                e -= setting;
                continue;
            }
            int object = m != null && (m.strong() || m.kind() == Mention.Kind.PERSON) && m.kind() != Mention.Kind.PRONOUN
                    ? gaps.objectPhraseStart(t, m) : -1;
            if (object > 0) {
                Mention subject = names.endingAt(t, object, 0, quotes);
                if (subject != null && subject.strong()) {
                    return cue(t, subject, verbStart, verbEnd, contrast);
                }
                e = object; // 向美方表示, 看著長子阿偉說: the addressee never speaks; read on before it
                continue;
            }
            if (m != null && m.strong()) {
                return cue(t, m, verbStart, verbEnd, contrast);
            }
            if (m != null) {
                weak = m;
            }
            int k = gaps.gapBefore(t, e, quotes);
            if (k == 0) {
                k = gaps.publication(t, e); // before the words between: 發布通報稱 is no 通報 between
            }
            if (k == 0) {
                k = lex.between.matchEndingAt(t, e, Math.max(0, e - 12));
            }
            if (k == 0 && m == null) {
                k = lex.gestures.matchEndingAt(t, e, Math.max(0, e - 5)); // 某某嘆氣說, 某某紅著眼眶說: a gesture with the words
            }
            if (k == 0 && m == null) {
                k = Means.before(t, e); // 某某以英文貼文稱
            }
            if (k == 0 && m == null) {
                k = gaps.ownStatement(t, e); // 某會的聲明指: the body speaks through its statement
            }
            if (k == 0) {
                k = CueGaps.dateBefore(t, e);
            }
            if (k > 0 && e - k > 1 && lex.timePrepositions.contains(t.charAt(e - k - 1))
                    && Chars.isHan(t.charAt(e - k - 2))) {
                k++; // 於周一表示: the preposition goes with the time word
            }
            if (k == 0) {
                k = gaps.mannerBefore(t, e, quotes);
            }
            if (k == 0) {
                k = BracketAsides.dated(t, e);
            }
            Mention outlet = k == 0 ? marked.outletVoice(t, e) : null;
            if (outlet != null) {
                return cue(t, outlet, verbStart, verbEnd, contrast);
            }
            if (k == 0) {
                k = gaps.appositive(t, e, quotes);
            }
            if (k == 0) {
                k = Interviews.acceptedBefore(t, e, names, quotes); // 接受某某訪問時: the interviewer never speaks
            }
            if (k == 0) {
                k = Directives.before(t, e); // 对某工作作出重要指示强调
            }
            if (k == 0) {
                k = Replies.before(t, e, quotes); // 某某回應議員某某質詢時稱: not the one replied to
            }
            if (k == 0) {
                k = gaps.whileBefore(t, e, quotes);
            }
            if (k == 0 && e == verbStart && lex.tellVerbs.matchAt(t, verbStart, verbEnd) == verbEnd - verbStart
                    && speechFollows(t, verbEnd)) {
                k = gaps.addresseeBefore(t, e, quotes);
            }
            if (k == 0 && m == null && verbStart - e <= 2 && verbEnd - verbStart == 1) {
                k = gaps.actionBefore(t, e); // 董某道歉稱, 某某發文道歉稱, 某某陳詞指: the act that went with the words
            }
            if (k == 0 && (m == null || !m.strong())) {
                k = gaps.citedBefore(t, e, quotes); // 某某引述國際經驗說: who cites a source that names nobody speaks
            }
            if (k == 0 && m == null) {
                k = lex.accounts.matchEndingAt(t, e, Math.max(0, e - 4)); // 某局官方微博通報稱: the body's own account
            }
            if (k == 0) {
                break;
            }
            if (lex.contrastBetween.contains(t, e - k, e)) {
                contrast = true;
            }
            e -= k;
        }
        return weak == null ? null : cue(t, weak, verbStart, verbEnd, contrast);
    }

    private Cue cue(String t, Mention m, int verbStart, int verbEnd, boolean contrast) {
        if (lex.topicMarkers.matchEndingAt(t, m.start(), Math.max(0, m.start() - 2)) > 0) {
            return null; // 對於X指…，Y強調: X's words are the topic of Y's
        }
        int s = m.start();
        boolean c = contrast || lex.contrastOpeners.contains(t, s - lex.openers.matchEndingAt(t, s, Math.max(0, s - 6)), s);
        return new Cue(m, verbStart, verbEnd, c);
    }
}
