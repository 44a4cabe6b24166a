package org.pizhu.speakers;

/**
 * Finds the person a clause or sentence is about: the subject a pronoun refers back to, the person a colon or a
 * quotation is given to, the full name a dialogue surname stands for. Every look-back is bounded.
 */
final class Subjects {
    /** Longest organisation name read at a sentence start. */
    private static final int MAX_ORGANISATION = 14;

    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;
    private final CueGaps gaps;

    Subjects(NameReader names) {
        this.names = names;
        this.gaps = new CueGaps(names);
    }

    /**
     * The last person named as the subject of a clause in {@code [from, to)}: introduced with a title
     * ({@code 議員何家明}) or a relation noun ({@code 的朋友何家明}), opening a clause or sentence, after {@code 的}, or in a
     * courtesy form ({@code 何先生}). The antecedent of a pronoun that follows in the same block. Null if none.
     */
    Mention titledPersonBetween(String t, int from, int to, QuoteSpans quotes) {
        return personBetween(t, from, to, quotes, false, false);
    }

    /** As {@link #titledPersonBetween}, only names introduced with a title or courtesy form ({@code 議員何家明}). */
    Mention strictlyTitledPersonBetween(String t, int from, int to, QuoteSpans quotes) {
        return personBetween(t, from, to, quotes, false, true);
    }

    /**
     * The last person in {@code [from, to)} the text marks as a woman (after a female relation or title,
     * {@code 妹妹某某}, {@code 女被告某某}, or in a female courtesy form, {@code 陳女士}): the antecedent of 她. Null if none.
     */
    Mention womanBetween(String t, int from, int to, QuoteSpans quotes) {
        Mention last = null;
        for (int j = Math.max(from, to - 200) + 1; j < to; j++) {
            if (quotes.inside(j)) {
                continue;
            }
            if (lex.femaleMarks.matchEndingAt(t, j, Math.max(from, j - 4)) > 0) {
                for (int len : new int[] {3, 2}) {
                    Mention m = j + len <= to ? names.person(t, j + len, j) : null;
                    if (m != null && m.start() == j && m.strong()) {
                        last = m;
                        break;
                    }
                }
            }
            int c = lex.femaleMarks.matchAt(t, j + 1, Math.min(to, j + 4));
            if (c > 0 && lex.surnames.contains(t.charAt(j)) && lex.courtesy.matchAt(t, j + 1, j + 1 + c) == c) {
                last = new Mention(j, j + 1 + c, Mention.Kind.SURNAME_TITLE, t.substring(j, j + 1 + c),
                        t.substring(j, j + 1), t.substring(j + 1, j + 1 + c), true);
            }
        }
        return last;
    }

    /** The first person named as a subject in {@code [from, to)} (as {@link #titledPersonBetween}), or null. */
    Mention firstPersonBetween(String t, int from, int to, QuoteSpans quotes) {
        return personBetween(t, from, to, quotes, true, false);
    }

