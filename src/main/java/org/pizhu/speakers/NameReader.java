package org.pizhu.speakers;

/**
 * Reads the name (person, organisation, pronoun …) that ends at a given offset, looking back at most a clause. All
 * look-ups are bounded, so reading costs O(1) per call whatever the text length.
 */
final class NameReader {
    private static final int MAX_BACK = 24;

    /**
     * Surname count (of {@code names.tsv}) from which a character not in the lexicon's list reads as a surname (99.62 %
     * of the table's surname occurrences): below it the table holds mis-tagged characters (員, 令, 才), so a rarer
     * surname makes a name only where the document repeats it ({@link DocumentNames}).
     */
    private static final int MIN_SURNAME_COUNT = 20;
    /** Corpus count from which a common word that opens a three-character candidate rules the name out. */
    private static final int FREQUENT_WORD = 30;
    private static final String DOTS = ForeignNames.DOTS;
    /**
     * Count as a last given-name character from which an organisation's one-character head (軍) reads as the end of
     * a three-character name that stands alone ({@code 吳亞軍}).
     */
    private static final int COMMON_LAST_GIVEN = 700;
    /**
     * Count as a last given-name character below which a one-character word that may stand between a speaker and
     * the verb (續, 今, 昨, 再) ends a two-character name instead of making it three characters long.
     */
    private static final int RARE_LAST_GIVEN = 100;
    /** Name lengths tried by {@link #person}, in order. */
    private static final int[] NAME_LENGTHS = {3, 2, 4};
    /** The one-character strings made so far, by character ({@link #surname}). */
    private static final String[] SINGLE = new String[0x10000];

    private final Lexicon lex = Lexicon.INSTANCE;
    private final OrganisationReader organisations = new OrganisationReader(this);
    private final ForeignNames foreign = new ForeignNames(this);
    private final UnlistedSurnames unlisted = new UnlistedSurnames(this);

    /** The mention ending just before {@code end}, not reaching before {@code floor}, or null. */
    Mention endingAt(String t, int end, int floor, QuoteSpans quotes) {
        if (end <= floor || end > t.length() || quotes.inside(end - 1)) {
            return null;
        }
        char lastChar = t.charAt(end - 1);
        if (!Chars.isHan(lastChar) && !Chars.isLatin(lastChar)) {
            return null;
        }
        int lo = end;
        while (lo > floor && end - lo < MAX_BACK) {
            char c = t.charAt(lo - 1);
            boolean latinSpace = c == ' ' && lo - 2 >= floor && Chars.isLatin(t.charAt(lo - 2)) && lo < end
                    && Chars.isLatin(t.charAt(lo));
            if (!latinSpace && (Chars.isClauseBreak(c) || c == '、' || quotes.inside(lo - 1))) {
                break;
            }
            lo--;
        }
        if (lo == end) {
            return null;
        }
        Mention m = BareForms.pronoun(t, end, lo);
        if (m == null) {
            m = word(t, end, lo, lex.anaphors, Mention.Kind.ANAPHOR);
        }
        if (m == null) {
            m = word(t, end, lo, lex.articleWords, Mention.Kind.ANAPHOR);
        }
        if (m == null) {
            m = organisations.sideFormEndingAt(t, end, lo);
        }
        if (m == null) {
            m = word(t, end, lo, lex.orgWords, Mention.Kind.ORGANIZATION);
        }
        if (m == null) {
            m = organisations.endingAt(t, end, lo);
            Mention known = organisations.knownEndingAt(t, end, lo);
            if (known != null && (m == null || known.start() < m.start())) {
                m = known;
            }
        }
        if (m != null && m.kind() == Mention.Kind.ORGANIZATION) {
            m = nameEndingLikeAnOrganisation(t, end, lo, m);
        }
        if (m == null) {
            m = organisations.shortFormEndingAt(t, end, lo);
        }
        if (m == null) {
            m = BareForms.body(t, end, lo);
        }
        if (m == null) {
            m = titled(t, end, lo);
        }
        if (m == null) {
            m = foreign.joined(t, end, lo);
        }
        Mention weak = null;
        if (m == null) {
            Mention p = person(t, end, lo);
            if (p != null && p.strong()) {
                m = p;
            } else if (p != null && p.surname() != null) {
                m = foreign.around(t, p, lo);
                weak = p;
            }
        }
        if (m == null) {
            Mention f = foreign.endingAt(t, end, lo, 4);
            m = f != null ? f : unlisted.endingAt(t, end, lo); // 省委书记信长星: a surname the table lacks, after a title
        }
        if (m == null) {
            m = weak;
        }
        if (m == null) {
            m = foreign.latin(t, end, lo);
        }
        if (m == null) {
            m = foreign.endingAt(t, end, lo, 2);
        }
        if (m == null) {
            m = BareForms.surnameOnly(t, end, lo);
        }
        if (m == null) {
            m = BareForms.titleOnly(t, end, lo);
        }
        return m;
    }

