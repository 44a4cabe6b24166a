package org.pizhu.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.TwoDimensional.Position;
import org.fxmisc.richtext.util.UndoUtils;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.ui.MainViewModel;
import org.pizhu.ui.Pulses;
import org.pizhu.ui.settings.ReadingSettingsViewModel;

/**
 * The reader pane: the blocks of the open document in a read-only, virtualised RichTextFX area, one paragraph per
 * block, styled by block kind ({@code .heading}, {@code .paragraph}, {@code .caption}, {@code .byline},
 * {@code .credit}) and set to a centred measure.
 */
public final class ReaderView {
    /** Style class of paragraphs holding the selected speaker's statements. */
    public static final String TINT = "speaker-statement";
    /** Style class of paragraphs folded away while only a speaker's statements are shown. */
    public static final String HIDDEN = "collapse";
    /** Style class of the selected speaker's quotations. */
    public static final String QUOTE = "quote";
    private static final double MIN_SIDE = 28;
    private static final double SCROLL_BAR = 18;
    /** The fewest characters of body text a line the layout leaves the reader. */
    public static final int MIN_CHARS = 20;

    private final MainViewModel main;
    private final ReaderViewModel vm;
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final Label notice = new Label();
    private final StackPane root = new StackPane(scroll, notice);
    /** Blocks put into the area at once when a document opens; the rest follow in chunks, one per pulse. */
    public static final int FIRST_CHUNK = 300;
    static final int CHUNK = 1500;
    private final FrameQueue pending = new FrameQueue();
    private final ReaderViewport viewport;
    private String sheet;
    private int titleIndex = -1;

