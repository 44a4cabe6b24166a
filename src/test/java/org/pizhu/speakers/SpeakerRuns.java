package org.pizhu.speakers;

import java.util.List;

/** The speaker rule tests' shorthand: analyse made-up blocks, list the speakers' names. */
final class SpeakerRuns {
    private static final SpeakerAnalyzer ANALYZER = new SpeakerAnalyzer();

    private SpeakerRuns() {
    }

    /** The analysis of a document of these blocks (kinds guessed as {@link GoldDocuments#of(String...)} does). */
    static SpeakerAnalysis run(String... blocks) {
        return ANALYZER.analyze(GoldDocuments.of(blocks));
    }

    /** The speakers' names, in the analysis's order. */
    static List<String> names(SpeakerAnalysis analysis) {
        return analysis.speakers().stream().map(Speaker::name).toList();
    }
}
