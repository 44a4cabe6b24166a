package org.pizhu.ui.annotations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pizhu.annotate.Annotation;
import org.pizhu.document.Block;
import org.pizhu.document.Document;

/** The marks of a document's annotations by block, in offsets of each block's own text. Not thread-safe. */
final class MarkIndex {
    private final Map<Integer, List<Mark>> byBlock = new HashMap<>();

    /** Adds the marks of {@code a} (not an orphan) in {@code doc}; returns the blocks it touches. */
    Set<Integer> add(Document doc, Annotation a) {
        Set<Integer> touched = new HashSet<>();
        List<Block> blocks = doc.blocks();
        int start = a.anchor().start();
        int end = a.anchor().end();
        for (int b = Math.max(0, a.anchor().block()); b < blocks.size() && blocks.get(b).sourceStart() < end; b++) {
            Block block = blocks.get(b);
            if (doc.passesOver(b, start, end)) {
                continue;
            }
            int s = block.sourceMap().textOffset(Math.max(start, block.sourceStart()));
            int e = block.sourceMap().textOffset(end);
            if (e > s) {
                add(b, new Mark(s, e, a.kind(), a.color(), !a.note().isBlank(), a.id()));
                touched.add(b);
            }
        }
        return touched;
    }

    /** Adds one mark to {@code block}. */
    void add(int block, Mark mark) {
        byBlock.computeIfAbsent(block, k -> new ArrayList<>()).add(mark);
    }

    /** Removes the marks of annotation {@code id}; returns the blocks that had some. */
    Set<Integer> remove(long id) {
        Set<Integer> touched = new HashSet<>();
        byBlock.forEach((b, list) -> {
            if (list.removeIf(m -> m.annotationId() == id)) {
                touched.add(b);
            }
        });
        byBlock.values().removeIf(List::isEmpty);
        return touched;
    }

    /** The blocks holding marks of annotation {@code id}. */
    Set<Integer> blocksOf(long id) {
        Set<Integer> out = new HashSet<>();
        byBlock.forEach((b, list) -> {
            if (id != 0 && list.stream().anyMatch(m -> m.annotationId() == id)) {
                out.add(b);
            }
        });
        return out;
    }

    /** Removes every mark except those still being saved (negative ids). */
    void clearSaved() {
        byBlock.values().forEach(list -> list.removeIf(m -> m.annotationId() >= 0));
        byBlock.values().removeIf(List::isEmpty);
    }

    /** The marks of {@code block}, or null. */
    List<Mark> get(int block) {
        return byBlock.get(block);
    }

    /** Blocks that have marks. */
    Set<Integer> blocks() {
        return Set.copyOf(byBlock.keySet());
    }
}
