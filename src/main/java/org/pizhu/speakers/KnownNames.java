package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.List;
import org.pizhu.document.Block;

/**
 * A second look at the paragraphs left without a speaker, for people whose names the rules read only where the
 * document introduced them ({@code 港鐵主席馬時亨表示}, after a title): a later {@code 馬時亨指} is theirs too. Only
 * names that do not read as names on their own are looked for, so the first reading is never overruled.
 */
final class KnownNames {
    private static final WordSet NONE = new WordSet(List.of());
    private KnownNames() {
    }

    /** Attributes the unattributed running-text blocks whose cue names such a person; updates their statements. */
    static void attribute(List<Block> blocks, SpeakerBook book, SpeakerBook.Entry[] attributed, NameReader names,
                          CueFinder cues) {
        List<String> hard = new ArrayList<>();
        for (SpeakerBook.Entry e : book.entries()) {
            if (e.kind == SpeakerKind.PERSON && e.name.length() >= 3 && Chars.isHan(e.name.charAt(0))) {
                Mention alone = names.person(e.name, e.name.length(), 0);
                if (alone == null || alone.start() != 0) {
                    hard.add(e.name);
                }
            }
        }
        if (hard.isEmpty()) {
            return;
        }
        WordSet known = new WordSet(hard);
        for (Block b : blocks) {
            if (attributed[b.index()] != null || !b.kind().isRunningText() || !mentionsAny(b.text(), hard)) {
                continue;
            }
            SpeakerBook.Entry e = null;
            for (Cue cue : cues.inRunningText(b.text(), QuoteSpans.of(b.text()), NONE, known)) {
                if (known.contains(cue.mention().name())) {
                    e = book.get(cue.mention().name());
                    break;
                }
            }
            if (e != null) {
                attributed[b.index()] = e;
                e.statements.add(b.index());
            }
        }
    }

    private static boolean mentionsAny(String t, List<String> names) {
        for (String n : names) {
            if (t.contains(n)) {
                return true;
            }
        }
        return false;
    }
}