    /**
     * The person an organisation reading with a one-character head stands for ({@code 吳亞軍}, {@code 董事長吳亞軍}):
     * a three-character name where the organisation would start, ending in a character that ends many given names
     * (軍, not 署), or a name right after a title, of two characters only with such an ending (董事长李军, not 專員公署).
     * Otherwise the organisation.
     */
    private Mention nameEndingLikeAnOrganisation(String t, int end, int lo, Mention org) {
        if (lex.orgSuffixes.matchEndingAt(t, end, lo) != 1) {
            return org;
        }
        Mention p = person(t, end, lo);
        boolean nameEnding = lex.names.givenLast(t.charAt(end - 1)) >= COMMON_LAST_GIVEN;
        if (p != null && (p.name().length() >= 3 && p.start() == org.start() && nameEnding
                || p.strong() && p.start() > org.start() && lex.titles.matchEndingAt(t, p.start(), lo) > 0
                && (p.name().length() >= 3 || nameEnding))) {
            return new Mention(p.start(), end, Mention.Kind.PERSON, p.name(), p.surname(), null, true);
        }
        return org;
    }

    /** Whether a name starting at {@code s} has a clear left edge: clause start, non-Han, title, organisation. */
    boolean goodLeft(String t, int s, int lo) {
        if (s <= lo || !Chars.isHan(t.charAt(s - 1))) {
            return true;
        }
        return lex.titles.matchEndingAt(t, s, lo) > 0 || lex.orgSuffixes.matchEndingAt(t, s, lo) > 0
                || lex.titleHeads.contains(t.charAt(s - 1)) && lex.surnames.contains(t.charAt(s))
                || lex.openers.matchEndingAt(t, s, lo) > 0 || lex.between.matchEndingAt(t, s, lo) > 0
                || lex.relations.matchEndingAt(t, s, lo) > 0 || CueGaps.dateBefore(t, s) > 0 // 5月28日拉布表示
                || Chars.ageBefore(t, s, lo);
    }

    /** Length of a surname (compound or single) starting at {@code s}, or 0. */
    int surnameAt(String t, int s, int limit) {
        int c = lex.compoundSurnames.matchAt(t, s, limit);
        if (c > 0) {
            return c;
        }
        boolean vietnamese = s + 3 < limit && t.charAt(s + 1) == '氏' && Chars.isHan(t.charAt(s + 2)); // 高氏碧水, 阮氏花
        return s < limit && isSurname(t.charAt(s)) ? vietnamese ? 2 : 1 : 0;
    }

    /** The surname {@code t[s, s + sl)}: one string per single-character surname, shared (most surnames are one). */
    private static String surname(String t, int s, int sl) {
        if (sl != 1) {
            return t.substring(s, s + sl);
        }
        char c = t.charAt(s);
        String one = SINGLE[c];
        if (one == null) {
            one = String.valueOf(c);
            SINGLE[c] = one; // a race only makes another equal string
        }
        return one;
    }

    /** A single-character surname: in the lexicon's list, or counted often enough as one in {@code names.tsv}. */
    boolean isSurname(char c) {
        return lex.surnames.contains(c) || lex.names.surnameCount(c) >= MIN_SURNAME_COUNT;
    }

    /** Whether a title ends right before {@code s}. */
    private boolean titledAt(String t, int s, int lo) {
        return s > lo && lex.titles.matchEndingAt(t, s, Math.max(lo, s - 8)) > 0;
    }

