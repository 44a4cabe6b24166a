package org.pizhu.speakers;

/**
 * Reads what may stand between a speaker and the speech verb, backwards from the verb: an addressee or setting
 * ({@code 對記者}, {@code 在記者會上}), a date, a manner phrase ({@code 坦诚地}), a bracketed aside and an appositive
 * title. Each method gives the length of the phrase ending at {@code e}, or 0.
 */
final class CueGaps {
    /** Longest act with 了 or 着 and its object between a speaker and the verb ({@code 看著丈夫遺照}). */
    private static final int MAX_ACT_OBJECT = 8;
    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;
    private final Titles titles = new Titles();

    CueGaps(NameReader names) {
        this.names = names;
    }

    /** Length of an appositive title between commas ({@code 陳大文，某大學教授，表示}) ending at {@code e}, or 0. */
    int appositive(String t, int e, QuoteSpans quotes) {
        if (e < 4 || (t.charAt(e - 1) != '，' && t.charAt(e - 1) != ',')) {
            return 0;
        }
        int c = e - 2;
        while (c >= 0 && e - c <= 26 && !Chars.isClauseBreak(t.charAt(c))) {
            c--;
        }
        if (c < 1 || (t.charAt(c) != '，' && t.charAt(c) != ',') || !titles.isTitlePhrase(t.substring(c + 1, e - 1))) {
            return 0;
        }
        Mention m = names.endingAt(t, c, 0, quotes);
        return m != null && m.strong() && m.kind() == Mention.Kind.PERSON ? e - c : 0;
    }

    private static boolean punctuationAt(String t, int i) {
        return i < t.length() && "，,：:「“".indexOf(t.charAt(i)) >= 0;
    }

    /**
     * Length of a manner phrase ending in 地 (淡淡然地, 坦诚地) ending at {@code e}, when a name stands right before
     * it; a reduplicated one (乐呵呵地) takes the character before its pair whenever a person's name ends there; or of
     * an act of one or two characters with 了 or 着 and its object (嘆了口氣, 看著丈夫遺照) right after a person's name;
     * else 0.
     */
    int mannerBefore(String t, int e, QuoteSpans quotes) {
        if (e < 3) {
            return 0;
        }
        boolean de = t.charAt(e - 1) == '的' && lex.between.matchEndingAt(t, e - 1, Math.max(0, e - 4)) > 1
                && (punctuationAt(t, e + 1) || punctuationAt(t, e + 2)); // 無奈的說，…; not 會上的說話中
        if (t.charAt(e - 1) != '地' && !de) {
            for (int p = e - 1; p >= 3 && e - p <= MAX_ACT_OBJECT; p--) {
                char c = t.charAt(p);
                if (!Chars.isHan(c) || quotes.inside(p)) {
                    return 0;
                }
                boolean aspect = (c == '了' || c == '着' || c == '著') && lex.notAspects.matchAt(t, p, e) == 0;
                for (int act = 1; aspect && act <= 2; act++) {
                    Mention m = Chars.isHan(t.charAt(p - act)) ? names.endingAt(t, p - act, 0, quotes) : null;
                    if (m != null && m.strong() && m.kind() == Mention.Kind.PERSON && m.end() == p - act
                            || lex.gestures.matchEndingAt(t, p - act, Math.max(0, p - act - 5)) > 0) {
                        return e - (p - act); // 某某看著丈夫遺照說, 某某紅著眼眶看著女兒說: the act that goes with the words
                    }
                }
            }
            return 0;
        }
        boolean abb = e >= 5 && t.charAt(e - 2) == t.charAt(e - 3) && Chars.isHan(t.charAt(e - 4));
        Mention before = abb ? names.endingAt(t, e - 4, 0, quotes) : null;
        if (before != null && (before.strong() || before.kind() == Mention.Kind.PERSON)
                && before.kind() != Mention.Kind.ORGANIZATION) {
            return 4; // 乐呵呵地: a reduplicated manner word takes the character before its pair (王茂乐呵呵地说)
        }
        for (int len = 1; len <= 5 && e - 1 - len > 0; len++) {
            if (!Chars.isHan(t.charAt(e - 1 - len))) {
                return 0;
            }
            Mention m = names.endingAt(t, e - 1 - len, 0, quotes);
            if (m != null && m.kind() != Mention.Kind.ORGANIZATION && (m.strong() || m.kind() == Mention.Kind.PERSON
                    && m.start() > 0 && t.charAt(m.start() - 1) == '的')) { // 扶著雙拐的某某羞愧地說
                return len + 1;
            }
        }
        return 0;
    }

