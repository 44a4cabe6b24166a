package org.pizhu.corpus;

import org.pizhu.document.Document;
import org.pizhu.importing.ImportException;
import org.pizhu.importing.Importer;
import org.pizhu.reflow.Reflower;
import org.pizhu.speakers.SpeakerAnalyzer;

/** Reads a corpus text as {@code analyze --json} does (import, reflow, speakers), in memory. */
public final class Readings {
    private static final Importer IMPORTER = new Importer();
    private static final Reflower REFLOWER = new Reflower();
    private static final SpeakerAnalyzer SPEAKERS = new SpeakerAnalyzer();

    private Readings() {
    }

    /** The document: imported from the file when there is one (as the CLI does), else reflowed from the text. */
    public static Document document(CorpusText t) {
        if (t.file() == null) {
            return REFLOWER.reflow(t.id(), t.text());
        }
        try {
            return IMPORTER.importFile(t.file()).document();
        } catch (ImportException e) {
            throw new IllegalStateException("cannot import " + t.file(), e);
        }
    }

    /** The whole reading: blocks and speakers. */
    public static Analysis analysis(CorpusText t) {
        Document d = document(t);
        return Analysis.of(d, SPEAKERS.analyze(d));
    }

    /** Scores the whole reading of {@code t} against its gold. */
    public static AnalysisScorer.Scores score(CorpusText t) {
        return AnalysisScorer.score(t.gold(), analysis(t), t.text());
    }
}
