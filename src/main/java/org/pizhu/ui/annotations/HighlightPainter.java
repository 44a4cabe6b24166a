package org.pizhu.ui.annotations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Point2D;
import javafx.stage.Popup;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.TwoDimensional.Position;
import org.pizhu.annotate.Annotation;
import org.pizhu.ui.reader.ReaderViewModel;
import org.pizhu.ui.reader.Repaint;
import org.pizhu.ui.reader.TextUpdate;

/**
 * Draws the annotation layer's marks into the reader's text as style spans ({@code .hl-yellow}, {@code .ul-blue},
 * {@code .note-only}, {@code .has-note}), again after every repaint request and after the reader replaces text (a
 * script switch), and shows an annotation's tags and note when the mouse rests on it.
 */
public final class HighlightPainter {
    private final StyleClassedTextArea area;
    private final ReaderViewModel reader;
    private final AnnotationLayerViewModel layer;
    private final Set<Integer> painted = new HashSet<>();
    private final Popup popup = new Popup();
    private final javafx.scene.text.TextFlow popupText = new javafx.scene.text.TextFlow();
    private boolean visiblePending;
    private boolean painting;
    /** The style class of the annotation chosen in the panel, outlined so its colour stays visible. */
    static final String OUTLINE = "mark-outlined";
    /** Blocks painted beyond the visible ones. */
    private static final int MARGIN = 30;

