package org.pizhu.speakers;

import java.util.Map;

/**
 * Reads an organisation's name backwards from its head noun (局, 署, 公司, 委員會 …): across inner conjunctions and
 * nested names, bracketed abbreviations and the openers a name may carry, stopping at particles, verbs and pronouns.
 */
final class OrganisationReader {
    /** Negations: no short organisation name holds one ({@code 他無法相信}). */
    private static final String NEGATIONS = "不無无沒没未非";

    private static final String ORG_STOP = "獲获或到的在由與与和及據据向對对跟把被讓让請请是為为即但而則则亦也都又並并還还將将已曾了着著於于從从等們们我你他她它";
    private static final String MODAL_BEFORE = "們们家都也亦將将才就不還还仍應应能可定必人我你他她它誰谁方機机";

    /** Particles a name read across a conjunction may start after ({@code 據}, {@code 在}, {@code 由}). */
    private static final String LEFT_EDGES = "的在由據据向對对跟於于從从與与和及";
    /** Longest organisation name read back from its head noun. */
    private static final int MAX_NAME = 18;

    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;

    OrganisationReader(NameReader names) {
        this.names = names;
    }

    /** The organisation name ending at {@code end} (a head noun such as 局 or 公司 and what stands before it), or null. */
    Mention endingAt(String t, int end, int lo) {
        Mention m = wordAfterPlace(t, end, lo);
        return m != null ? m : endingAt(t, end, lo, true);
    }

    private Mention endingAt(String t, int end, int lo, boolean parts) {
        int suffix = Math.max(lex.orgSuffixes.matchEndingAt(t, end, lo), lex.orgSurnameEnds.matchEndingAt(t, end, lo));
        if (suffix == 0 || lex.notBodies.matchEndingAt(t, end, lo) > 0) {
            return null;
        }
        int j = end - suffix;
        Mention parent = parts ? partAfterBracket(t, j, end, lo) : null;
        if (parent != null) {
            return parent;
        }
        int conjunction = -1;
        while (j > lo && end - j < MAX_NAME) {
            char c = t.charAt(j - 1);
            if (Chars.isCloseBracket(c)) {
                int open = j - 2;
                while (open >= lo && !Chars.isOpenBracket(t.charAt(open)) && !Chars.isCloseBracket(t.charAt(open))) {
                    open--;
                }
                if (open < lo || !Chars.isOpenBracket(t.charAt(open))) {
                    break;
                }
                j = open;
                continue;
            }
            if (!(Chars.isHan(c) || Chars.isLatin(c) || Chars.isDigit(c))) {
                break;
            }
            if (ORG_STOP.indexOf(c) >= 0 && !(c == '和' && j - 2 >= lo && t.charAt(j - 2) == '共')) {
                if (conjunction < 0 && lex.nameConjunctions.contains(c) && joinsParts(t, j - 1, lo)) {
                    conjunction = j; // 創新及科技局: read on, and back to here if the part before is no part of a name
                    j--;
                    continue;
                }
                break;
            }
            if (lex.verbs.matchEndingAt(t, j, lo) > 1 || lex.pronouns.matchEndingAt(t, j, lo) > 0
                    || lex.citing.matchEndingAt(t, j, lo) > 0 || lex.between.matchEndingAt(t, j, lo) > 1
                    || lex.nameVerbs.matchEndingAt(t, j, lo) > 1 || urged(t, j, lo)) {
                break; // …今其後到警察總部, 轉達中國駐英國大使館, 促政府: a time word or a verb is no part of a name
            }
            j--;
        }
        if (conjunction >= 0 && !(shortFirstPart(t, j, conjunction - 1) && (j == lo || !Chars.isHan(t.charAt(j - 1))
                || LEFT_EDGES.indexOf(t.charAt(j - 1)) >= 0) && (j == 0 || t.charAt(j - 1) != '、'))) {
            j = conjunction; // no name of two parts (教師專業發展及社會; 詳情、投訴及司法機構): the part after it
        }
        int core = end - suffix;
        if (j < core && Chars.isOpenBracket(t.charAt(j))) {
            while (j < core && !Chars.isCloseBracket(t.charAt(j))) {
                j++;
            }
            j++;
        }
        j = pastOpeners(t, j, core);
        if (j < core && lex.whenWords.contains(t.charAt(j)) && lex.whenWordsNot.matchAt(t, j, end) == 0) {
            j++; // 而當遊戲團隊在聲明慨嘆: 'when' opens the clause, no part of the name
        }
        if (end - j < 3 || j >= core) {
            return null;
        }
        String name = t.substring(j, end);
        if (lex.quantifiers.matchAt(t, j, end) > 0 || counted(t, j, end)) {
            return null;
        }
        if (lex.notNames.contains(name) || Chars.isCloseBracket(name.charAt(0)) || Chars.isOpenBracket(name.charAt(0))) {
            return null;
        }
        if (suffix == 1 && t.charAt(end - 1) == '所' && end < t.length() && lex.verbs.matchAt(t, end, t.length()) > 0) {
            return null; // 所 before a verb is the particle (檢方所指), not an institute
        }
        if (suffix == 1 && "會会".indexOf(t.charAt(end - 1)) >= 0 && MODAL_BEFORE.indexOf(t.charAt(end - 2)) >= 0) {
            return null;
        }
        // "陳大文會說": the modal 會 after a person is not an organisation.
        if (suffix == 1 && (name.endsWith("會") || name.endsWith("会")) && names.person(t, end - 1, j) != null
                && end - 1 - j <= 4) {
            return null;
        }
        return new Mention(j, end, Mention.Kind.ORGANIZATION, name, null, null, true);
    }

