package org.pizhu.ui.outline;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.pizhu.document.Block;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;
import org.pizhu.ui.reader.ReaderViewModel;

/**
 * The outline of the open document: its title, its headings and, under each heading (a story on a newspaper page),
 * the bylines that follow it; in the script the reader shows. Choosing an entry jumps there; the entry holding the
 * reading position is followed as the reader scrolls.
 */
public final class OutlineViewModel {
    /** Longest entry text, in characters. */
    static final int MAX_TEXT = 60;

    private final ReaderViewModel reader;
    private final ObservableList<OutlineEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);

    /** The outline of what {@code reader} shows. */
    public OutlineViewModel(ReaderViewModel reader) {
        this.reader = reader;
        reader.updateProperty().addListener((o, a, u) -> rebuild());
        reader.firstVisibleProperty().addListener((o, a, b) -> follow());
        rebuild();
    }

    private void rebuild() {
        Document doc = reader.documentProperty().get();
        List<OutlineEntry> out = new ArrayList<>();
        if (doc != null) {
            boolean titled = false;
            for (Block b : doc.blocks()) {
                if (b.index() >= reader.blockCount()) {
                    break;
                }
                if (b.kind() == BlockKind.HEADING) {
                    out.add(new OutlineEntry(b.index(), titled ? 1 : 0, text(b.index()), false));
                    titled = true;
                } else if (b.kind() == BlockKind.BYLINE && !out.isEmpty()) {
                    out.add(new OutlineEntry(b.index(), out.get(out.size() - 1).level() + 1, text(b.index()), true));
                }
            }
        }
        if (!out.equals(entries)) {
            entries.setAll(out);
        }
        follow();
    }

    private String text(int block) {
        String t = reader.shownText(block).strip().replaceAll("\\s+", " ");
        return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT - 1) + "\u2026";
    }

    /** Marks the last entry at or above the first block on screen. */
    private void follow() {
        int top = reader.firstVisibleProperty().get();
        int at = -1;
        for (int i = 0; i < entries.size() && entries.get(i).block() <= top; i++) {
            at = i;
        }
        current.set(at);
    }

    /** Shows {@code entry}'s block at the top of the reader (a jump: Alt+Left returns). */
    public void jump(OutlineEntry entry) {
        if (entry != null) {
            reader.reveal(entry.block(), 0, 0);
        }
    }

    /** The entries in reading order. */
    public ObservableList<OutlineEntry> entries() {
        return entries;
    }

    /** Index in {@link #entries()} of the entry holding the reading position, or -1 above the first. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /**
     * One entry.
     *
     * @param block  the block it stands for
     * @param level  0 for the title, 1 for a heading, 2 for a byline under a heading
     * @param text   the block's text as shown (cut short)
     * @param byline whether it is a byline
     */
    public record OutlineEntry(int block, int level, String text, boolean byline) {
    }
}
