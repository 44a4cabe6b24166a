package org.pizhu.speakers;

import java.util.List;
import java.util.stream.IntStream;
import org.pizhu.document.Block;

/**
 * What each paragraph and caption says on its own, read before the blocks are attributed in order: its quotations,
 * its speech cues and the bylines inside it. These readings depend on the block's text and the document-wide name
 * sets only, not on the story around the block, so a long document reads them on all cores; the attribution that
 * follows stays sequential.
 */
final class BlockReadings {
    /** Below this many blocks the readings are made on the calling thread: a news article gains nothing from forking. */
    private static final int PARALLEL_FROM = 256;

    private final QuoteSpans[] quotes;
    private final Object[] cues;
    private final Bylines.Found[] bylines;

    private BlockReadings(int n) {
        quotes = new QuoteSpans[n];
        cues = new Object[n];
        bylines = new Bylines.Found[n];
    }

    /** Reads every paragraph and caption of {@code blocks} with the document's abbreviations and names. */
    static BlockReadings of(List<Block> blocks, CueFinder finder, Bylines readers, WordSet abbreviations, WordSet people) {
        BlockReadings r = new BlockReadings(blocks.size());
        IntStream indexes = IntStream.range(0, blocks.size());
        (blocks.size() >= PARALLEL_FROM ? indexes.parallel() : indexes).forEach(i -> {
            Block b = blocks.get(i);
            if (b.kind().isRunningText()) {
                String t = b.text();
                QuoteSpans q = QuoteSpans.of(t);
                r.quotes[i] = q;
                r.cues[i] = finder.inRunningText(t, q, abbreviations, people);
                r.bylines[i] = readers.inRunningText(t, i == blocks.size() - 1);
            }
        });
        return r;
    }

    /** The quotations of running-text block {@code i}. */
    QuoteSpans quotes(int i) {
        return quotes[i];
    }

    /** The speech cues of running-text block {@code i}, in text order. */
    @SuppressWarnings("unchecked")
    List<Cue> cues(int i) {
        return (List<Cue>) cues[i];
    }

    /** The bylines and credits inside running-text block {@code i}. */
    Bylines.Found bylines(int i) {
        return bylines[i];
    }
}