    /** Whether a verb of urging ends at {@code j}, making no word with the character after it (促政府, not 促進會). */
    private boolean urged(String t, int j, int lo) {
        return lex.urging.matchEndingAt(t, j, lo) > 0 && j < t.length()
                && !lex.names.commonWords.containsKey(t.substring(j - 1, j + 1));
    }

    /**
     * A well-known organisation of the lexicon's list ({@code 天文台}, {@code 港鐵}, {@code 聯合國}) ending at
     * {@code end}, with a clear left edge: the clause's start after openers and time words, a character that is no
     * Han, or a country ({@code 美國五角大樓}). Null if none.
     */
    Mention knownEndingAt(String t, int end, int lo) {
        int k = lex.knownOrganisations.matchEndingAt(t, end, lo);
        if (k < 2) {
            return null;
        }
        int s = end - k;
        boolean clear = pastOpeners(t, lo, s) == s || !Chars.isHan(t.charAt(s - 1)) || lex.countryEnds.contains(t.charAt(s - 1));
        return clear ? new Mention(s, end, Mention.Kind.ORGANIZATION, t.substring(s, end), null, null, true) : null;
    }

    /**
     * Where a name may start from {@code j} on, before {@code limit}: past up to four clause openers, time words and
     * dates ({@code 此外}, {@code 昨日}, {@code 3日}) that open its clause.
     */
    private int pastOpeners(String t, int j, int limit) {
        for (int guard = 0; guard < 4 && j < limit; guard++) {
            int k = lex.openers.matchAt(t, j, limit);
            if (k == 0) {
                k = lex.between.matchAt(t, j, limit);
            }
            if (k == 0) {
                int d = j;
                while (d < limit && Chars.isDigit(t.charAt(d))) {
                    d++;
                }
                if (d > j && d < limit && "日月年號号".indexOf(t.charAt(d)) >= 0) {
                    k = d + 1 - j;
                }
            }
            if (k == 0) {
                break;
            }
            j += k;
        }
        return j;
    }

    /**
     * {@code 某某學會（ABC）總會}: a head noun right after the bracketed abbreviation of an organisation names a part
     * of it (its head office); the organisation before the bracket speaks. Null if the head noun follows no such
     * bracket.
     */
    private Mention partAfterBracket(String t, int head, int end, int lo) {
        if (head - 1 <= lo || !Chars.isCloseBracket(t.charAt(head - 1))) {
            return null;
        }
        int open = head - 2;
        while (open > lo && head - open <= 12 && !Chars.isOpenBracket(t.charAt(open))) {
            open--;
        }
        if (!Chars.isOpenBracket(t.charAt(open)) || open - 1 <= lo) {
            return null;
        }
        Mention org = endingAt(t, open, lo, false);
        return org == null ? null : new Mention(org.start(), end, Mention.Kind.ORGANIZATION, org.name(), null, null, true);
    }

