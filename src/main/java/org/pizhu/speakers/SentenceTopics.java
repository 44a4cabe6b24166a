package org.pizhu.speakers;

/**
 * The subject of a speech verb that has none of its own right before it: the person or body the sentence opens with,
 * or the name that ends the clause before a comma ({@code 陳大文出席論壇後，表示…}, {@code 陳大文，在記者會上表示}).
 * Every look-back is bounded.
 */
final class SentenceTopics {
    /** Longest act with 了 or 着 between a comma and the verb ({@code 嘆了口氣}). */
    private static final int MAX_ACT = 5;
    /** Longest organisation name read at a sentence start. */
    private static final int MAX_ORGANISATION = 14;

    /** Longest clause ending with after or when read as only a time before the subject ({@code 放學後，}). */
    private static final int SHORT_TIME_CLAUSE = 16;
    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;
    private final Subjects subjects;
    private final CueGaps gaps;

    SentenceTopics(NameReader names, Subjects subjects) {
        this.names = names;
        this.subjects = subjects;
        this.gaps = new CueGaps(names);
    }

    /**
     * The person a sentence opens with, for a speech verb with no subject of its own later in the same sentence
     * ({@code 「…」陳美華望着窗外，慢慢地說}, {@code 陳大文出席論壇後，表示…}, {@code 陳大文，在記者會上表示}). Null unless a comma
     * separates them.
     */
    Mention of(String t, int verb, QuoteSpans quotes) {
        int k = CueGaps.betweenStart(t, verb);
        for (int e : new int[] {verb, k}) {
            int setting = gaps.settingAfterComma(t, e, quotes);
            if (setting > 0) {
                k = CueGaps.betweenStart(t, e - setting); // 陳大文，昨日在記者會上表示 (會上 is also a word that may stand between)
                Mention before = k > 1 && t.charAt(k - 1) == '，' ? names.endingAt(t, k - 1, 0, quotes) : null;
                if (before != null && before.strong() && (before.kind() == Mention.Kind.PERSON
                        || before.kind() == Mention.Kind.ORGANIZATION)) {
                    return before; // 帶領公司上市的陳大文，在業績會上表示: the name that ends the clause
                }
                break;
            }
        }
        if (k > 1 && (t.charAt(k - 1) == '時' || t.charAt(k - 1) == '时')) {
            for (int j = k - 2; j >= 0 && k - j <= 24 && !Chars.isClauseBreak(t.charAt(j)); j--) {
                if (j > 0 && Chars.isClauseBreak(t.charAt(j - 1)) && lex.passiveAsks.matchAt(t, j, k) > 0) {
                    k = j; // 被問到中美貿易戰時表示: the question leaves the verb to the sentence's subject
                }
            }
        }
        if (k > 1 && t.charAt(k - 1) == '地') {
            for (int j = k - 2; j >= 0 && k - j <= 6; j--) {
                if (t.charAt(j) == '，' || t.charAt(j) == ',') {
                    k = j + 1;
                    break;
                }
                if (!Chars.isHan(t.charAt(j))) {
                    break;
                }
            }
        }
        k -= actAfterComma(t, k);
        if (k == 0 || (t.charAt(k - 1) != '，' && t.charAt(k - 1) != ',')) {
            return null;
        }
        int c = k - 1;
        while (c > 0 && k - 1 - c < 40 && !Chars.isClauseBreak(t.charAt(c - 1)) && !quotes.inside(c - 1)) {
            c--;
        }
        if (c > 0 && !Chars.isSentenceEnd(t.charAt(c - 1)) && !quotes.inside(c - 1) && !subjects.speechBefore(t, c, quotes)) {
            Mention body = organisationAt(t, c, k - 1, quotes);
            if (body != null) {
                return body; // 25日，冷空氣南下，某氣象台25日發布預警，預計…: the body opening the clause before the comma
            }
            if (lex.prepositions.contains(t.charAt(c)) && c > 1 && (t.charAt(c - 1) == '，' || t.charAt(c - 1) == ',')) {
                Mention before = names.endingAt(t, c - 1, 0, quotes);
                if (before != null && before.strong() && (before.kind() == Mention.Kind.PERSON
                        || before.kind() == Mention.Kind.ORGANIZATION)) {
                    return before; // 大律師陳大文，向律師會投訴某某，指…: the name before an addressed act
                }
            }
            Mention actor = personBeforeBetween(t, c, k - 1, quotes);
            if (actor != null) {
                return actor; // 公屋聯會鄭強峰早前提出選舉呈請，指…: the name before a time word or an adverb acts
            }
            Mention agent = subjects.personBetween(t, c, k - 1, quotes, true, true);
            if (agent != null && lex.passives.contains(t.charAt(agent.start() - 1 - titleLength(t, agent.start())))) {
                return agent; // 但遭法官陳大文阻止，認為…: who stops or criticises in a passive clause speaks
            }
        }
        int s = k - 1;
        int aside = 0;
        while (s > 0 && verb - s - aside < 40 && !Chars.isSentenceEnd(t.charAt(s - 1))) {
            int term = quotes.inside(s - 1) ? termStart(t, quotes, s - 1) : -1;
            if (term >= 0) {
                s = term; // 以「某某」為題，表示: a quoted term inside the sentence, not a quotation ending one
                continue;
            }
            int bracket = BracketAsides.latin(t, s);
            if (bracket > 0) {
                aside += bracket; // 羅伯森（Grant Robertson）: an aside does not make the sentence longer to read
                s -= bracket;
                continue;
            }
            if (Chars.isCloseQuote(t.charAt(s - 1)) || quotes.inside(s - 1)) {
                break;
            }
            s--;
        }
        if (verb - s - aside >= 40 || (s > 0 && !Chars.isSentenceEnd(t.charAt(s - 1)) && !Chars.isCloseQuote(t.charAt(s - 1)))) {
            return null;
        }
        while (s < verb && "▲△■●◆★ 　".indexOf(t.charAt(s)) >= 0) {
            s++;
        }
        Mention foreign = names.transliteratedFrom(t, s, verb, 4);
        if (foreign != null) {
            return foreign;
        }
        Mention married = MarriedNames.at(t, s, verb, names);
        if (married != null) {
            return married;
        }
        for (int len : new int[] {3, 2, 4}) {
            if (s + len < verb) {
                Mention m = names.person(t, s + len, s);
                char after = t.charAt(s + len);
                if (m != null && m.start() == s && m.strong() && after == '的') {
                    break; // 某某的對手…: a name before 的 owns the subject
                }
                if (m != null && m.start() == s && m.strong() && (Chars.isHan(after) || "，,（(".indexOf(after) >= 0)) {
                    return m;
                }
            }
        }
        Mention titled = s + 2 < verb ? names.endingAt(t, s + 2, s, quotes) : null;
        if (titled != null && titled.kind() == Mention.Kind.SURNAME_TITLE && titled.start() == s
                && !lex.names.commonWordPairs.contains(t, s)) { // not 衞生署
            return titled; // 張官今日裁定上訴得直，指…: a surname and a one-character title open the sentence
        }
        int clause = s;
        while (clause < k - 1 && !Chars.isClauseBreak(t.charAt(clause))) {
            clause++;
        }
        Mention actor = personBeforeBetween(t, s, k - 1, quotes);
        if (actor != null) {
            return actor;
        }
        Mention person = subjects.personBetween(t, s, clause, quotes, true, false);
        if (person == null && clause < k - 1 && timeClause(t, s, clause)) {
            int next = clause + 1;
            clause = next;
            while (clause < k - 1 && !Chars.isClauseBreak(t.charAt(clause))) {
                clause++;
            }
            s = next; // 2024年全国两会期间，某某参加审议时，强调: a time clause opens the sentence, the subject follows
            person = subjects.personBetween(t, s, clause, quotes, true, false);
        }
        return person != null ? person : organisationAt(t, s, clause, quotes);
    }

