package org.pizhu.ui.speakers;

import java.util.ArrayList;
import java.util.List;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;
import org.pizhu.speakers.Quote;
import org.pizhu.speakers.Speaker;
import org.pizhu.speakers.SpeakerAnalysis;
import org.pizhu.speakers.SpeakerAnalyzer;
import org.pizhu.speakers.SpeakerKind;
import org.pizhu.ui.reader.QuoteSpan;

/** The sidebar's speakers from the speaker engine: speakers with titles, statements and quotes, then reporters. */
public final class AnalyzerSpeakerSource implements SpeakerSource {
    private final SpeakerAnalyzer analyzer = new SpeakerAnalyzer();

    @Override
    public List<SpeakerSummary> speakers(Document document) {
        SpeakerAnalysis analysis = analyzer.analyze(document);
        List<SpeakerSummary> out = new ArrayList<>();
        for (Speaker s : analysis.speakers()) {
            List<QuoteSpan> quotes = new ArrayList<>();
            for (Quote q : s.quotes()) {
                quotes.add(new QuoteSpan(q.blockIndex(), q.start(), q.end()));
            }
            out.add(new SpeakerSummary(s.name(), s.kind() == SpeakerKind.ORGANIZATION, s.titles(), s.statements(),
                    false, quotes));
        }
        for (String reporter : analysis.reporters()) {
            List<Integer> bylines = new ArrayList<>();
            for (Block b : document.blocks()) {
                if (b.kind() == BlockKind.BYLINE && b.text().contains(reporter)) {
                    bylines.add(b.index());
                }
            }
            if (bylines.isEmpty()) {
                document.blocks().stream().filter(b -> b.text().contains(reporter)).findFirst()
                        .ifPresent(b -> bylines.add(b.index()));
            }
            out.add(new SpeakerSummary(reporter, false, List.of(), bylines, true, List.of()));
        }
        return out;
    }
}
