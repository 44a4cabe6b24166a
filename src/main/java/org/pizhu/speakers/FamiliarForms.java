package org.pizhu.speakers;

/**
 * What a familiar form of a name is made of: a surname with a courtesy or kinship word ({@code 陳婆婆}, {@code 陳伯})
 * or a prefix with a surname ({@code 老陳}, {@code 小李}), so that the speaker book folds such forms into the right
 * person and keeps two of them apart.
 */
final class FamiliarForms {
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private FamiliarForms() {
    }

    /** Whether {@code name} is the mention's surname with another courtesy or kinship word (陳婆婆 for 陳伯). */
    static boolean other(String name, Mention m) {
        return !name.equals(m.written()) && surnameOnly(name, m.surname());
    }

    /** Whether {@code name} is the surname and a courtesy or kinship word (陳婆婆, 陳伯), no given name. */
    static boolean surnameOnly(String name, String surname) {
        String rest = name.startsWith(surname) ? name.substring(surname.length()) : "";
        return LEX.courtesy.contains(rest) || LEX.kinship.contains(rest);
    }

    /** Whether a short form is its surname and a kinship word (陳伯). */
    static boolean kinship(String name, String surname) {
        return LEX.kinship.contains(name.substring(surname.length()));
    }

    /**
     * The surname of a familiar form made of a prefix and a surname ({@code 老陳}, {@code 小李}), which stands for the
     * person with that surname named before; null for any other name.
     */
    static String surnameOf(String name) {
        return name.length() == 2 && LEX.nicknames.contains(name.charAt(0)) && LEX.surnames.contains(name.charAt(1))
                ? name.substring(1) : null;
    }
}
