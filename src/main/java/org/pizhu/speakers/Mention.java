package org.pizhu.speakers;

/**
 * A stretch of text naming (or pointing at) a possible speaker.
 *
 * @param start   offset of the first character in the block text
 * @param end     offset just past the last character
 * @param kind    what sort of mention it is
 * @param name    the name as written (for pronouns and anaphors, the pronoun)
 * @param surname the surname, for persons and surname forms; else null
 * @param title   a title written right after the name or surname (陳主席, 陳大文主席), else null
 * @param strong  whether the name has a clear left boundary (start of clause, title, organisation)
 */
record Mention(int start, int end, Kind kind, String name, String surname, String title, boolean strong) {

    /**
     * Kinds of mention. {@code HEAD} is a body's head noun alone that may also name a body of its own ({@code 政府宣布}):
     * the last body named with that ending, else itself.
     */
    enum Kind { PERSON, ORGANIZATION, PRONOUN, ANAPHOR, HEAD, SURNAME_TITLE, SURNAME, TITLE }

    /** The text as written, e.g. {@code 陳主席}. */
    String written() {
        return title == null ? name : (kind == Kind.SURNAME_TITLE || kind == Kind.TITLE ? name : name + title);
    }
}