    /** Paints {@code layer}'s marks into {@code area}, which shows {@code reader}'s text. */
    public HighlightPainter(StyleClassedTextArea area, ReaderViewModel reader, AnnotationLayerViewModel layer) {
        this.area = area;
        this.reader = reader;
        this.layer = layer;
        reader.updateProperty().addListener((o, a, u) -> textReplaced(u));
        layer.repaintProperty().addListener((o, a, r) -> repaint(r));
        popupText.getStyleClass().add("annotation-popup");
        popupText.setId("annotation-popup");
        popupText.setMaxWidth(360);
        popupText.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        popup.getContent().add(popupText);
        popup.setAutoHide(true);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> hover(e.getCharacterIndex(),
                e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
        area.estimatedScrollYProperty().addListener((o, a, b) -> paintVisibleLater());
        area.getParagraphs().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            if (painting) {
                return;
            }
            while (c.next()) {
                if (c.wasAdded() && c.wasRemoved() && c.getAddedSize() == c.getRemovedSize()) {
                    for (int i = c.getFrom(); i < c.getTo(); i++) {
                        painted.remove(i);
                    }
                } else {
                    painted.removeIf(i -> i >= c.getFrom());
                }
            }
            paintVisibleLater();
        });
        area.getVisibleParagraphs().addListener((javafx.collections.ListChangeListener<Object>) c -> paintVisibleLater());
    }

    /** Paints, after the current layout, the marked blocks that came into view unpainted. */
    private void paintVisibleLater() {
        if (!visiblePending) {
            visiblePending = true;
            javafx.application.Platform.runLater(() -> {
                visiblePending = false;
                int[] range = window();
                Set<Integer> todo = new TreeSet<>();
                for (int b : layer.markedBlocks()) {
                    if (b >= range[0] && b <= range[1] && !painted.contains(b)) {
                        todo.add(b);
                    }
                }
                paint(todo);
            });
        }
    }

    /** The blocks on screen with a margin: only these are painted at once, the rest when scrolled to. */
    private int[] window() {
        try {
            if (area.getVisibleParagraphs().isEmpty()) {
                return new int[] {0, MARGIN * 2};
            }
            return new int[] {area.firstVisibleParToAllParIndex() - MARGIN, area.lastVisibleParToAllParIndex() + MARGIN};
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            return new int[] {0, MARGIN * 2};
        }
    }

    private void textReplaced(TextUpdate u) {
        if (u != null && u.wholeDocument()) {
            painted.clear();
        }
        paintVisibleLater();
    }

    private void repaint(Repaint r) {
        if (r == null) {
            return;
        }
        Set<Integer> blocks = new TreeSet<>(r.all() ? layer.markedBlocks() : r.blocks());
        if (r.all()) {
            blocks.addAll(painted);
        }
        paint(blocks);
    }

    private void paint(Collection<Integer> blocks) {
        int paragraphs = area.getParagraphs().size();
        int[] range = window();
        painting = true;
        try {
            for (int b : blocks) {
                if (b < 0 || b >= paragraphs || b >= reader.blockCount()) {
                    continue;
                }
                boolean inView = b >= range[0] && b <= range[1];
                List<Mark> marks = inView ? layer.shownMarks(b) : List.of();
                if (marks.isEmpty()) {
                    if (painted.remove(b)) {
                        area.setStyleSpans(b, 0, merged(b, List.of()));
                    }
                    continue;
                }
                area.setStyleSpans(b, 0, merged(b, marks));
                painted.add(b);
            }
        } finally {
            painting = false;
        }
    }

    /** The paragraph's current styles without earlier marks (other layers, e.g. quotations, kept), plus {@code marks}. */
    private StyleSpans<Collection<String>> merged(int block, List<Mark> marks) {
        int length = area.getParagraphLength(block);
        StyleSpans<Collection<String>> others = area.getParagraph(block).getStyleSpans()
                .mapStyles(HighlightPainter::withoutMarks);
        if (marks.isEmpty() || length == 0) {
            return others;
        }
        return others.overlay(spans(marks, length, layer.outlinedProperty().get()), (a, b) -> {
            if (b.isEmpty()) {
                return a;
            }
            if (a.isEmpty()) {
                return b;
            }
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        });
    }

    private static Collection<String> withoutMarks(Collection<String> style) {
        if (style.isEmpty()) {
            return style;
        }
        List<String> kept = new ArrayList<>(style.size());
        for (String c : style) {
            if (!c.startsWith("hl-") && !c.startsWith("ul-") && !c.equals("note-only") && !c.equals("has-note")
                    && !c.equals(OUTLINE)) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** Style spans over a paragraph of {@code length} characters, overlapping marks combining their classes. */
    static StyleSpans<Collection<String>> spans(List<Mark> marks, int length) {
        return spans(marks, length, 0);
    }

    /** As above, the marks of annotation {@code outlined} also drawn with an outline. */
    static StyleSpans<Collection<String>> spans(List<Mark> marks, int length, long outlined) {
        if (length <= 0) {
            return StyleSpans.singleton(List.of(), 0);
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        for (Mark m : marks) {
            cuts.add(Math.max(0, Math.min(length, m.start())));
            cuts.add(Math.max(0, Math.min(length, m.end())));
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            List<String> classes = new ArrayList<>(2);
            for (Mark m : marks) {
                if (m.start() <= from && m.end() >= to) {
                    for (String c : m.styleClasses()) {
                        if (!classes.contains(c)) {
                            classes.add(c);
                        }
                    }
                    if (outlined != 0 && m.annotationId() == outlined && !classes.contains(OUTLINE)) {
                        classes.add(OUTLINE);
                    }
                }
            }
            b.add(classes, to - from);
            from = to;
        }
        return b.create();
    }

    void hover(int index, Point2D screen) {
        Position p = area.offsetToPosition(index, Bias.Forward);
        int block = p.getMajor();
        if (block >= reader.blockCount()) {
            return;
        }
        List<javafx.scene.Node> runs = new ArrayList<>();
        for (Mark m : layer.shownMarks(block)) {
            if (m.start() <= p.getMinor() && m.end() > p.getMinor() && m.annotationId() > 0) {
                Annotation a = layer.byId(m.annotationId());
                if (a != null) {
                    runs.addAll(hoverText(a, runs.isEmpty()));
                }
            }
        }
        if (!runs.isEmpty() && area.getScene() != null) {
            popupText.getChildren().setAll(runs);
            popup.show(area, screen.getX() + 12, screen.getY() + 16);
        }
    }

    /** The tags and the note (Markdown rendered) of {@code a}; nothing when it has neither. */
    static List<javafx.scene.text.Text> hoverText(Annotation a, boolean first) {
        List<javafx.scene.text.Text> out = new ArrayList<>();
        if (a.tags().isEmpty() && a.note().isBlank()) {
            return out;
        }
        if (!first) {
            out.add(new javafx.scene.text.Text("\n\n"));
        }
        if (!a.tags().isEmpty()) {
            javafx.scene.text.Text tags = new javafx.scene.text.Text("#" + String.join("  #", a.tags())
                    + (a.note().isBlank() ? "" : "\n"));
            tags.getStyleClass().addAll("note-text", "note-tags");
            out.add(tags);
        }
        out.addAll(NoteText.runs(a.note()));
        return out;
    }

    /** The hover pop-up's text (for tests). */
    public javafx.scene.text.TextFlow popupText() {
        return popupText;
    }

    /** Blocks whose paragraphs currently carry marks (for tests). */
    public Set<Integer> paintedBlocks() {
        return Set.copyOf(painted);
    }
}
