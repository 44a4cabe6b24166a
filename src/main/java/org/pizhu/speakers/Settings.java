package org.pizhu.speakers;

/**
 * Settings read as names before a speech verb: a meeting or press conference read as an organisation
 * ({@code 在聯合記者會表示}, {@code 的記者簡報會說}) or a platform read as a Latin name ({@code 在Facebook}); a setting never
 * speaks, so the subject is read before it. A meeting named in full that is itself a body's name and stands right before
 * the verb ({@code 中央经济工作会议提出}) speaks.
 */
final class Settings {
    /** Shortest name of a meeting that speaks when it stands right before the verb ({@code 中央经济工作会议}). */
    private static final int NAMED_MEETING = 6;
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private Settings() {
    }

    /**
     * Length of the setting {@code m} ending at {@code e}, with the 在/於/的 before it, or 0; {@code atVerb} when the
     * verb follows right after it.
     */
    static int before(String t, Mention m, int e, boolean atVerb) {
        boolean latinPlace = m.kind() == Mention.Kind.PERSON && Chars.isLatin(m.name().charAt(0)) && m.start() > 0
                && "在於于過过用人".indexOf(t.charAt(m.start() - 1)) >= 0; // 在Facebook, 透過WhatsApp, 個人Facebook
        int word = m.kind() == Mention.Kind.ORGANIZATION ? LEX.settings.matchEndingAt(t, e, m.start()) : 0;
        if (!latinPlace && word == 0) {
            return 0;
        }
        int s = m.start();
        if (atVerb && word > 0 && LEX.orgSuffixes.matchEndingAt(t, e, m.start()) >= word && m.name().length() >= NAMED_MEETING
                && (s == 0 || "在於于".indexOf(t.charAt(s - 1)) < 0)) {
            return 0;
        }
        if (s > 0 && "在於于的".indexOf(t.charAt(s - 1)) >= 0) {
            s--;
        }
        return e - s;
    }
}
