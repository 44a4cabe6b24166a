package org.pizhu.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Find in document: the query, its hits in the shown text (matching across Traditional and Simplified forms), and
 * stepping through them with next and previous.
 */
public final class FindViewModel {
    private final ReaderViewModel reader;
    private final BlockTextConverter converter;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);
    private final ReadOnlyObjectWrapper<List<FindHit>> hits = new ReadOnlyObjectWrapper<>(this, "hits", List.of());
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);

    /** Find over the texts {@code reader} shows, folding characters with {@code converter}. */
    public FindViewModel(ReaderViewModel reader, BlockTextConverter converter) {
        this.reader = reader;
        this.converter = converter;
        query.addListener((o, a, b) -> search(true));
        reader.updateProperty().addListener((o, a, b) -> search(false));
    }

    /** Moves to the next hit (wrapping) and reveals it. */
    public void next() {
        step(1);
    }

    /** Moves to the previous hit (wrapping) and reveals it. */
    public void previous() {
        step(-1);
    }

    private void step(int delta) {
        List<FindHit> all = hits.get();
        if (all.isEmpty()) {
            return;
        }
        int i = current.get() < 0 ? (delta > 0 ? 0 : all.size() - 1) : Math.floorMod(current.get() + delta, all.size());
        current.set(i);
        FindHit h = all.get(i);
        reader.reveal(h.block(), h.start(), h.end());
    }

    private void search(boolean revealFirst) {
        String q = fold(query.get() == null ? "" : query.get().strip());
        List<FindHit> found = new ArrayList<>();
        if (!q.isEmpty()) {
            for (int b = 0; b < reader.blockCount(); b++) {
                String text = fold(reader.shownText(b));
                for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
                    found.add(new FindHit(b, at, at + q.length()));
                }
            }
        }
        int keep = current.get();
        hits.set(List.copyOf(found));
        if (revealFirst) {
            current.set(-1);
            int first = reader.firstVisibleProperty().get();
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).block() >= first) {
                    current.set(i - 1);
                    break;
                }
            }
            if (!found.isEmpty()) {
                next();
            }
        } else {
            current.set(Math.min(keep, found.size() - 1));
        }
    }

    private String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(converter.fold(chars[i]));
        }
        return new String(chars);
    }

    /** "3 / 12", "No matches", or empty when there is no query. */
    public String countText(String noMatches) {
        if (query.get() == null || query.get().isBlank()) {
            return "";
        }
        if (hits.get().isEmpty()) {
            return noMatches;
        }
        return (current.get() + 1) + " / " + hits.get().size();
    }

    /** What to look for. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Whether the find bar is open. */
    public BooleanProperty openProperty() {
        return open;
    }

    /** All hits in reading order. */
    public ReadOnlyObjectProperty<List<FindHit>> hitsProperty() {
        return hits.getReadOnlyProperty();
    }

    /** Index of the current hit in {@link #hitsProperty()}, or -1. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }
}