    /** Whether the surname candidate at {@code s} is a preposition inside its clause, with no title before it. */
    private boolean prepositionInClause(String t, int s, int lo) {
        return lex.prepositions.contains(t.charAt(s)) && s > lo && Chars.isHan(t.charAt(s - 1))
                && lex.titles.matchEndingAt(t, s, Math.max(lo, s - 8)) == 0;
    }

    private Mention word(String t, int end, int lo, WordSet set, Mention.Kind kind) {
        int k = set.matchEndingAt(t, end, lo);
        if (k < 2 || !goodLeft(t, end - k, lo)) {
            return null;
        }
        return new Mention(end - k, end, kind, t.substring(end - k, end), null, null, true);
    }

    private Mention titled(String t, int end, int lo) {
        int h = Math.max(lex.honorifics.matchEndingAt(t, end, lo), lex.titles.matchEndingAt(t, end, lo));
        if (h == 0) {
            return null;
        }
        int e = end - h;
        if (end < t.length() && lex.orgSuffixes.matchAt(t, e, Math.min(t.length(), e + h + 4)) > h) {
            return null; // 向委員會提交: the title runs on into a body's head noun
        }
        String title = t.substring(e, end);
        if (lex.spokespersons.matchEndingAt(title, title.length(), 0) > 0) {
            Mention org = organisations.endingAt(t, e, lo);
            org = org != null ? org : organisations.knownEndingAt(t, e, lo); // 港鐵公關: a body the gazetteer knows
            org = org != null ? org : word(t, e, lo, lex.orgWords, Mention.Kind.ORGANIZATION);
            if (org != null) {
                return org;
            }
        }
        Mention p = person(t, e, lo);
        if (p != null && (p.strong() || p.start() > lo && t.charAt(p.start() - 1) == '的') && p.name().length() >= 3) {
            return new Mention(p.start(), end, Mention.Kind.PERSON, p.name(), p.surname(), title, true);
        }
        for (int sl = 2; sl >= 1; sl--) {
            int s = e - sl;
            if (s < lo || surnameAt(t, s, e) != sl) {
                continue;
            }
            if (lex.notNames.contains(t, s, end) || sl == 1 && (closesWordBefore(t, s, lo) || prepositionInClause(t, s, lo))) {
                continue; // 高官, 區議員: a common word, not a surname and a title; 有關負責人: 關 ends a word
            }
            if (sl == 1 && lex.evenWords.contains(t, s, s + 1) && end < t.length() && lex.evenParticles.contains(t, end, end + 1)) {
                continue; // 連法官也笑說: 'even the judge', not a judge surnamed 連
            }
            boolean courtesy = lex.courtesy.contains(title) && lex.surnames.contains(t.charAt(s)) && sl == 1;
            if (goodLeft(t, s, lo) || courtesy) {
                String surname = t.substring(s, e);
                return new Mention(s, end, Mention.Kind.SURNAME_TITLE, surname + title, surname, title, true);
            }
        }
        return null;
    }