    /** The reader pane for {@code main}'s reader. */
    public ReaderView(MainViewModel main) {
        this.main = main;
        this.vm = main.reader();
        this.viewport = new ReaderViewport(area, vm, pending::flush);
        area.setEditable(false);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        area.getStyleClass().add("reader-area");
        area.setId("reader");
        root.getStyleClass().add("reader-pane");
        notice.getStyleClass().add("font-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(560);
        notice.textProperty().bind(main.fontNoticeProperty());
        notice.visibleProperty().bind(main.fontNoticeProperty().isNotEmpty());
        scroll.visibleProperty().bind(main.fontNoticeProperty().isEmpty());
        vm.viewReportsDisplay();
        vm.updateProperty().addListener((o, a, u) -> apply(u));
        vm.revealProperty().addListener((o, a, r) -> viewport.reveal(r));
        vm.tintedProperty().addListener((o, was, now) -> retint(was, now));
        vm.onlyTintedProperty().addListener((o, was, now) -> restyleAll());
        vm.underlinedProperty().addListener((o, was, now) -> {
            was.forEach(q -> styleQuote(q, List.of()));
            now.forEach(q -> styleQuote(q, List.of(QUOTE)));
        });
        area.estimatedScrollYProperty().addListener((o, a, b) -> viewport.reportVisible());
        area.getVisibleParagraphs().addListener((javafx.collections.ListChangeListener<Object>) c -> viewport.reportVisible());
        ReadingSettingsViewModel s = main.settings();
        s.fontSizeProperty().addListener((o, a, b) -> restyle());
        s.lineSpacingProperty().addListener((o, a, b) -> restyle());
        s.measureProperty().addListener((o, a, b) -> layoutMeasure());
        s.fontFamilyProperty().addListener((o, a, b) -> restyle());
        main.shownTextScriptProperty().addListener((o, a, b) -> showScript(b));
        showScript(main.shownTextScriptProperty().get());
        area.widthProperty().addListener((o, a, b) -> layoutMeasure());
        restyle();
    }

    /** The node to place in the window. */
    public Node node() {
        return root;
    }

    /** The text area, for focus and tests. */
    public StyleClassedTextArea area() {
        return area;
    }

    private void restyle() {
        ReadingSettingsViewModel s = main.settings();
        Map<TextScript, String> body = new EnumMap<>(TextScript.class);
        Map<TextScript, String> heading = new EnumMap<>(TextScript.class);
        for (TextScript script : TextScript.values()) {
            body.put(script, main.bodyFamily(script));
            heading.put(script, main.headingFamily(script));
        }
        String css = ReaderStyleSheet.css(body, heading, s.fontSizeProperty().get(), s.lineSpacingProperty().get());
        if (sheet != null) {
            area.getStylesheets().remove(sheet);
        }
        sheet = ReaderStyleSheet.dataUrl(css);
        area.getStylesheets().add(sheet);
        layoutMeasure();
    }

    /** Selects the fonts for text in {@code script} by pseudo-class, which restyles only the text. */
    private void showScript(TextScript script) {
        for (TextScript t : TextScript.values()) {
            area.pseudoClassStateChanged(PseudoClass.getPseudoClass(ReaderStyleSheet.pseudoClass(t)), t == script);
        }
    }

    private void layoutMeasure() {
        ReadingSettingsViewModel s = main.settings();
        double textWidth = s.measureProperty().get() * s.fontSizeProperty().get();
        double side = Math.max(MIN_SIDE, (area.getWidth() - textWidth) / 2);
        Insets now = area.getPadding();
        if (now == null || Math.abs(now.getLeft() - side) > 0.5) {
            area.setPadding(new Insets(0, side, 0, side));
        }
    }

    /**
     * The narrowest the pane may get: {@link #MIN_CHARS} characters of body text a line, the side margins and the
     * scroll bar.
     */
    public double minimumWidth() {
        return MIN_CHARS * main.settings().fontSizeProperty().get() + 2 * MIN_SIDE + SCROLL_BAR;
    }

    private void apply(TextUpdate u) {
        Document doc = vm.documentProperty().get();
        if (u == null || doc == null) {
            return;
        }
        if (u.wholeDocument()) {
            pending.clear();
            titleIndex = doc.blocks().stream().filter(b -> b.kind() == org.pizhu.document.BlockKind.HEADING)
                    .mapToInt(Block::index).findFirst().orElse(-1);
            int first = Math.min(u.texts().size(), FIRST_CHUNK);
            area.replace(0, area.getLength(), build(doc, 0, u.texts().subList(0, first)));
            for (int from = first; from < u.texts().size(); from += CHUNK) {
                int f = from;
                int t = Math.min(u.texts().size(), from + CHUNK);
                pending.add(() -> append(doc, f, t));
            }
            area.moveTo(0);
            area.showParagraphAtTop(0);
            viewport.reportVisible();
            reportDisplayed(doc);
            return;
        }
        if (pending.isEmpty() && u.texts().size() <= CHUNK) {
            replace(doc, u.from(), u.texts());
            return;
        }
        for (int from = 0; from < u.texts().size(); from += CHUNK) {
            List<String> part = u.texts().subList(from, Math.min(u.texts().size(), from + CHUNK));
            int f = u.from() + from;
            pending.add(() -> replace(doc, f, part));
        }
    }

    /** Tells the reader {@code doc} is on screen after the next layout (at once when the pane has no scene yet). */
    private void reportDisplayed(Document doc) {
        javafx.scene.Scene scene = area.getScene();
        if (scene == null) {
            vm.displayed(doc);
            return;
        }
        Pulses.afterLayoutWhen(scene, () -> true, () -> vm.displayed(doc));
    }

    /** Appends blocks {@code from .. to - 1} of {@code doc} in their current texts. */
    private void append(Document doc, int from, int to) {
        if (doc != vm.documentProperty().get() || area.getParagraphs().size() != from) {
            return;
        }
        List<String> texts = new ArrayList<>(to - from + 1);
        texts.add("");
        for (int i = from; i < to; i++) {
            texts.add(vm.shownText(i));
        }
        int end = area.getLength();
        area.replace(end, end, build(doc, from - 1, texts, true));
    }

    /** Replaces the texts of blocks {@code from ..} with {@code texts}, keeping position and selection. */
    private void replace(Document doc, int from, List<String> texts) {
        if (doc != vm.documentProperty().get() || from + texts.size() > area.getParagraphs().size()) {
            return;
        }
        int top = area.firstVisibleParToAllParIndex();
        IndexRange sel = area.getSelection();
        Position selStart = area.offsetToPosition(sel.getStart(), Bias.Forward);
        Position selEnd = area.offsetToPosition(sel.getEnd(), Bias.Forward);
        int last = from + texts.size() - 1;
        int start = area.getAbsolutePosition(from, 0);
        int end = area.getAbsolutePosition(last, area.getParagraphLength(last));
        area.replace(start, end, build(doc, from, texts));
        if (sel.getLength() > 0) {
            area.selectRange(clampPar(selStart), clampCol(selStart), clampPar(selEnd), clampCol(selEnd));
        } else {
            area.moveTo(clampPar(selStart), clampCol(selStart));
        }
        if (area.firstVisibleParToAllParIndex() != top) {
            area.showParagraphAtTop(top);
        }
    }

    private int clampPar(Position p) {
        return Math.min(p.getMajor(), area.getParagraphs().size() - 1);
    }

    private int clampCol(Position p) {
        return Math.min(p.getMinor(), area.getParagraphLength(clampPar(p)));
    }

    private ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> build(Document doc, int from,
                                                                                          List<String> texts) {
        return build(doc, from, texts, false);
    }

    /**
     * A RichTextFX document of blocks {@code from ..} with the given texts; with {@code joinFirst} the first text is
     * the empty tail joined to the paragraph before (used when appending).
     */
    private ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> build(Document doc, int from,
            List<String> texts, boolean joinFirst) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> b =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of(), texts.size());
        Set<Integer> tinted = vm.tintedProperty().get();
        for (int i = 0; i < texts.size(); i++) {
            Block block = doc.blocks().get(from + i);
            b.addParagraph(texts.get(i), quoteSpans(from + i, texts.get(i).length()), joinFirst && i == 0
                    ? area.getParagraph(area.getParagraphs().size() - 1).getParagraphStyle()
                    : styleOf(block, tinted.contains(from + i)));
        }
        if (texts.isEmpty()) {
            b.addParagraph("", List.of(), List.of());
        }
        return b.build();
    }

    /** Text styles of a paragraph: the quotations of the selected speaker underlined. */
    private StyleSpans<Collection<String>> quoteSpans(int block, int length) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (QuoteSpan q : vm.underlinedProperty().get()) {
            if (q.block() == block && q.start() >= at && q.start() < length) {
                int end = Math.min(q.end(), length);
                spans.add(List.of(), q.start() - at);
                spans.add(List.of(QUOTE), end - q.start());
                at = end;
            }
        }
        spans.add(List.of(), length - at);
        return spans.create();
    }

    private void styleQuote(QuoteSpan q, List<String> style) {
        if (q.block() < area.getParagraphs().size()) {
            int length = area.getParagraphLength(q.block());
            int start = Math.min(q.start(), length);
            int end = Math.min(q.end(), length);
            if (end > start) {
                area.setStyle(q.block(), start, end, style);
            }
        }
    }

    /** Style classes of a block's paragraph: its kind, {@code title} for the document's first heading, the tint. */
    private List<String> styleOf(Block block, boolean tinted) {
        List<String> classes = new ArrayList<>(3);
        classes.add(block.kind().id());
        if (block.index() == titleIndex) {
            classes.add("title");
        }
        if (tinted) {
            classes.add(TINT);
        } else if (vm.onlyTintedProperty().get()) {
            classes.add(HIDDEN);
        }
        return classes;
    }

    private void retint(Set<Integer> was, Set<Integer> now) {
        Document doc = vm.documentProperty().get();
        if (doc == null) {
            return;
        }
        if (vm.onlyTintedProperty().get()) {
            restyleAll();
            return;
        }
        int loaded = Math.min(area.getParagraphs().size(), doc.blocks().size());
        Set<Integer> changed = new HashSet<>(was);
        changed.addAll(now);
        for (int i : changed) {
            if (i >= 0 && i < loaded) {
                restyle(doc, i, now);
            }
        }
    }

    /** Re-applies every loaded paragraph's style classes (when showing only statements is switched). */
    private void restyleAll() {
        Document doc = vm.documentProperty().get();
        if (doc == null) {
            return;
        }
        int loaded = Math.min(area.getParagraphs().size(), doc.blocks().size());
        for (int i = 0; i < loaded; i++) {
            restyle(doc, i, vm.tintedProperty().get());
        }
    }

    private void restyle(Document doc, int i, Set<Integer> tinted) {
        List<String> style = styleOf(doc.blocks().get(i), tinted.contains(i));
        if (!style.equals(List.copyOf(area.getParagraph(i).getParagraphStyle()))) {
            area.setParagraphStyle(i, style);
        }
    }

    /**
     * Loads the fonts a script switch may need (e.g. Noto Serif CJK SC next to TC), so that the switch only repaints;
     * call when idle.
     */
    public void preloadFonts() {
        double size = main.settings().fontSizeProperty().get();
        for (String family : main.familiesInUse()) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text("\u6587\u5b57 Aa");
            probe.setFont(javafx.scene.text.Font.font(family, size));
            probe.getLayoutBounds();
            probe.setFont(javafx.scene.text.Font.font(family, javafx.scene.text.FontWeight.BOLD, size * 1.3));
            probe.getLayoutBounds();
        }
    }

    /** Indexes of the blocks currently on screen. */
    public List<Integer> visibleBlocks() {
        return viewport.visibleBlocks();
    }
}
