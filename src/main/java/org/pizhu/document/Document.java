package org.pizhu.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reflowed document: the untouched source text and the typed blocks read from it, in reading order.
 *
 * @param sourceName file name (or other label) the text came from
 * @param source     the original text, exactly as decoded
 * @param blocks     the blocks, indexed from 0 in order
 */
public record Document(String sourceName, String source, List<Block> blocks) {
    public Document {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(source, "source");
        blocks = List.copyOf(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).index() != i) {
                throw new IllegalArgumentException("block " + i + " has index " + blocks.get(i).index());
            }
        }
    }

    /** The first heading's text, the usual title of an article. */
    public Optional<String> title() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.HEADING).map(Block::text).findFirst();
    }

    /**
     * Whether a source range {@code [start, end)} passes over block {@code i} rather than marking it: the block is set
     * inside the previous block's range (a caption printed among a paragraph's lines follows that paragraph) and the
     * range starts before it and ends after it, in the paragraph around it.
     */
    public boolean passesOver(int i, int start, int end) {
        if (i <= 0 || i >= blocks.size()) {
            return false;
        }
        Block b = blocks.get(i);
        Block before = blocks.get(i - 1);
        boolean inside = b.sourceStart() >= before.sourceStart() && b.sourceEnd() <= before.sourceEnd();
        return inside && start < b.sourceStart() && end > b.sourceEnd();
    }

    /** Total characters of reflowed text. */
    public long textLength() {
        long n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }
}
