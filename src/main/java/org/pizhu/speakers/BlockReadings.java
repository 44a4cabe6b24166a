package org.pizhu.speakers;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
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

    /** One running-text block's reading. */
    record Reading(QuoteSpans quotes, List<Cue> cues, Bylines.Found bylines) {
    }

    private BlockReadings() {
    }

    /**
     * {@code read} applied to every block, in block order: on all cores for a long document ({@code read} must depend
     * on its block only).
     */
    static <T> List<T> map(List<Block> blocks, Function<Block, T> read) {
        Object[] out = new Object[blocks.size()];
        IntStream indexes = IntStream.range(0, blocks.size());
        (blocks.size() >= PARALLEL_FROM ? indexes.parallel() : indexes).forEach(i -> out[i] = read.apply(blocks.get(i)));
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(out);
        return list;
    }

    /**
     * The reading of every paragraph and caption of {@code blocks} with the document's abbreviations and names, by
     * block index (null for other blocks).
     */
    static List<Reading> of(List<Block> blocks, CueFinder finder, Bylines readers, WordSet abbreviations, WordSet people) {
        return map(blocks, b -> {
            if (!b.kind().isRunningText()) {
                return null;
            }
            String t = b.text();
            QuoteSpans q = QuoteSpans.of(t);
            return new Reading(q, finder.inRunningText(t, q, abbreviations, people),
                    readers.inRunningText(t, b.index() == blocks.size() - 1));
        });
    }
}
