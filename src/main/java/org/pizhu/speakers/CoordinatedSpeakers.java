package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.List;

/**
 * Speakers named together before one verb ({@code 警方及保安局發聲明指}, {@code 甲會、乙會和丙會表示}, two bare surnames
 * {@code 何及陳質疑}): the rules read the
 * name next to the verb; the names joined to it by a conjunction speak too, when the first of them opens its clause.
 */
final class CoordinatedSpeakers {
    /** Names looked for before the first one, at most. */
    private static final int MAX_JOINED = 4;

    private CoordinatedSpeakers() {
    }

    /** The people and bodies joined by a conjunction before {@code m}, nearest first; empty if none. */
    static List<Mention> before(String t, Mention m, NameReader names, QuoteSpans quotes) {
        if (m.kind() != Mention.Kind.PERSON && m.kind() != Mention.Kind.ORGANIZATION && m.kind() != Mention.Kind.SURNAME) {
            return List.of();
        }
        Lexicon lex = Lexicon.INSTANCE;
        List<Mention> joined = new ArrayList<>();
        int s = m.start();
        for (int n = 0; n < MAX_JOINED; n++) {
            int k = lex.coordinators.matchEndingAt(t, s, Math.max(0, s - 2));
            Mention other = k == 0 ? null : names.endingAt(t, s - k, 0, quotes);
            if (other == null || !other.strong() || other.kind() != Mention.Kind.PERSON
                    && other.kind() != Mention.Kind.ORGANIZATION && !(other.kind() == m.kind() && m.kind() == Mention.Kind.SURNAME)) {
                break;
            }
            joined.add(other);
            s = other.start();
        }
        boolean heads = s == 0 || !Chars.isHan(t.charAt(s - 1)) || lex.openers.matchEndingAt(t, s, Math.max(0, s - 4)) > 0
                || lex.between.matchEndingAt(t, s, Math.max(0, s - 6)) > 0;
        return heads ? joined : List.of(); // 效忠特區政府和《基本法》: names after a verb are its objects
    }
}
