package org.pizhu.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.application.Platform;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Marks every find hit in and near the visible text with {@link #HIT}, the current one also with {@link #CURRENT}
 * (colours distinct from the selection and the highlight colours, in {@code pizhu.css}); other style classes of the
 * text (quotations, highlights) are kept.
 */
public final class FindPainter {
    /** Style class of every hit. */
    public static final String HIT = "find-hit";
    /** Style class of the current hit. */
    public static final String CURRENT = "find-current";
    /** Blocks painted beyond the visible ones. */
    private static final int MARGIN = 20;

    private final StyleClassedTextArea area;
    private final FindViewModel find;
    private final Set<Integer> painted = new HashSet<>();
    private boolean pending;
    private boolean painting;

    /** Paints {@code find}'s hits into {@code area}. */
    public FindPainter(StyleClassedTextArea area, FindViewModel find, ReaderViewModel reader) {
        this.area = area;
        this.find = find;
        find.hitsProperty().addListener((o, a, b) -> repaintLater());
        find.currentProperty().addListener((o, a, b) -> repaintLater());
        find.openProperty().addListener((o, a, b) -> repaintLater());
        reader.updateProperty().addListener((o, a, u) -> {
            if (u != null && u.wholeDocument()) {
                painted.clear();
            }
            repaintLater();
        });
        area.getParagraphs().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (!painting) {
                repaintLater();
            }
        });
        area.getVisibleParagraphs().addListener((javafx.collections.ListChangeListener<Object>) c -> repaintLater());
    }

    private void repaintLater() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                repaint();
            });
        }
    }

    /** Paints the hits of the blocks around the view and clears blocks painted before that have none now. */
    private void repaint() {
        int paragraphs = area.getParagraphs().size();
        int from;
        int to;
        try {
            from = area.getVisibleParagraphs().isEmpty() ? 0 : area.firstVisibleParToAllParIndex() - MARGIN;
            to = area.getVisibleParagraphs().isEmpty() ? 2 * MARGIN : area.lastVisibleParToAllParIndex() + MARGIN;
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            from = 0;
            to = 2 * MARGIN;
        }
        Map<Integer, List<int[]>> byBlock = new TreeMap<>();
        List<FindHit> hits = find.openProperty().get() ? find.hitsProperty().get() : List.of();
        int current = find.currentProperty().get();
        for (int i = 0; i < hits.size(); i++) {
            FindHit h = hits.get(i);
            if (h.block() >= from && h.block() <= to && h.block() < paragraphs) {
                byBlock.computeIfAbsent(h.block(), k -> new ArrayList<>())
                        .add(new int[] {h.start(), h.end(), i == current ? 1 : 0});
            }
        }
        Set<Integer> todo = new HashSet<>(painted);
        todo.addAll(byBlock.keySet());
        painting = true;
        try {
            for (int b : todo) {
                if (b >= paragraphs) {
                    painted.remove(b);
                    continue;
                }
                List<int[]> marks = byBlock.getOrDefault(b, List.of());
                StyleSpans<Collection<String>> spans = spans(b, marks);
                if (!spans.equals(area.getParagraph(b).getStyleSpans())) {
                    area.setStyleSpans(b, 0, spans);
                }
                if (marks.isEmpty()) {
                    painted.remove(b);
                } else {
                    painted.add(b);
                }
            }
        } finally {
            painting = false;
        }
    }

    /** The paragraph's styles without earlier find marks, with {@code marks} ({start, end, current}) added. */
    private StyleSpans<Collection<String>> spans(int block, List<int[]> marks) {
        int length = area.getParagraphLength(block);
        StyleSpans<Collection<String>> others = area.getParagraph(block).getStyleSpans()
                .mapStyles(FindPainter::withoutFind);
        if (marks.isEmpty() || length == 0) {
            return others;
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int at = 0;
        for (int[] m : marks) {
            int start = Math.max(at, Math.min(length, m[0]));
            int end = Math.max(start, Math.min(length, m[1]));
            b.add(List.of(), start - at);
            b.add(m[2] == 1 ? List.of(HIT, CURRENT) : List.of(HIT), end - start);
            at = end;
        }
        b.add(List.of(), length - at);
        return others.overlay(b.create(), (x, y) -> {
            if (y.isEmpty()) {
                return x;
            }
            List<String> both = new ArrayList<>(x);
            both.addAll(y);
            return both;
        });
    }

    private static Collection<String> withoutFind(Collection<String> style) {
        if (!style.contains(HIT)) {
            return style;
        }
        List<String> kept = new ArrayList<>(style);
        kept.remove(HIT);
        kept.remove(CURRENT);
        return kept;
    }

    /** Blocks whose text carries find marks now (for tests). */
    public Set<Integer> paintedBlocks() {
        return Set.copyOf(painted);
    }
}