    /**
     * Whether {@code t[s, e)} is only a time: it ends in a time word ({@code 近日}, {@code 期間}) or a date, or it is a
     * clause of up to {@value #SHORT_TIME_CLAUSE} characters ending with after or when ({@code 放學後}, {@code 訪問時}, {@code 2020年某條例生效後}).
     */
    private boolean timeClause(String t, int s, int e) {
        return lex.between.matchEndingAt(t, e, s) > 1 || CueGaps.dateBefore(t, e) > 0
                || e > s && e - s <= SHORT_TIME_CLAUSE && "後后時时".indexOf(t.charAt(e - 1)) >= 0;
    }

    /** The start of the quotation holding {@code pos} if it quotes a term (no comma or sentence end inside), else -1. */
    private static int termStart(String t, QuoteSpans quotes, int pos) {
        for (int q = 0; q < quotes.count(); q++) {
            if (quotes.start(q) <= pos && pos < quotes.end(q)) {
                for (int i = quotes.start(q); i < quotes.end(q); i++) {
                    if ("。！？，!?,".indexOf(t.charAt(i)) >= 0) {
                        return -1;
                    }
                }
                return quotes.start(q);
            }
        }
        return -1;
    }

    /**
     * The last person's name in {@code [from, to)} followed by a word that stands between a subject and its verb
     * ({@code 某某早前}, {@code 某某亦}), outside quotations; null if none.
     */
    private Mention personBeforeBetween(String t, int from, int to, QuoteSpans quotes) {
        Mention last = null;
        for (int j = from; j < to; j++) {
            if (quotes.inside(j)) {
                continue;
            }
            for (int len : new int[] {4, 3, 2}) {
                Mention m = j + len < to ? names.person(t, j + len, Math.max(from, j - 8)) : null;
                if (m != null && m.start() == j && m.strong() && lex.between.matchAt(t, j + len, to) > 0) {
                    last = m;
                    break;
                }
            }
        }
        return last;
    }

