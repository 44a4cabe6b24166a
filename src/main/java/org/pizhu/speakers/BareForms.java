package org.pizhu.speakers;

/**
 * Bare forms that stand for a person or body named before: a pronoun ({@code 他表示}), a title alone
 * ({@code 法官認為}), a surname alone ({@code 李指}) and a body's head noun alone ({@code 工會批評}).
 */
final class BareForms {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Characters a modifier before a bare title may have ({@code 選舉主任}, {@code 承办法官}). */
    private static final int MAX_MODIFIER = 4;

    private BareForms() {
    }

    /** A pronoun ending at {@code end} (not after a word that makes it an object, {@code 向其}); null if none. */
    static Mention pronoun(String t, int end, int lo) {
        int k = LEX.pronouns.matchEndingAt(t, end, lo);
        if (k == 0) {
            return null;
        }
        int s = end - k;
        if (s > lo && LEX.pronounBlockers.contains(t.charAt(s - 1))) {
            return null;
        }
        if (s > lo && LEX.addresseeMarkers.contains(t.charAt(s - 1))) {
            return null; // 經常向他透露: the pronoun is who is told, not who tells
        }
        return new Mention(s, end, Mention.Kind.PRONOUN, t.substring(s, end), null, null, true);
    }

    /**
     * A bare title heading its clause, alone, after a determiner or with a short modifier that opens the clause
     * ({@code 法官認為}, {@code 該官員表示}, {@code 選舉主任質疑}): it stands for the person named with it before (the
     * whole phrase, so 選舉主任 finds 某區選舉主任陳大文, not any 主任). Null if none.
     */
    static Mention titleOnly(String t, int end, int lo) {
        int k = LEX.titles.matchEndingAt(t, end, lo);
        int s = end - k;
        if (k >= 2 && s > lo && s - lo <= MAX_MODIFIER && (lo == 0 || Chars.isClauseBreak(t.charAt(lo - 1)))
                && LEX.determiners.matchEndingAt(t, s, lo) == 0) {
            s = lo; // 選舉主任認為: the whole title phrase that opens its clause
        }
        if (k < 2 || s > lo && LEX.determiners.matchEndingAt(t, s, lo) != s - lo) {
            return null;
        }
        String title = t.substring(s, end);
        return new Mention(s, end, Mention.Kind.TITLE, title, null, title, true);
    }

    /** A bare surname standing for a speaker already named ({@code 李指}), after a clause edge or an opener; or null. */
    static Mention surnameOnly(String t, int end, int lo) {
        int s = end - 1;
        if (s < lo || !LEX.surnames.contains(t.charAt(s))) {
            return null;
        }
        if (s > lo && Chars.isHan(t.charAt(s - 1)) && (LEX.openers.matchEndingAt(t, s, lo) == 0
                || LEX.between.contains(t, s, end))) {
            return null; // 早前曾向報章承認: after a time word 曾 is the adverb 'once', not a surname
        }
        String surname = t.substring(s, end);
        return new Mention(s, end, Mention.Kind.SURNAME, surname, surname, null, true);
    }

    /**
     * A body's head noun standing alone at the start of a clause ({@code 工會又批評}, {@code 但委員會表示}): it stands for
     * the last body named with that ending. An anaphor; one of the lexicon's {@code standalonebodies} before a verb of
     * telling or announcing names a body of its own when none was named ({@code 政府昨晚宣布}; not 政府建議修例); null
     * if none.
     */
    static Mention body(String t, int end, int lo) {
        int k = LEX.orgSuffixes.matchEndingAt(t, end, lo);
        int s = end - k;
        if (k < 2 || LEX.notBodies.matchEndingAt(t, end, lo) > 0) {
            return null;
        }
        int opener = LEX.openers.matchEndingAt(t, s, lo);
        int edge = s - opener;
        if (edge > 0 && !Chars.isClauseBreak(t.charAt(edge - 1))) {
            return null; // （ICMA）總會表示: the end of a body named in full
        }
        String head = t.substring(s, end);
        int v = end + LEX.between.matchAt(t, end, Math.min(t.length(), end + 4));
        boolean alone = LEX.standaloneBodies.contains(head) && (LEX.tellVerbs.matchAt(t, v, t.length()) > 0
                || LEX.announcing.matchAt(t, v, t.length()) > 0);
        return new Mention(s, end, alone ? Mention.Kind.HEAD : Mention.Kind.ANAPHOR, head, null, null, true);
    }
}