    /** A Chinese personal name (surname + one or two characters) ending at {@code end}, or null. */
    Mention person(String t, int end, int lo) {
        if (end < t.length() && lex.placeEnds.contains(t.charAt(end)) && lex.titles.matchAt(t, end, t.length()) == 0) {
            return null;
        }
        Mention weak = null;
        for (int len : NAME_LENGTHS) {
            int s = end - len;
            if (s < lo) {
                continue;
            }
            int sl = surnameAt(t, s, end);
            boolean married = len == 4 && sl <= 1 && lex.surnames.contains(t.charAt(s)) && lex.surnames.contains(t.charAt(s + 1))
                    && !lex.names.commonWordPairs.contains(t, s); // 李陳美玲: her surname, her husband's, a given name; not 景區
            sl = married ? 2 : sl;
            boolean titled = titledAt(t, s, lo);
            if (sl == 0 || len - sl < 1 || len - sl > 2 || !GivenNames.possible(t, s, s + sl, end, lo)
                    || !(married ? GivenNames.plausibleMarried(t, s + sl, end) : GivenNames.plausible(t, s + sl, end, titled))
                    || sl == 1 && len == 2 && !lex.surnames.contains(t.charAt(s)) && !titled
                    || s > lo && DOTS.indexOf(t.charAt(s - 1)) >= 0 || end < t.length() && DOTS.indexOf(t.charAt(end)) >= 0
                    || RoleAndFunctionWords.notAName(t, s, sl, end, lo)) {
                continue;
            }
            if (sl == 2 && s > lo && lex.titles.matchEndingAt(t, s + 1, Math.max(lo, s - 6)) > 1) {
                continue; // 副部长孙鑫: 长 ends the title, 长孙 is no compound surname here
            }
            if (sl == 1 && len == 3 && lex.nicknames.contains(t.charAt(s)) && (FamiliarNames.endingAt(t, s + 2, lo, this) != null
                    || !lex.surnames.contains(t.charAt(s)) && !titledAt(t, s, lo))) {
                continue; // 阿蓉眼中, 阿汝見老父: a familiar name and a word, not the rare surname 阿 (unless after a title)
            }
            if (s > lo && lex.nicknames.contains(t.charAt(s - 1)) && lex.kinship.contains(t.charAt(end - 1))
                    && FamiliarNames.endingAt(t, end, lo, this) != null) {
                continue; // 阿鳳嬤說: a familiar name with a kinship ending, not the surname 鳳
            }
            if (sl == 1 && (prepositionInClause(t, s, lo) || lex.prepositions.contains(t.charAt(s)) && end < t.length()
                    && lex.names.surnameCount(t.charAt(s)) < MarriedNames.COMMON_SURNAME && Chars.isHan(t.charAt(end))
                    && lex.verbs.matchAt(t, end, t.length()) == 0 && lex.between.matchAt(t, end, t.length()) == 0)) {
                continue; // 並向香港市民致歉, 》向香港樂施會…查詢: the preposition, unless a verb or a time word follows (not 于)
            }
            if (!GivenNames.wordLikeAllowed(t, s, s + sl, end, lo)) {
                continue; // 何其難, 黃色口: a given name of characters far more common in words, with no title before
            }
            if (end < t.length() && (t.charAt(end) == '者' || lex.between.matchAt(t, end - 1, t.length()) > 1
                    || lex.notNames.matchAt(t, end - 1, t.length()) > 1 || lex.titles.matchAt(t, end - 1, t.length()) > 1
                    || lex.orgSuffixes.matchAt(t, end - 1, t.length()) > 1 && lex.names.givenLast(t.charAt(end - 1)) < RARE_LAST_GIVEN)) {
                continue; // 史密斯周一, 向大家, 伍大狀, 藍衣者, 華天集團: the last character opens a time word, a word, a title, a body
            }
            if (len - sl == 2 && (lex.between.contains(t, end - 1, end) || end < t.length() && "着著了".indexOf(t.charAt(end)) >= 0)
                    && lex.names.givenLast(t.charAt(end - 1)) < RARE_LAST_GIVEN) {
                continue; // 陳杰續指, 張偉今表示, 周炜捧着: a word before the verb or a verb, not a third character of the name
            }
            if ((len - sl == 2 || !titled) && end < t.length() && (lex.names.commonVerbPairs.contains(t, end - 1)
                    || lex.articleWords.matchAt(t, end - 1, t.length()) > 1)) {
                continue; // 陳官引用, 權利進行, 彭帥文中, 梁重覆問題: the last character opens a verb or a word of its own
            }
            if (commonWord(t, s, end) || s > 0 && Chars.isDigit(t.charAt(s - 1)) || lex.between.contains(t, s + sl, end)
                    || lex.between.contains(t, s, end) || lex.accounts.contains(t, s + sl, end)
                    || len - sl == 2 && lex.honorifics.matchAt(t, s + sl, end - 1) == 1
                    && lex.names.givenLast(t.charAt(end - 1)) < COMMON_LAST_GIVEN && lex.titles.matchEndingAt(t, s, lo) == 0) {
                continue; // …, and 郭官續指, 陳官引述: a surname, an honorific and a word, not a three-character name
            }
            if (lex.notNames.contains(t, s, end) || lex.notNames.contains(t, s, s + 2)
                    || lex.notNames.contains(t, s + sl, end) && !(len - sl == 2 && titledAt(t, s, lo))
                    || lex.citing.matchAt(t, s + sl, t.length()) >= end - s - sl) { // 副总裁姜向前: after a title, a name
                continue;
            }
            if (end < t.length() && (lex.placeEnds.contains(t.charAt(end - 1)) && end - s == 3
                    && (lex.titles.matchAt(t, end, t.length()) > 0 || lex.orgSuffixes.matchAt(t, end, t.length()) > 0)
                    || lex.orgSuffixes.matchAt(t, end, t.length()) > 1)) {
                continue; // 骆象村党支部书记: a village before its office, no name; 华天集团: a name that opens a body's
            }
            if (closesWordBefore(t, s, lo) || endsInsideKnownOrganisation(t, s, end)) {
                continue; // 國安法, 辯方求情: the first character ends a common word; 聞畢律政司: 律 opens a listed body
            }
            boolean strong = goodLeft(t, s, lo);
            if (lex.titles.contains(t, s + sl, end) || lex.relations.contains(t, s + sl, end) && s > lo
                    && lex.nicknames.contains(t.charAt(s - 1)) // 阿文妹妹: 阿文's sister, not 文 and a given name
                    || !strong && !plausibleWeak(t, s, sl, end)) {
                continue;
            }
            Mention m = new Mention(s, end, Mention.Kind.PERSON, t.substring(s, end), surname(t, s, sl), null, strong);
            if (strong) {
                return m;
            }
            if (weak == null) {
                weak = m;
            }
        }
        if (weak == null && end - 2 >= lo) {
            return FamiliarNames.endingAt(t, end, lo, this);
        }
        return weak;
    }

