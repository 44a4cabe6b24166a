package org.pizhu.speakers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pizhu.document.Block;

/**
 * Turns what the analyzer read into its public result: the speakers who said something (a name seen only in a
 * headline lead is not listed), their titles without repeats, their quotations in reading order, and the speaker
 * of each block.
 */
final class AnalysisResult {
    private AnalysisResult() {
    }

    /** The result of one document's analysis. */
    static SpeakerAnalysis of(List<Block> blocks, SpeakerBook book, SpeakerBook.Entry[] attributed,
                                          Set<String> reporters, List<Credit> credits) {
        List<Speaker> speakers = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Set<SpeakerBook.Entry> kept = new LinkedHashSet<>();
        for (SpeakerBook.Entry e : book.entries()) {
            if (!e.statements.isEmpty()) {
                kept.add(e); // a name seen only in a headline lead, never speaking below it, is not listed
            }
        }
        for (SpeakerBook.Entry e : kept) {
            List<Quote> qs = e.quotes.stream().sorted((a, b) -> a.blockIndex() != b.blockIndex()
                    ? Integer.compare(a.blockIndex(), b.blockIndex()) : Integer.compare(a.start(), b.start())).toList();
            speakers.add(new Speaker(e.name, e.kind, cleanTitles(e), List.copyOf(e.aliases),
                    List.copyOf(e.statements), qs));
            quotes.addAll(qs);
        }
        quotes.sort((a, b) -> a.blockIndex() != b.blockIndex()
                ? Integer.compare(a.blockIndex(), b.blockIndex()) : Integer.compare(a.start(), b.start()));
        String[] names = new String[blocks.size()];
        for (int i = 0; i < attributed.length; i++) {
            SpeakerBook.Entry e = attributed[i];
            if (e != null) {
                SpeakerBook.Entry live = book.get(e.name);
                names[i] = live != null && kept.contains(live) ? live.name : null;
            }
        }
        return new SpeakerAnalysis(speakers, Arrays.asList(names), quotes, List.copyOf(reporters), credits);
    }

    private static List<String> cleanTitles(SpeakerBook.Entry e) {
        List<String> out = new ArrayList<>();
        for (String t : e.titles) {
            if (t.equals(e.name) || e.aliases.contains(t) && e.kind == SpeakerKind.PERSON) {
                continue;
            }
            boolean inLonger = false;
            for (String o : e.titles) {
                if (!o.equals(t) && o.contains(t)) {
                    inLonger = true;
                    break;
                }
            }
            if (!inLonger) {
                out.add(t);
            }
        }
        return out;
    }
}