    /**
     * Start of a passive question ({@code 被問到…}) between a subject and a speech verb after 時 at {@code verb}, within
     * its sentence, not at its start (at a clause start after a comma, its subject is the sentence's), or -1.
     */
    int passiveQuestionBefore(String t, int verb, QuoteSpans quotes) {
        if (verb < 2 || t.charAt(verb - 1) != '時' && t.charAt(verb - 1) != '时') {
            return -1;
        }
        for (int j = verb - 2; j > 0 && verb - j <= 100 && !Chars.isSentenceEnd(t.charAt(j)); j--) {
            if (!quotes.inside(j) && lex.passiveAsks.matchAt(t, j, verb) > 0 && !Chars.isSentenceEnd(t.charAt(j - 1))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Length of a verb of learning at {@code i} after {@code 從 + a name} ({@code 記者從某某局獲悉}): the name is the source
     * of what follows and speaks like the subject of a speech verb. 0 otherwise.
     */
    int learnedFrom(String t, int i, QuoteSpans quotes) {
        int k = lex.learnsFrom.matchAt(t, i, t.length());
        Mention m = k == 0 ? null : names.endingAt(t, i, 0, quotes);
        boolean source = m != null && m.strong() && m.start() > 0 && lex.sources.contains(t.charAt(m.start() - 1))
                && (m.kind() == Mention.Kind.ORGANIZATION || m.kind() == Mention.Kind.PERSON);
        return source ? k : 0;
    }

    /**
     * Start of the phrase that makes a mention the addressee or object of the clause, not its subject: a preposition
     * right before it ({@code 向美方表示}), one of address before a relation or title that introduces it
     * ({@code 對46歲的妻子某某說}, {@code 對65歲阿嬤某某說}), or a verb with the aspect marker 著 whose object ends with it
     * ({@code 看著一旁熟睡的長子阿偉說}); -1 if none.
     */
    int objectPhraseStart(String t, Mention m) {
        int s = m.start();
        int timed = s - leadBefore(t, s); // 向當時胡振中樞機提出: a time word between the preposition and the name
        if (timed > 1 && lex.prepositions.contains(t.charAt(timed - 1))) {
            return timed - 1;
        }
        int role = Math.max(lex.relations.matchEndingAt(t, s, Math.max(0, s - 3)), lex.titles.matchEndingAt(t, s, Math.max(0, s - 8)));
        int aged = role > 1 ? role + Math.max(Chars.ageLength(t, s - role), leadBefore(t, s - role)) : role; // 對65歲阿嬤某某, 向時任特首某某
        boolean described = false;
        for (int i = s - 1; i > 1 && s - i <= 20; i--) {
            char c = t.charAt(i);
            if (Chars.isClauseBreak(c) || Chars.isQuote(c)) {
                return -1;
            }
            described |= c == '的' && i < s - role;
            if (role > 1 && lex.addressPrepositions.contains(c)
                    && (i == s - role - 1 || i == s - aged - 1 || described || i == s - role - 2 && (t.charAt(i + 1) == '其'
                    || lex.pronouns.contains(t, i + 1, i + 2)))) {
                return i; // 對妻子某某, 向其同學某某, 對她丈夫某某, 對46歲的妻子某某; not 对外关系总监某某
            }
            if ((c == '著' || c == '着') && Chars.isHan(t.charAt(i - 1)) && lex.notAspects.matchAt(t, i, s) == 0) {
                return i - 1;
            }
        }
        return -1;
    }

    /** Length of a time word or a title's lead ending at {@code e} ({@code 當時}, {@code 時任}), or 0. */
    private int leadBefore(String t, int e) {
        return Math.max(lex.between.matchEndingAt(t, e, Math.max(0, e - 3)), lex.titleLeads.matchEndingAt(t, e, Math.max(0, e - 3)));
    }

    /**
     * The whole clause before a publishing verb as its author ({@code ，某關注組發表…聲明：}): two to ten Han
     * characters from a clause edge, read as an organisation. Null if the clause is longer or not all Han.
     */
    Cue clauseSubject(String t, int verb, int k) {
        int s = verb;
        while (s > 0 && verb - s <= 10 && Chars.isHan(t.charAt(s - 1))) {
            s--;
        }
        boolean edge = s == 0 || Chars.isClauseBreak(t.charAt(s - 1));
        if (!edge || verb - s < 2 || verb - s > 10 || lex.openers.matchAt(t, s, verb) > 0) {
            return null;
        }
        String name = t.substring(s, verb);
        return new Cue(new Mention(s, verb, Mention.Kind.ORGANIZATION, name, null, null, true), verb, verb + k, false);
    }

    /**
     * Start of the verb before 以下/如下 in a list's introduction ({@code 某某有以下提醒：}, not {@code 提出以下問題：}) in
     * {@code t[s, n)}, at most six characters before the colon; -1 if none.
     */
    int listIntroduction(String t, int s, int n) {
        for (int p = Math.max(s + 1, n - 9); p + 2 < n; p++) {
            if (lex.listMarks.matchAt(t, p, n) == 2) {
                int v = lex.listVerbs.matchEndingAt(t, p, s);
                return v > 0 && !t.substring(p + 2, n).matches(".*[問问].*") ? p - v : -1;
            }
        }
        return -1;
    }

    /**
     * Length of a word of view at {@code i} in the frame {@code 在 + a name + 看來，} ({@code 在陳大文看來，…},
     * {@code 在某某局看来，…}): what follows in the sentence is the name's opinion, as after a speech verb. 0 otherwise.
     */
    int viewFrame(String t, int i, QuoteSpans quotes) {
        int k = lex.viewFrames.matchAt(t, i, t.length());
        if (k == 0 || i + k >= t.length() || "，,".indexOf(t.charAt(i + k)) < 0) {
            return 0;
        }
        Mention m = names.endingAt(t, i, 0, quotes);
        if (m == null || m.start() == 0 || m.kind() == Mention.Kind.TITLE) {
            return 0;
        }
        int s = m.start();
        if (t.charAt(s - 1) != '在' && lex.titles.matchEndingAt(t, s, Math.max(0, s - 8)) > 0) {
            while (s > 1 && m.start() - s < 24 && t.charAt(s - 1) != '在' && !Chars.isClauseBreak(t.charAt(s - 1))) {
                s--; // 在中国考古学会理事长陈星灿看来: the title phrase between 在 and the name
            }
        }
        return t.charAt(s - 1) == '在' ? k : 0;
    }

    /** Length of a date like {@code 16日}, {@code 3月5日}, {@code 2018年3月} or {@code 25日6時} ending at {@code e}, or 0. */
    static int dateBefore(String t, int e) {
        int s = e > 2 && "許许".indexOf(t.charAt(e - 1)) >= 0 ? e - 1 : e; // 11時許: about eleven
        if (s > 1 && "時时點点".indexOf(t.charAt(s - 1)) >= 0 && Chars.isDigit(t.charAt(s - 2))) {
            int h = s - 1;
            while (h > 0 && s - h < 3 && Chars.isDigit(t.charAt(h - 1))) {
                h--;
            }
            int day = dateBefore(t, h);
            int word = Lexicon.INSTANCE.between.matchEndingAt(t, h, Math.max(0, h - 4));
            return day > 0 ? e - h + day : word > 0 ? e - h + word : 0; // 25日6時, 昨晚11時許: an hour after a day
        }
        s = e;
        if (s > 1 && "月年".indexOf(t.charAt(s - 1)) >= 0 && Chars.isDigit(t.charAt(s - 2))) {
            int d = s - 1;
            while (d > 0 && e - d < 10 && (Chars.isDigit(t.charAt(d - 1)) || t.charAt(d - 1) == '年')) {
                d--;
            }
            return e - d; // 2018年3月: a month or a year
        }
        if (s > 0 && "日號号".indexOf(t.charAt(s - 1)) >= 0) {
            s--;
            int d = s;
            while (d > 0 && e - d < 10 && (Chars.isDigit(t.charAt(d - 1)) || t.charAt(d - 1) == '月')) {
                d--;
            }
            if (d < s) {
                return e - d + (d > 0 && "於于".indexOf(t.charAt(d - 1)) >= 0 ? 1 : 0); // 於27日
            }
        }
        return 0;
    }

    /** Length of an addressee or setting phrase (對大公報記者, 在記者會上, 接受訪問時) ending at {@code e}, or 0. */
    int gapBefore(String t, int e, QuoteSpans quotes) {
        if (e < 2 || lex.gapClosers.matchEndingAt(t, e, 0) == 0) {
            return 0;
        }
        for (int g = e - 2; g >= 0 && e - g <= 25; g--) {
            char c = t.charAt(g);
            if (Chars.isClauseBreak(c) || quotes.inside(g)) {
                return 0;
            }
            boolean opener = lex.gapOpeners.contains(c) && lex.titles.matchAt(t, g, e) < 2
                    && (c != '會' && c != '会' || lex.titles.matchAt(t, g + 1, e) < 2); // not 學生會會長某某發言時
            Mention before = opener && g > 0 ? names.endingAt(t, g, 0, quotes) : null;
            if (opener && g > 0 && (before != null && before.strong()
                    || Chars.isCloseBracket(t.charAt(g - 1))
                    || dateBefore(t, g) > 0 || lex.between.matchEndingAt(t, g, Math.max(0, g - 6)) > 0)) {
                return e - g;
            }
        }
        return 0;
    }

    /** Where the words that may stand between a subject and its verb (昨日, 亦, 會上), ending at {@code k}, start. */
    static int betweenStart(String t, int k) {
        WordSet between = Lexicon.INSTANCE.between;
        while (k > 0 && between.matchEndingAt(t, k, Math.max(0, k - 6)) > 0) {
            k -= between.matchEndingAt(t, k, Math.max(0, k - 6));
        }
        return k;
    }

    /** Length of 的 and a statement ({@code 某會的聲明指}) or of a body's letter ({@code 某局覆函表示}) ending at e, or 0. */
    int ownStatement(String t, int e) {
        int k = lex.ownStatements.matchEndingAt(t, e, Math.max(0, e - 4));
        int letter = lex.bodyLetters.matchEndingAt(t, e, Math.max(0, e - 3)); // 某機構覆函表示: the body's own letter
        return k > 0 && e - k > 1 && t.charAt(e - k - 1) == '的' ? k + 1 : letter > 0 && e - letter > 1 ? letter : 0;
    }

    /**
     * Length of a setting phrase, with the time words before it, that opens right after a comma and ends at {@code e}
     * ({@code 陳大文，昨日在記者會上表示}: the sentence's subject stands before the comma), or 0.
     */
    int settingAfterComma(String t, int e, QuoteSpans quotes) {
        if (e < 3 || lex.gapClosers.matchEndingAt(t, e, 0) == 0) {
            return 0;
        }
        for (int g = e - 2; g >= 1 && e - g <= 25; g--) {
            char c = t.charAt(g);
            if (Chars.isClauseBreak(c) || quotes.inside(g)) {
                return 0;
            }
            if (!lex.gapOpeners.contains(c)) {
                continue;
            }
            int b = betweenStart(t, g); // 陳大文，昨日在記者會上表示
            if (b > 0 && (t.charAt(b - 1) == '，' || t.charAt(b - 1) == ',')) {
                return e - b;
            }
        }
        return 0;
    }

    /**
     * Length of a notice published before the verb ({@code 發布消息稱}, {@code 官微发布辟谣消息称}, {@code 發出緊急通告指}):
     * a publishing verb, up to four characters and a notice, with the account it was published on; or 0.
     */
    int publication(String t, int e) {
        int n = lex.notices.matchEndingAt(t, e, Math.max(0, e - 4));
        if (n == 0) {
            return 0;
        }
        for (int g = e - n; g >= 2 && e - n - g <= 4; g--) {
            int p = lex.publishes.matchEndingAt(t, g, g - 2);
            if (p > 0) {
                int start = g - p;
                return e - start + lex.accounts.matchEndingAt(t, start, Math.max(0, start - 4));
            }
            if (!Chars.isHan(t.charAt(g - 1))) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Length of an act of communicating right before a one-character speech verb ({@code 道歉稱}, {@code 陳詞指}), from
     * the lexicon's acts, or 0.
     */
    int actionBefore(String t, int e) {
        return lex.acts.matchEndingAt(t, e, Math.max(0, e - 2));
    }

    /**
     * Length of an act the speaker spoke during, right before the verb ({@code 判刑時指}, {@code 作供時稱}): two to four
     * Han characters and 時, after a person's name or a pronoun (an organisation's name there is a setting); or 0.
     */
    int whileBefore(String t, int e, QuoteSpans quotes) {
        if (e < 4 || t.charAt(e - 1) != '時' && t.charAt(e - 1) != '时') {
            return 0;
        }
        for (int k = 2; k <= 4 && e - 1 - k > 0; k++) {
            int s = e - 1 - k;
            if (!Chars.isHan(t.charAt(s)) || quotes.inside(s)) {
                return 0;
            }
            if (lex.names.commonVerbs.contains(t.substring(s - 1, s + 1))) {
                continue; // 何官分析證供時: 分 opens the act (分析), it does not end a name
            }
            Mention m = names.endingAt(t, s, 0, quotes);
            if (m != null && m.strong() && m.end() == s && m.kind() != Mention.Kind.ORGANIZATION) {
                return e - s;
            }
        }
        return 0;
    }

    /**
     * Length of an addressee the rules cannot name, between a preposition and the verb ({@code 對某某新聞說},
     * {@code 向本港傳媒稱}): up to ten Han characters after 對 or 向, with a name or a pronoun right before it; or 0.
     * (A setting after 在 is read by {@link #gapBefore}, with the words that close it.)
     */
    int addresseeBefore(String t, int e, QuoteSpans quotes) {
        for (int g = e - 2; g >= 1 && e - g <= 11; g--) {
            char c = t.charAt(g);
            if (!Chars.isHan(c) || quotes.inside(g) || "不沒没無无未".indexOf(c) >= 0) {
                return 0; // 對他們沒有作出解釋: a negated act, not words told to someone
            }
            if (c == '對' || c == '对' || c == '向') {
                int h = g - BracketAsides.shortBefore(t, g); // 小麗（化名）向某某新聞稱: the aside belongs to the name
                Mention m = names.endingAt(t, h, 0, quotes);
                return m != null && m.strong() && m.end() == h ? e - h : 0;
            }
        }
        return 0;
    }

    /**
     * Length of a source the speaker cites that names nobody, between a citing verb and the speech verb
     * ({@code 引述國際經驗說}, {@code 援引數據指}): up to ten Han characters after 引述, 援引 …, with a person's name or
     * a pronoun right before the citing verb; or 0. (A source with a name speaks itself: 路透社引述外交部說.)
     */
    int citedBefore(String t, int e, QuoteSpans quotes) {
        for (int g = e - 1; g >= 2 && e - g <= 10; g--) {
            if (!Chars.isHan(t.charAt(g)) || quotes.inside(g)) {
                return 0;
            }
            int v = lex.citing.matchEndingAt(t, g, Math.max(0, g - 2));
            if (v > 0) {
                for (int q = g + 2; q <= e; q++) {
                    Mention cited = names.endingAt(t, q, g, quotes);
                    if (cited != null && cited.strong()) {
                        return 0; // 引述林鄭月娥回應指: the one cited is named
                    }
                }
                Mention m = names.endingAt(t, g - v, 0, quotes);
                return m != null && m.strong() && m.end() == g - v
                        && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN) ? e - g + v : 0;
            }
        }
        return 0;
    }
}
