package org.pizhu.speakers;

import java.util.List;
import org.pizhu.document.Block;

/**
 * Names the reader cut short: a person read with a two-character name (謝發, from 謝發能感慨地說, where 能 reads as
 * "can") whose two characters the document always writes with the same third one, at least twice and at least once
 * before punctuation, 的 or a speech verb (謝發能（56歲）, 謝發能說), is the three-character name. One pass over the
 * text for all such people.
 */
final class CutNames {
    /** How often the document must write the longer name. */
    private static final int MIN_TIMES = 2;

    private final Lexicon lex = Lexicon.INSTANCE;
    private final NameReader names;

    CutNames(NameReader names) {
        this.names = names;
    }

    /** Folds each person of the book whose name the document always writes longer into that name. */
    void complete(List<Block> blocks, SpeakerBook book) {
        List<SpeakerBook.Entry> short2 = book.entries().stream()
                .filter(e -> e.kind == SpeakerKind.PERSON && e.aliasSurname == null && e.name.length() == 2
                        && names.surnameAt(e.name, 0, 2) == 1 && Chars.isHan(e.name.charAt(1)))
                .toList();
        if (short2.isEmpty()) {
            return;
        }
        PairFollowers followers = new PairFollowers(short2.size());
        short2.forEach(e -> followers.add(e.name.charAt(0), e.name.charAt(1)));
        for (Block b : blocks) {
            followers.read(b.text(), this::wordEnds);
        }
        for (SpeakerBook.Entry e : short2) {
            char third = followers.closedFollower(e.name.charAt(0), e.name.charAt(1), MIN_TIMES);
            if (third != 0 && Chars.isHan(third) && !lex.cutNameEnds.contains(third)) {
                book.completeName(e, e.name + third);
            }
        }
    }

    private boolean wordEnds(String t, int at) {
        return at >= t.length() || !Chars.isHan(t.charAt(at)) || t.charAt(at) == '的' || lex.verbs.matchAt(t, at, t.length()) > 0;
    }
}
