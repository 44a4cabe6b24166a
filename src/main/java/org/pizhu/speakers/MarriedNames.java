package org.pizhu.speakers;

/**
 * Reads Hong Kong married names (her surname, her husband's, a two-character given name: {@code 林鄭月娥}) where a
 * sentence's subject is looked for, so that they are not cut to a three-character name ({@code 林鄭月}).
 */
final class MarriedNames {
    /** Count in names.tsv from which a surname is common enough to be the husband's in a married name. */
    static final int COMMON_SURNAME = 400;
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private MarriedNames() {
    }

    /**
     * A Hong Kong married name starting at {@code j} and ending before {@code to} ({@code 林鄭月娥}): a common surname
     * as the husband's, a plausible given name, and no word starting at its last character (鄒幸彤現時); or null.
     */
    static Mention at(String t, int j, int to, NameReader names) {
        Mention m = j + 4 <= to ? names.person(t, j + 4, j) : null;
        return m != null && m.start() == j && m.strong() && m.surname() != null && m.surname().length() == 2
                && LEX.names.surnameCount(t.charAt(j + 1)) >= COMMON_SURNAME && GivenNames.plausible(t, j + 2, j + 4)
                && !wordAt(t, j + 3) ? m : null;
    }

    /** Whether a two-character word starts at {@code i} (鄒幸彤現時: 現 opens a word, so ends no married name). */
    private static boolean wordAt(String t, int i) {
        return i + 2 <= t.length() && (LEX.between.matchAt(t, i, t.length()) > 1 || LEX.verbs.matchAt(t, i, t.length()) > 1
                || LEX.notNames.matchAt(t, i, t.length()) > 1 || LEX.names.commonWordPairs.contains(t, i)
                || LEX.names.commonVerbPairs.contains(t, i) || LEX.nameVerbs.matchAt(t, i, t.length()) > 1
                || LEX.openers.matchAt(t, i, t.length()) > 1 || LEX.copulas.matchAt(t, i, t.length()) > 1);
    }
}