    /**
     * Whether a name without a clear left edge may still be one: its surname is in the lexicon's list (not only
     * counted in {@code names.tsv}), it is not a word that stands between a speaker and the verb ({@code 嚴正}), and
     * its first character does not end a common word with the character before it ({@code 白宮網頁}), and no pronoun
     * stands right before it ({@code 她练琴觉得}: the pronoun is the subject).
     */
    private boolean plausibleWeak(String t, int s, int sl, int end) {
        return (sl == 2 || lex.surnames.contains(t.charAt(s))) && !lex.between.contains(t, s, end)
                && !(s > 0 && lex.notNames.contains(t, s - 1, s + 1)) && lex.pronouns.matchEndingAt(t, s, 0) == 0;
    }

    /**
     * Whether the character before {@code s} and the one at {@code s} make a common word ({@code 國安}, {@code 辯方},
     * {@code 部門}):
     * a name does not start inside a word, unless a title or honorific ends right before it.
     */
    boolean closesWordBefore(String t, int s, int lo) {
        if (s <= lo || lex.titles.matchEndingAt(t, s, lo) > 0) {
            return false;
        }
        String pair = t.substring(s - 1, s + 1);
        return lex.notNames.contains(pair) || lex.names.commonWords.containsKey(pair) || lex.names.wordBeforeSurnamePairs.contains(t, s - 1);
    }

    /** Whether a body of the organisation list starts inside {@code t[s, end)} and runs on past {@code end}. */
    private boolean endsInsideKnownOrganisation(String t, int s, int end) {
        for (int i = s + 1; i < end; i++) {
            if (i + lex.knownOrganisations.matchAt(t, i, Math.min(t.length(), i + 24)) > end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a candidate name {@code t[s, end)} reads as a common word: a two-character word of {@code names.tsv}
     * ({@code 游客}), or a three-character candidate that opens with a frequent one ({@code 普通集}) or, when its
     * surname is a rare one known only from the name table, with any of them.
     */
    private boolean commonWord(String t, int s, int end) {
        if (end - s == 2) {
            return lex.names.commonWordPairs.contains(t, s);
        }
        int opening = end - s == 3 ? lex.names.commonWordPairs.count(t.charAt(s), t.charAt(s + 1)) : 0;
        return opening >= FREQUENT_WORD || opening > 0 && !lex.surnames.contains(t.charAt(s));
    }

    /** The transliteration before a bracketed Latin name: see {@link ForeignNames#beforeLatin}. */
    Mention transliteratedBefore(String t, int open, int lo) {
        return foreign.beforeLatin(t, open, lo);
    }

    /** A transliterated name starting at {@code s}: see {@link ForeignNames#from}. */
    Mention transliteratedFrom(String t, int s, int limit, int minLength) {
        return foreign.from(t, s, limit, minLength);
    }
}
