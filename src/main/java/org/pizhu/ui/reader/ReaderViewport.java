package org.pizhu.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.TwoDimensional.Position;

/**
 * Where the reader area is scrolled: reveals a block, a line or a selection on request, and reports the visible
 * blocks and the offset of the first visible line to the view model (for position memory and the status bar).
 */
final class ReaderViewport {
    private final StyleClassedTextArea area;
    private final ReaderViewModel vm;
    private final Runnable flushPending;

    /** {@code flushPending} loads every block still queued, so a reveal beyond the loaded ones can land. */
    ReaderViewport(StyleClassedTextArea area, ReaderViewModel vm, Runnable flushPending) {
        this.area = area;
        this.vm = vm;
        this.flushPending = flushPending;
    }

    void reveal(Reveal r) {
        if (r != null && r.block() >= area.getParagraphs().size()) {
            flushPending.run();
        }
        if (r == null || r.block() >= area.getParagraphs().size()) {
            return;
        }
        if (r.end() > r.start()) {
            area.selectRange(r.block(), r.start(), r.block(), r.end());
            area.requestFollowCaret();
            area.showParagraphInViewport(r.block());
        } else {
            area.moveTo(r.block(), r.start());
            area.showParagraphAtTop(r.block());
            if (r.start() > 0) {
                area.layout();
                lineAtTop(r.block(), r.start());
            }
        }
        area.layout();
        reportVisible();
    }

    /** Scrolls so that the line holding {@code offset} of {@code block} (already at the top) is the first one. */
    private void lineAtTop(int block, int offset) {
        int at = area.getAbsolutePosition(block, Math.min(offset, area.getParagraphLength(block)));
        java.util.Optional<javafx.geometry.Bounds> line = area.getCharacterBoundsOnScreen(at,
                Math.min(area.getLength(), at + 1));
        javafx.geometry.Bounds box = area.localToScreen(area.getBoundsInLocal());
        if (line.isPresent() && box != null) {
            area.scrollYBy(line.get().getMinY() - box.getMinY());
        }
    }

    /** The offset in block {@code first} of the first character on screen: the start of its first visible line. */
    private int topOffset(int first) {
        Insets pad = area.getPadding();
        try {
            org.fxmisc.richtext.CharacterHit hit = area.hit((pad == null ? 0 : pad.getLeft()) + 1, 2);
            Position p = area.offsetToPosition(hit.getInsertionIndex(), Bias.Forward);
            return p.getMajor() == first ? p.getMinor() : 0;
        } catch (java.util.NoSuchElementException | IllegalStateException | IndexOutOfBoundsException e) {
            // The flow is between layouts; the block's start is the best answer until the next one.
            return 0;
        }
    }

    void reportVisible() {
        if (area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        try {
            int first = area.firstVisibleParToAllParIndex();
            vm.firstVisibleProperty().set(first);
            vm.lastVisibleProperty().set(area.lastVisibleParToAllParIndex());
            vm.topOffsetProperty().set(topOffset(first));
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            // The flow has no cells laid out yet; the next layout reports again.
            return;
        }
    }

    /** Indexes of the blocks currently on screen. */
    List<Integer> visibleBlocks() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < area.getVisibleParagraphs().size(); i++) {
            out.add(area.visibleParToAllParIndex(i));
        }
        return out;
    }
}
