package org.pizhu.ui.annotations;

import java.util.ArrayList;
import java.util.List;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.ui.reader.BlockTextConverter;
import org.pizhu.ui.reader.ReaderViewModel;
import org.pizhu.ui.reader.ScriptChoice;

/**
 * Maps between the text as the reader shows it (any script, block by block) and the original text the annotations
 * are anchored to, through the script layer's offset maps.
 */
final class ShownRanges {
    private final ReaderViewModel reader;
    private final BlockTextConverter converter;

    ShownRanges(ReaderViewModel reader, BlockTextConverter converter) {
        this.reader = reader;
        this.converter = converter;
    }

    /** Where a selection lies in the original text, or null if it holds no text. */
    SourceRange sourceRange(Document doc, Selection sel) {
        List<Block> blocks = doc.blocks();
        int start = toOriginal(doc, sel.fromBlock(), sel.fromCol(), reader.shownText(sel.fromBlock()).length())[0];
        int end = toOriginal(doc, sel.toBlock(), 0, sel.toCol())[1];
        if (sel.fromBlock() == sel.toBlock() && start >= end) {
            return null;
        }
        int sourceStart = blocks.get(sel.fromBlock()).sourceMap().sourceOffset(start);
        int sourceEnd = end == 0 ? blocks.get(sel.toBlock()).sourceStart()
                : blocks.get(sel.toBlock()).sourceMap().sourceOffset(end - 1) + 1;
        if (sourceEnd <= sourceStart
                || blocks.subList(sel.fromBlock(), sel.toBlock() + 1).stream().allMatch(b -> b.text().isBlank())) {
            return null;
        }
        return new SourceRange(sourceStart, sourceEnd, start, end);
    }

    /**
     * A selection from (block, column) to (block, column) in the shown text, trimmed of an empty start or end block;
     * null when nothing is selected.
     */
    Selection selection(int fromBlock, int fromCol, int toBlock, int toCol) {
        if (fromBlock < toBlock && fromCol >= reader.shownText(fromBlock).length()) {
            fromBlock++;
            fromCol = 0;
        }
        if (toBlock > fromBlock && toCol == 0) {
            toBlock--;
            toCol = reader.shownText(toBlock).length();
        }
        if (fromBlock > toBlock || (fromBlock == toBlock && fromCol >= toCol)) {
            return null;
        }
        return new Selection(fromBlock, fromCol, toBlock, toCol);
    }

    private int[] toOriginal(Document doc, int block, int start, int end) {
        return converter.toOriginalRange(doc, block, scriptOf(block), Math.min(start, end), end);
    }

    /** The script block {@code block} is currently shown in (blocks far from the view may lag behind a switch). */
    ScriptChoice scriptOf(int block) {
        Document doc = reader.documentProperty().get();
        String shown = reader.shownText(block);
        if (doc == null || shown.equals(doc.blocks().get(block).text())) {
            return ScriptChoice.ORIGINAL;
        }
        ScriptChoice wanted = reader.shownScriptProperty().get();
        if (converter.convert(doc, block, wanted).equals(shown)) {
            return wanted;
        }
        for (ScriptChoice c : ScriptChoice.values()) {
            if (c != wanted && converter.convert(doc, block, c).equals(shown)) {
                return c;
            }
        }
        return ScriptChoice.ORIGINAL;
    }

    /** {@code own} marks of {@code block} (original offsets) in the offsets of its text as shown now. */
    List<Mark> shown(int block, List<Mark> own) {
        Document doc = reader.documentProperty().get();
        if (own == null || own.isEmpty() || doc == null) {
            return List.of();
        }
        ScriptChoice script = scriptOf(block);
        if (script == ScriptChoice.ORIGINAL) {
            return List.copyOf(own);
        }
        List<Mark> out = new ArrayList<>(own.size());
        for (Mark m : own) {
            int[] r = converter.toShownRange(doc, block, script, m.start(), m.end());
            if (r[1] > r[0]) {
                out.add(new Mark(r[0], r[1], m.kind(), m.color(), m.hasNote(), m.annotationId()));
            }
        }
        return out;
    }

    /** The shown range {@code [start, end)} in {@code block} of the source range {@code [sourceStart, sourceEnd)}. */
    int[] shownRange(Document doc, int block, int sourceStart, int sourceEnd) {
        Block b = doc.blocks().get(block);
        int s = b.sourceMap().textOffset(sourceStart);
        int e = Math.min(b.text().length(), b.sourceMap().textOffset(sourceEnd));
        return converter.toShownRange(doc, block, scriptOf(block), s, Math.max(s, e));
    }

    /**
     * A selection in the original text: source offsets {@code [sourceStart, sourceEnd)}, and the offset in its first
     * block's text where it starts and in its last block's text where it ends.
     */
    record SourceRange(int sourceStart, int sourceEnd, int textStart, int textEnd) {
    }

    /** A selection in the shown text, from (block, column) to (block, column). */
    record Selection(int fromBlock, int fromCol, int toBlock, int toCol) {
    }
}