    /** Adds the organisations named by head noun in {@code t} to {@code into}. */
    void namesIn(String t, java.util.Collection<String> into) {
        for (int e = 3; e <= t.length(); e++) {
            if (lex.orgSuffixes.matchEndingAt(t, e, Math.max(0, e - 4)) == 0) {
                continue;
            }
            int lo = e;
            while (lo > 0 && e - lo < MAX_NAME && !Chars.isClauseBreak(t.charAt(lo - 1))) {
                lo--;
            }
            Mention m = endingAt(t, e, lo);
            if (m != null) {
                into.add(m.name());
            }
        }
    }

    /**
     * Whether the first part of a name read across a conjunction at {@code conj}, from {@code j}, is a field of two to
     * four characters ({@code 創新}, {@code 人力资源}), alone or after the name of the body it belongs to or a place
     * ({@code 香港特區政府商務}).
     */
    private boolean shortFirstPart(String t, int j, int conj) {
        for (int k = conj - 2; k >= j && conj - k <= 4; k--) {
            if (k == j || lex.orgSuffixes.matchEndingAt(t, k, j) > 0 || lex.placeEnds.contains(t.charAt(k - 1))
                    || lex.countryEnds.contains(t.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text ending at {@code end} (right before a conjunction) may be the first part of one organisation's
     * name: not a complete organisation of its own ({@code 警務處及消防處}: two bodies), nor a person's name.
     */
    private boolean joinsParts(String t, int end, int lo) {
        if (end - 2 < lo || !Chars.isHan(t.charAt(end - 1))) {
            return false;
        }
        if (lex.orgSuffixes.matchEndingAt(t, end, lo) > 0 || lex.knownOrganisations.matchEndingAt(t, end, lo) > 1) {
            return false;
        }
        Mention p = names.person(t, end, lo);
        return p == null || !p.strong();
    }

    /**
     * A party word after the place it belongs to ({@code 某國白宮}, {@code 某市警方}): the party word, which the place
     * only qualifies. Null if none.
     */
    Mention wordAfterPlace(String t, int end, int lo) {
        int k = lex.orgWords.matchEndingAt(t, end, lo);
        if (k < 2 || end - k - 1 < lo || !lex.countryEnds.contains(t.charAt(end - k - 1))
                && !lex.placeEnds.contains(t.charAt(end - k - 1))) {
            return null;
        }
        return new Mention(end - k, end, Mention.Kind.ORGANIZATION, t.substring(end - k, end), null, null, true);
    }

    /**
     * A short organisation name of two or three characters at the head of its clause ({@code 高檢}, {@code 城大},
     * {@code 最高檢}): it ends in one of the lexicon's short-name endings, is not a common word or a name, and opens
     * the clause (at {@code lo} or after an opener), neither opening with a pronoun nor holding a negation ({@code 他無法}).
     * Null if none.
     */
    Mention shortFormEndingAt(String t, int end, int lo) {
        if (end - 2 < lo || !lex.shortOrgEnds.contains(t.charAt(end - 1)) || lex.notBodies.matchEndingAt(t, end, lo) > 0
                || end < t.length() && (lex.orgSuffixes.matchAt(t, end - 1, Math.min(t.length(), end + 3)) > 1
                || lex.titles.matchAt(t, end - 1, Math.min(t.length(), end + 3)) > 1)) {
            return null; // 某某協會, 伍大狀: a short form does not end inside an organisation's head or a title
        }
        for (int len = 3; len >= 2; len--) {
            int s = end - len;
            if (s < lo || !(s == lo || lex.openers.matchEndingAt(t, s, lo) > 0) || s > lo && lex.names.commonWordPairs.contains(t, s - 1)) {
                continue; // 100周年大會: 周 opens clauses, but here it starts the word 周年
            }
            String name = t.substring(s, end);
            boolean han = true;
            for (int i = 0; i < name.length(); i++) {
                han &= Chars.isHan(name.charAt(i));
            }
            if (han && !lex.notNames.contains(name) && !lex.names.commonWords.containsKey(name)
                    && lex.pronouns.matchAt(t, s, end) == 0 && !Chars.hasAny(name, NEGATIONS)
                    && !lex.orgSuffixes.contains(name)
                    && lex.openers.matchAt(t, s, end) == 0 && lex.between.matchAt(t, s, end) == 0
                    && lex.urging.matchAt(t, s, end) == 0 && lex.openers.matchEndingAt(t, s + 1, lo) < 2) { // 促政府, 雖然政府
                return new Mention(s, end, Mention.Kind.ORGANIZATION, name, null, null, true);
            }
        }
        return null;
    }

    /**
     * An organisation named with the word for its side ({@code 某大校方}, {@code 某院院方}): the organisation, read up to
     * the side word; a side word alone ({@code 署方}) as an anaphor, which the book resolves. Null if none.
     */
    Mention sideFormEndingAt(String t, int end, int lo) {
        int k = lex.sides.matchEndingAt(t, end, lo);
        if (k == 0) {
            return null;
        }
        Mention org = shortFormEndingAt(t, end - k, lo);
        if (org == null) {
            org = endingAt(t, end - k, lo);
        }
        if (org == null || !org.strong()) {
            return k >= 2 && names.goodLeft(t, end - k, lo)
                    ? new Mention(end - k, end, Mention.Kind.ANAPHOR, t.substring(end - k, end), null, null, true) : null;
        }
        return new Mention(org.start(), end, Mention.Kind.ORGANIZATION, org.name(), null, null, true);
    }

    /**
     * Organisation abbreviations a text defines in brackets after the full name ({@code 河畔工程學院（河工）}),
     * added to {@code into} as abbreviation → full name; Latin ones ({@code 某某協會（ABC）}) go to {@code latin}.
     */
    void abbreviationsIn(String t, Map<String, String> into, Map<String, String> latin) {
        QuoteSpans none = QuoteSpans.NONE;
        for (int i = Chars.indexOfOpenBracket(t, 0); i >= 0; i = Chars.indexOfOpenBracket(t, i + 1)) {
            if (!addLatinAbbreviation(t, i, latin, none)) {
                addAbbreviation(t, i, into, none);
            }
        }
    }

    private void addAbbreviation(String t, int open, Map<String, String> into, QuoteSpans none) {
        int close = open + 1;
        while (close < t.length() && close - open <= 5 && Chars.isHan(t.charAt(close))) {
            close++;
        }
        if (close >= t.length() || !Chars.isCloseBracket(t.charAt(close)) || close - open - 1 < 2) {
            return;
        }
        Mention full = names.endingAt(t, open, 0, none);
        if (full != null && full.kind() == Mention.Kind.ORGANIZATION && full.name().length() > close - open - 1) {
            into.putIfAbsent(t.substring(open + 1, close), full.name());
        }
    }

    /**
     * {@code 某某學會（ABC）} or {@code 某某協會（Institute of X，ABC）}: capital letters closing the bracket, alone or
     * after a comma that follows the name in English, abbreviate the organisation before the bracket. Whether the
     * bracket held such an abbreviation.
     */
    private boolean addLatinAbbreviation(String t, int open, Map<String, String> into, QuoteSpans none) {
        int close = open + 1;
        while (close < t.length() && close - open <= 80 && !Chars.isCloseBracket(t.charAt(close))
                && !Chars.isOpenBracket(t.charAt(close))) {
            close++;
        }
        if (close >= t.length() || !Chars.isCloseBracket(t.charAt(close))) {
            return false;
        }
        int s = close;
        while (s > open + 1 && t.charAt(s - 1) >= 'A' && t.charAt(s - 1) <= 'Z') {
            s--;
        }
        int caps = close - s;
        if (caps < 2 || caps > 8 || s > open + 1 && ",，、;；".indexOf(t.charAt(s - 1)) < 0) {
            return false;
        }
        Mention full = names.endingAt(t, open, 0, none);
        if (full != null && full.kind() == Mention.Kind.ORGANIZATION) {
            into.putIfAbsent(t.substring(s, close), full.name());
            return true;
        }
        return false;
    }

    /**
     * Whether a name opens with a count or an ordinal, numerals or digits and a classifier ({@code 兩個公會},
     * {@code 3間大學}, {@code 第二批名單會}), or
     * follows one ({@code 三人|專責小組}).
     */
    private boolean counted(String t, int j, int end) {
        if (j >= 2 && lex.classifiers.contains(t.charAt(j - 1))
                && (lex.numerals.contains(t.charAt(j - 2)) || Chars.isDigit(t.charAt(j - 2)))) {
            return true;
        }
        int i = j < end && t.charAt(j) == '第' ? j + 1 : j; // 第二批名單: an ordinal counts too
        while (i < end && (lex.numerals.contains(t.charAt(i)) || Chars.isDigit(t.charAt(i)))) {
            i++;
        }
        return i > j && i < end && lex.classifiers.contains(t.charAt(i));
    }
}
