package org.pizhu.speakers;

/**
 * Reads a name set off by marks right before a speech verb: in brackets ({@code 消費者委員會(消委會)},
 * {@code 陳大文（某大學教授）}) or in quotation marks ({@code 「河畔職工聯會」}). Used by {@link CueFinder}.
 */
final class MarkedNames {
    /** Longest quoted name read without a body's head noun ({@code 「拾平台」}, {@code 「小河餐室」}). */
    private static final int MAX_BARE_QUOTED = 4;

    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;

    MarkedNames(NameReader names) {
        this.names = names;
    }

    /**
     * A short name in quotation marks right before the verb ({@code 另一工會「河畔職工聯會」亦表示},
     * {@code 「小河餐室」在Facebook表示}): 2–12 characters of Han or Latin text with no punctuation, after a clause edge or
     * a noun that introduces it (粉專「…」); without such a noun, over {@value #MAX_BARE_QUOTED} characters only with a
     * body's head noun. Read as an organisation. Null if none.
     */
    Mention quotedName(String t, int e) {
        int open = e - 2;
        while (open >= 0 && e - open <= 14 && !Chars.isOpenQuote(t.charAt(open))) {
            char c = t.charAt(open);
            if (!(Chars.isHan(c) || Chars.isLatin(c) || Chars.isDigit(c))) {
                return null;
            }
            open--;
        }
        if (open < 0 || !Chars.isOpenQuote(t.charAt(open)) || e - open - 2 < 2) {
            return null;
        }
        String name = t.substring(open + 1, e - 1);
        boolean introduced = open > 0 && (lex.orgSuffixes.matchEndingAt(t, open, 0) > 0 || t.charAt(open - 1) == '商' // 分判商「某某」
                || lex.titles.matchEndingAt(t, open, 0) > 0 || lex.channels.matchEndingAt(t, open, Math.max(0, open - 4)) > 0);
        boolean edge = introduced || open == 0 || !Chars.isHan(t.charAt(open - 1))
                || lex.openers.matchEndingAt(t, open, Math.max(0, open - 4)) > 0;
        if (!edge || lex.verbs.matchAt(name, 0, name.length()) > 0 || lex.notNameChars.contains(name.charAt(0))) {
            return null; // 「有消息」指: a phrase opening with a function word is a quoted term, not a name
        }
        int n = name.length();
        if (!introduced && n > MAX_BARE_QUOTED && Chars.isHan(name.charAt(n - 1)) && lex.orgSuffixes.matchEndingAt(name, n, 0) == 0
                && lex.orgWords.matchEndingAt(name, n, 0) == 0 && lex.knownOrganisations.matchEndingAt(name, n, 0) == 0) {
            return null; // 「主要調查結果」指, 「國產疫苗炒股」質疑: a longer quoted phrase names a body only by its head
        }
        return new Mention(open + 1, e - 1, Mention.Kind.ORGANIZATION, name, null, null, true);
    }

    /**
     * A publication in title marks before the voice it speaks in ({@code 《河畔日報》社論}, {@code 《某報》微博}) ending at
     * {@code e}: the publication, named without its marks, speaks. A publication that only reports ({@code 《某報》報道}) does not.
     * Null if none.
     */
    Mention outletVoice(String t, int e) {
        int v = lex.outletVoices.matchEndingAt(t, e, Math.max(0, e - 6));
        int close = e - v - 1;
        if (v == 0 || close < 2 || t.charAt(close) != '》') {
            return null;
        }
        int open = close - 1;
        while (open >= 0 && close - open <= 14 && t.charAt(open) != '《') {
            if (!(Chars.isHan(t.charAt(open)) || Chars.isLatin(t.charAt(open)))) {
                return null;
            }
            open--;
        }
        if (open < 0 || t.charAt(open) != '《' || close - open < 3) {
            return null;
        }
        return new Mention(open, e, Mention.Kind.ORGANIZATION, t.substring(open + 1, close), null, null, true);
    }

    /**
     * A publication or body the organisation list knows, in title marks right before the verb ({@code 《財新》稱},
     * {@code 《某報》早前報道指}): the name inside the marks speaks (the mention spans the marks, so 向《某報》表示 reads as an
     * addressee). Null if none.
     */
    Mention titledBody(String t, int e) {
        if (e < 4 || t.charAt(e - 1) != '》') {
            return null;
        }
        int open = t.lastIndexOf('《', e - 2);
        if (open < 0 || e - open - 2 < 2 || e - open > 16
                || lex.knownOrganisations.matchEndingAt(t, e - 1, open + 1) != e - open - 2) {
            return null;
        }
        return new Mention(open, e, Mention.Kind.ORGANIZATION, t.substring(open + 1, e - 1), null, null, true);
    }

    /** {@code 消費者委員會(消委會)} → the abbreviation; {@code 陳大文（某大學教授）} → the name before the bracket. */
    Mention bracketed(String t, int e, QuoteSpans quotes) {
        int open = -1;
        for (int i = e - 2; i >= 0 && e - i <= 30; i--) {
            if (Chars.isOpenBracket(t.charAt(i))) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return null;
        }
        Mention inner = names.endingAt(t, e - 1, open + 1, quotes);
        Mention outer = names.endingAt(t, open, 0, quotes);
        boolean innerLatin = inner != null && Chars.isLatin(inner.name().charAt(0));
        if (innerLatin && outer == null && inner.start() == open + 1) {
            outer = names.transliteratedBefore(t, open, 0); // 布肯南（Paul Buchanan）: the name the text goes on using
        }
        if (inner != null && inner.start() == open + 1 && !(innerLatin && outer != null) && BracketAsides.dated(t, e) == 0 // （左二）
                && (inner.kind() == Mention.Kind.ORGANIZATION || inner.kind() == Mention.Kind.PERSON)) {
            return inner;
        }
        return outer;
    }
}
