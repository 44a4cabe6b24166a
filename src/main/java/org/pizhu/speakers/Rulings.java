package org.pizhu.speakers;

/**
 * A court or judge speaking through its ruling: {@code 某地院裁定指出}, {@code 郭官判刑指} (the court or judge named
 * before the ruling) and
 * {@code 裁定提及，…} (the ruling alone opens its clause and stands for the last organisation of the story, like
 * 該院). Bounded look-ups only.
 */
final class Rulings {
    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;

    Rulings(NameReader names) {
        this.names = names;
    }

    /** The cue of a speech verb at {@code verbStart} right after a ruling noun, or null. */
    Cue cue(String t, int verbStart, int verbEnd, QuoteSpans quotes) {
        int k = lex.rulings.matchEndingAt(t, verbStart, Math.max(0, verbStart - 4));
        if (k == 0) {
            return null;
        }
        int s = verbStart - k;
        Mention m = names.endingAt(t, CueGaps.betweenStart(t, s), 0, quotes); // 上訴庭早前裁決說: a time word before it
        if (m != null && m.strong() && (m.kind() == Mention.Kind.ORGANIZATION || m.kind() == Mention.Kind.PERSON
                || m.kind() == Mention.Kind.SURNAME_TITLE)) { // 某地院裁定指出, 郭官判刑指
            return new Cue(m, verbStart, verbEnd, false);
        }
        if (s == 0 || Chars.isClauseBreak(t.charAt(s - 1)) && !quotes.inside(s - 1)) {
            String ruling = t.substring(s, verbStart);
            return new Cue(new Mention(s, verbStart, Mention.Kind.ANAPHOR, ruling, null, null, true), verbStart, verbEnd,
                    false);
        }
        return null;
    }
}
