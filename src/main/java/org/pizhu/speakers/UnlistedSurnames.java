package org.pizhu.speakers;

/**
 * Names whose surname the table lacks (a rare one: 省委书记信长星), read only right after a title of two characters or
 * more, where Chinese news writes a name: the surname and two characters that look like a given name by the counts of
 * {@code names.tsv}, with no character kept out of names and no common word, title or time word, before a verb, a
 * time word or punctuation.
 */
final class UnlistedSurnames {
    /** Shortest title that marks what follows as a name. */
    private static final int MIN_TITLE = 2;
    /** Length of the names read: surname and two given characters (two characters in all read too often as a verb). */
    private static final int LENGTH = 3;

    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;

    UnlistedSurnames(NameReader names) {
        this.names = names;
    }

    /** A name with an unlisted surname ending at {@code end}, right after a title, or null. */
    Mention endingAt(String t, int end, int lo) {
        int s = end - LENGTH;
        if (s - MIN_TITLE < lo || !Chars.isHan(t.charAt(s)) || names.isSurname(t.charAt(s))
                || lex.titles.matchEndingAt(t, s, Math.max(lo, s - 8)) < MIN_TITLE || !readsAsName(t, s, end)) {
            return null;
        }
        return new Mention(s, end, Mention.Kind.PERSON, t.substring(s, end), t.substring(s, s + 1), null, true);
    }

    private boolean readsAsName(String t, int s, int end) {
        for (int k = s; k < end; k++) {
            if (!Chars.isHan(t.charAt(k)) || lex.notNameChars.contains(t.charAt(k))) {
                return false;
            }
        }
        return GivenNames.plausible(t, s + 1, end, true) && !GivenNames.wordLike(t, s + 1, end)
                && !lex.names.commonWordPairs.contains(t, s) && !lex.names.commonWordPairs.contains(t, s + 1)
                && !lex.notNames.contains(t, s, s + 2) && !lex.notNames.contains(t, s + 1, end)
                && lex.titles.matchAt(t, s, end) == 0 && lex.titles.matchAt(t, s + 1, end) == 0
                && lex.between.matchAt(t, s, end) == 0 && lex.between.matchAt(t, s + 1, end) == 0
                && lex.orgSuffixes.matchAt(t, s, end) == 0 && lex.roleEnds.matchAt(t, end - 1, end) == 0
                && (end >= t.length() || !Chars.isHan(t.charAt(end)) || lex.verbs.matchAt(t, end, t.length()) > 0
                || lex.between.matchAt(t, end, t.length()) > 0);
    }
}