    private Mention personBetween(String t, int from, int to, QuoteSpans quotes, boolean first, boolean titledOnly) {
        Mention found = null;
        Mention firstOpening = null;
        for (int j = Math.max(from, to - 200); j < to; j++) {
            if (quotes.inside(j)) {
                continue;
            }
            boolean titled = j > 0 && (lex.titles.matchEndingAt(t, j, Math.max(0, j - 8)) > 0
                    || lex.honorifics.matchEndingAt(t, j, Math.max(0, j - 3)) > 1
                    || lex.titleHeads.contains(t.charAt(j - 1)) && !lex.wordBeforeSurnamePairs.contains(t, j - 1) // not 工程建设
                    || lex.relations.matchEndingAt(t, j, Math.max(0, j - 3)) > 1 || CueGaps.ageBefore(t, j, 0)); // 60歲阿雲
            boolean opens = titled || j == 0 || !Chars.isHan(t.charAt(j - 1)) && !Chars.isLatin(t.charAt(j - 1))
                    || t.charAt(j - 1) == '的' || afterOpeningTime(t, j) || afterWhen(t, j)
                    || t.charAt(j - 1) == '有' && lex.courtesy.matchAt(t, j + 1, to) > 0
                    && lex.openers.matchEndingAt(t, j, Math.max(0, j - 4)) > 0; // 還有黃小姐，…: introduced to speak
            boolean role = j > 0 && lex.roleEnds.contains(t.charAt(j - 1)); // 法國遊客瑪麗安: a role noun before a foreign name
            if (!opens && !role || titledOnly && !titled || j > 0 && "《〈<".indexOf(t.charAt(j - 1)) >= 0) {
                continue;
            }
            Mention foreign = names.transliteratedFrom(t, j, to, titled || role ? 3 : 4);
            if (foreign != null && isSubject(t, j)) {
                found = foreign; // 美國國務卿布林肯, 馬克龍: read whole, not cut as a Chinese name (馬克)
            } else if (!opens) {
                continue;
            }
            Mention married = found == null ? MarriedNames.at(t, j, to, names) : null;
            if (married != null && isSubject(t, j)) {
                found = married; // 林鄭月娥今早…: the married name whole, not 林 and 鄭月
            }
            for (int len : new int[] {3, 2, 4}) {
                if (found != null || j + len > to) {
                    continue;
                }
                if (len == 3 && (lex.verbs.matchAt(t, j + 2, t.length()) > 1
                        || j + 4 <= to && lex.commonVerbPairs.contains(t, j + 2))) {
                    continue;
                }
                boolean titledPair = titled && len == 2 && lex.orgSuffixes.matchAt(t, j + 1, j + 2) == 0
                        && !(j + 2 < t.length() && lex.commonVerbPairs.contains(t, j + 1)); // 委員蘭臻, not 專員公署, 總統時批評
                int c = Math.max(lex.courtesy.matchAt(t, j + 1, to), lex.trades.matchAt(t, j + 1, to)); // 何先生, 鄭老闆
                boolean titledThree = len == 3 && (lex.titles.matchEndingAt(t, j, Math.max(0, j - 8)) > 0
                        || lex.relations.matchEndingAt(t, j, Math.max(0, j - 3)) > 1)
                        && !lex.commonWordPairs.contains(t, j); // 书记阙从汗, 媽媽阿鵲姨, not 主教任命臨時
                Mention m = len == 2 && c > 1 ? null : names.person(t, j + len, titledPair || titledThree ? Math.max(from, j - 8) : j);
                if (m != null && m.start() == j && m.strong() && isSubject(t, j)) {
                    found = m;
                    break;
                }
                if (len == 2 && c > 0 && lex.surnames.contains(t.charAt(j)) && isSubject(t, j)) {
                    found = new Mention(j, j + 1 + c, Mention.Kind.SURNAME_TITLE, t.substring(j, j + 1 + c),
                            t.substring(j, j + 1), t.substring(j + 1, j + 1 + c), true);
                    break;
                }
            }
            if (first && found != null) {
                if (titled) {
                    return found; // a titled name is the subject; an opening name may start an organisation (安天科技)
                }
                if (firstOpening == null) {
                    firstOpening = found;
                }
                found = null;
            }
        }
        return first ? firstOpening : found;
    }

    /** Whether 當 'when' stands right before {@code j} as a word of its own (not 當時, 當局, 當年). */
    private boolean afterWhen(String t, int j) {
        return lex.whenWords.contains(t.charAt(j - 1)) && lex.between.matchAt(t, j - 1, t.length()) < 2
                && lex.openers.matchAt(t, j - 1, t.length()) < 2 && lex.notNames.matchAt(t, j - 1, t.length()) < 2
                && !lex.commonWords.containsKey(t.substring(j - 1, Math.min(j + 1, t.length())));
    }