    /** Length of the title written right before a name starting at {@code s}, or 0. */
    private int titleLength(String t, int s) {
        return lex.titles.matchEndingAt(t, s, Math.max(0, s - 8));
    }

    /** Whether a date ({@code 3日}, {@code 5月}) starts at {@code i}. */
    private static boolean dateAt(String t, int i) {
        int j = i;
        while (j < t.length() && j - i < 4 && Chars.isDigit(t.charAt(j))) {
            j++;
        }
        return j > i && j < t.length() && "日月號号".indexOf(t.charAt(j)) >= 0;
    }

    /**
     * The longest organisation name that starts at {@code s}, ends before {@code to} and is followed by a date, a time
     * word or 就 ({@code 某局上月…}, {@code 某局3日…}, {@code 某署今…}, {@code 某司就…}), or null.
     */
    private Mention organisationAt(String t, int s, int to, QuoteSpans quotes) {
        int close = t.charAt(s) == '《' ? t.indexOf('》', s) : -1;
        if (close > s + 2 && close - s <= 16 && close + 1 < to && follows(t, close + 1, to)
                && lex.knownOrganisations.matchAt(t, s + 1, close) == close - s - 1) {
            return new Mention(s, close + 1, Mention.Kind.ORGANIZATION, t.substring(s + 1, close), null, null, true);
        } // 《某報》在17日以頭版報道，批評…: a publication the list knows, in title marks, opens the clause
        for (int e = Math.min(to, s + MAX_ORGANISATION); e >= s + 2; e--) {
            Mention m = names.endingAt(t, e, s, quotes);
            if (m != null && m.start() == s && m.strong() && m.kind() == Mention.Kind.ORGANIZATION && follows(t, e, to)) {
                return m;
            }
        }
        return null;
    }

    /** Whether what follows a subject at {@code e} is a date, a word that stands between, one that follows subjects or 對. */
    private boolean follows(String t, int e, int to) {
        return dateAt(t, e) || lex.between.matchAt(t, e, to) > 1 || lex.subjectFollowers.matchAt(t, e, to) > 0
                || e < to && "對对".indexOf(t.charAt(e)) >= 0; // 某部對某事再度表明反對，重申…
    }

    /**
     * Length of a short act with 了 or 着 between a comma and the verb at {@code k}: an act of one or two characters
     * right after the comma, the aspect marker and a short object ({@code ，嘆了口氣說}, {@code ，強忍著淚說}); not a
     * pronoun (，他除了覺得) or a word ending in 了 (為了, 除了). Else 0.
     */
    private int actAfterComma(String t, int k) {
        for (int j = k - 1; j >= 1 && k - j <= MAX_ACT; j--) {
            if (!Chars.isHan(t.charAt(j))) {
                return 0;
            }
            if (t.charAt(j - 1) != '，' && t.charAt(j - 1) != ',') {
                continue;
            }
            for (int p = j + 1; p <= j + 2 && p < k; p++) {
                char c = t.charAt(p);
                if ((c == '了' || c == '着' || c == '著') && lex.notAspects.matchAt(t, p, k) == 0
                        && "為为除罷罢算到".indexOf(t.charAt(p - 1)) < 0 && lex.pronouns.matchAt(t, j, k) == 0) {
                    return k - j;
                }
            }
            return 0;
        }
        return 0;
    }
}
