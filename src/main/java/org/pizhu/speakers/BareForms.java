package org.pizhu.speakers;

/** Bare forms that stand for a person named before: a title alone ({@code 法官認為}) and a surname alone ({@code 李指}). */
final class BareForms {
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private BareForms() {
    }

    /**
     * A bare title heading its clause, alone or after a determiner ({@code 法官認為}, {@code 該官員表示}): it stands
     * for the person named with it before. Null if none.
     */
    static Mention titleOnly(String t, int end, int lo) {
        int k = LEX.titles.matchEndingAt(t, end, lo);
        int s = end - k;
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
        if (s > lo && Chars.isHan(t.charAt(s - 1)) && LEX.openers.matchEndingAt(t, s, lo) == 0) {
            return null;
        }
        String surname = t.substring(s, end);
        return new Mention(s, end, Mention.Kind.SURNAME, surname, surname, null, true);
    }
}