    /** Whether a time word that opens its clause stands right before {@code j} ({@code 會後陳大文…}). */
    private boolean afterOpeningTime(String t, int j) {
        int w = lex.between.matchEndingAt(t, j, Math.max(0, j - 4));
        return w > 1 && (j - w == 0 || Chars.isClauseBreak(t.charAt(j - w - 1)));
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

    /** Whether the titled name at {@code j} heads its clause (no preposition such as 向/對/與 and no speech verb before it). */
    static boolean isSubject(String t, int j) {
        boolean relative = false;
        for (int i = j - 1; i >= 0 && j - i <= 24; i--) {
            char c = t.charAt(i);
            if (Chars.isClauseBreak(c)) {
                return true;
            }
            relative |= c == '的';
            if (Lexicon.INSTANCE.objectMarkers.contains(c) && !(relative && (i > 0 && Lexicon.INSTANCE.nameVerbs.contains(t, i - 1, i + 1)
                    || Lexicon.INSTANCE.nounConjunctions.contains(c)))) {
                return false; // 向陳大文, but 參與集會的大律師某某 (與 ends a verb), 老人科及復康科醫生的某某 (及 joins nouns)
            }
            if (!relative && Lexicon.INSTANCE.verbs.matchEndingAt(t, i + 1, Math.max(0, i - 3)) > 1) {
                return false; // 猛烈批評美國總統特朗普: the object of a speech verb
            }
        }
        return true;
    }

    /**
     * The person a sentence opens with, for a speech verb with no subject of its own later in the same sentence
     * ({@code 「…」陳美華望着窗外，慢慢地說}, {@code 陳大文出席論壇後，表示…}, {@code 陳大文，在記者會上表示}). Null unless a comma
     * separates them.
     */
    Mention sentenceTopic(String t, int verb, QuoteSpans quotes) {
        int k = gaps.betweenStart(t, verb);
        for (int e : new int[] {verb, k}) {
            int setting = gaps.settingAfterComma(t, e, quotes);
            if (setting > 0) {
                k = gaps.betweenStart(t, e - setting); // 陳大文，昨日在記者會上表示 (會上 is also a word that may stand between)
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
        if (k == 0 || (t.charAt(k - 1) != '，' && t.charAt(k - 1) != ',')) {
            return null;
        }
        int c = k - 1;
        while (c > 0 && k - 1 - c < 40 && !Chars.isClauseBreak(t.charAt(c - 1)) && !quotes.inside(c - 1)) {
            c--;
        }
        if (c > 0 && !Chars.isSentenceEnd(t.charAt(c - 1)) && !quotes.inside(c - 1) && !speechBefore(t, c, quotes)) {
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
            Mention agent = personBetween(t, c, k - 1, quotes, true, true);
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
                && !lex.commonWordPairs.contains(t, s)) { // not 衞生署
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
        Mention person = personBetween(t, s, clause, quotes, true, false);
        return person != null ? person : organisationAt(t, s, clause, quotes);
    }

    /**
     * Whether a speech verb stands in the sentence before {@code c}, outside quotations ({@code 某會則表示，…，並說}:
     * a later verb without a subject continues that speaker).
     */
    boolean speechBefore(String t, int c, QuoteSpans quotes) {
        for (int i = c - 1; i >= 0 && c - i <= 200 && !(Chars.isSentenceEnd(t.charAt(i)) && !quotes.inside(i)); i--) {
            int v = quotes.inside(i) ? 0 : lex.verbs.matchAt(t, i, c);
            if (v > 0 && lex.notVerbs.matchAt(t, i, t.length()) <= v && lex.verbTails.matchEndingAt(t, i + 1, 0) == 0) {
                return true;
            }
        }
        return false;
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

    /** The person last named right after {@code title} ({@code 法官李文靜}) in {@code t} before {@code before}, or null. */
    Mention nameAfterTitle(String t, String title, int before) {
        for (int j = t.lastIndexOf(title, before - title.length()); j >= 0; j = t.lastIndexOf(title, j - 1)) {
            int s = j + title.length();
            for (int len : new int[] {3, 2}) {
                Mention m = s + len <= before ? names.person(t, s + len, s) : null;
                if (m != null && m.start() == s && m.strong()) {
                    return m;
                }
            }
            if (j == 0) {
                break;
            }
        }
        return null;
    }
}
