package org.pizhu.ui.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.ui.BackgroundRunner;
import org.pizhu.ui.Cancellable;

/**
 * The open document as the reader shows it: the texts of its blocks in the chosen script, the visible range, tinted
 * blocks and requests to reveal a place.
 *
 * <p>Switching script converts the visible blocks first and publishes them, then the rest in the background, so the
 * screen repaints at once even for very long documents. Conversions are cached per script.
 */
public final class ReaderViewModel implements BlockNavigator {
    /** Blocks converted around the visible ones before the rest. */
    static final int VISIBLE_MARGIN = 12;

    private final BlockTextConverter converter;
    private final BackgroundRunner runner;
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<Document> displayed = new ReadOnlyObjectWrapper<>(this, "displayed");
    private boolean viewReportsDisplay;
    private final ObjectProperty<ScriptChoice> script = new SimpleObjectProperty<>(this, "script", ScriptChoice.ORIGINAL);
    private final ReadOnlyObjectWrapper<ScriptChoice> shownScript =
            new ReadOnlyObjectWrapper<>(this, "shownScript", ScriptChoice.ORIGINAL);
    private final ReadOnlyObjectWrapper<TextUpdate> update = new ReadOnlyObjectWrapper<>(this, "update");
    private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private final ReadOnlyObjectWrapper<Set<Integer>> tinted = new ReadOnlyObjectWrapper<>(this, "tinted", Set.of());
    private final ReadOnlyBooleanWrapper onlyTinted = new ReadOnlyBooleanWrapper(this, "onlyTinted");
    private final ReadOnlyObjectWrapper<List<QuoteSpan>> underlined =
            new ReadOnlyObjectWrapper<>(this, "underlined", List.of());
    private final ReadOnlyBooleanWrapper converting = new ReadOnlyBooleanWrapper(this, "converting");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final IntegerProperty firstVisible = new SimpleIntegerProperty(this, "firstVisible", 0);
    private final IntegerProperty lastVisible = new SimpleIntegerProperty(this, "lastVisible", 0);
    private final IntegerProperty topOffset = new SimpleIntegerProperty(this, "topOffset", 0);
    private boolean revealedSinceShow;
    private final JumpHistory history = new JumpHistory();
    private final Map<ScriptChoice, String[]> cache = new EnumMap<>(ScriptChoice.class);
    private String[] shown = new String[0];
    private long serial;
    private long generation;
    private Cancellable conversion = Cancellable.DONE;

    /** A reader converting scripts with {@code converter}, in the background through {@code runner}. */
    public ReaderViewModel(BlockTextConverter converter, BackgroundRunner runner) {
        this.converter = converter;
        this.runner = runner;
        script.addListener((o, was, now) -> convertTo(now == null ? ScriptChoice.ORIGINAL : now));
    }

    /** Shows {@code doc} from its first block, in the current script. */
    public void show(Document doc) {
        generation++;
        cache.clear();
        String[] original = doc.blocks().stream().map(Block::text).toArray(String[]::new);
        cache.put(ScriptChoice.ORIGINAL, original);
        shown = original.clone();
        firstVisible.set(0);
        topOffset.set(0);
        lastVisible.set(Math.min(original.length, 2 * VISIBLE_MARGIN));
        history.clear();
        revealedSinceShow = false;
        tinted.set(Set.of());
        underlined.set(List.of());
        onlyTinted.set(false);
        document.set(doc);
        if (!viewReportsDisplay) {
            displayed.set(doc);
        }
        shownScript.set(ScriptChoice.ORIGINAL);
        update.set(new TextUpdate(++serial, 0, Arrays.asList(shown), true));
        if (script.get() != ScriptChoice.ORIGINAL) {
            convertTo(script.get());
        } else {
            whenDisplayed(doc, () -> runner.run(() -> {
                converter.prepare(doc);
                return doc;
            }, prepared -> { }, runner.reportFailureOf("Preparing script conversion")));
        }
    }

    /**
     * Declares that a view draws this reader and will call {@link #displayed} once a document is on screen; until
     * then (e.g. in tests without a window) a document counts as displayed as soon as it is shown.
     */
    public void viewReportsDisplay() {
        viewReportsDisplay = true;
    }

    /** Called by the view once {@code doc} is laid out on screen. */
    public void displayed(Document doc) {
        if (doc == document.get()) {
            displayed.set(doc);
        }
    }

    /** The document last laid out on screen. */
    public ReadOnlyObjectProperty<Document> displayedProperty() {
        return displayed.getReadOnlyProperty();
    }

    /**
     * Runs {@code action} once {@code doc} is on screen (at once if it is), so work that follows opening a document
     * (its speakers, storing it) does not take the cores from drawing it; dropped if another document is shown first.
     */
    public void whenDisplayed(Document doc, Runnable action) {
        if (displayed.get() == doc) {
            action.run();
            return;
        }
        javafx.beans.value.ChangeListener<Document> wait = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Document> o, Document a, Document now) {
                if (now == doc) {
                    displayed.removeListener(this);
                    action.run();
                } else if (document.get() != doc) {
                    displayed.removeListener(this);
                }
            }
        };
        displayed.addListener(wait);
    }

    private void convertTo(ScriptChoice target) {
        Document doc = document.get();
        long gen = ++generation;
        conversion.cancel();
        if (doc == null) {
            return;
        }
        int n = shown.length;
        int from = Math.max(0, Math.min(firstVisible.get(), lastVisible.get()) - VISIBLE_MARGIN);
        int to = Math.min(n, Math.max(firstVisible.get(), lastVisible.get()) + VISIBLE_MARGIN + 1);
        String[] targetTexts = cache.computeIfAbsent(target, k -> new String[n]);
        converting.set(true);
        if (converter.isReady(doc)) {
            convertRange(doc, target, targetTexts, from, to);
            visibleConverted(doc, target, targetTexts, from, to, gen);
        } else {
            conversion = runner.run(() -> convertRange(doc, target, targetTexts, from, to),
                    done -> visibleConverted(doc, target, targetTexts, from, to, gen), this::failed);
        }
    }

    /** Shows the converted blocks around the view, then converts the rest of the document in the background. */
    private void visibleConverted(Document doc, ScriptChoice target, String[] targetTexts, int from, int to, long gen) {
        if (gen != generation) {
            return;
        }
        int n = targetTexts.length;
        publish(targetTexts, from, to);
        shownScript.set(target);
        conversion = runner.run(() -> {
            convertRange(doc, target, targetTexts, 0, from);
            convertRange(doc, target, targetTexts, to, n);
            return targetTexts;
        }, all -> {
            if (gen == generation) {
                publish(targetTexts, 0, from);
                publish(targetTexts, to, n);
                converting.set(false);
            }
        }, this::failed);
    }

    /** Converts blocks {@code [from, to)} not converted yet; stops early when its thread is interrupted (cancelled). */
    private String[] convertRange(Document doc, ScriptChoice target, String[] texts, int from, int to) {
        for (int i = from; i < to && !Thread.currentThread().isInterrupted(); i++) {
            if (texts[i] == null) {
                texts[i] = converter.convert(doc, i, target);
            }
        }
        return texts;
    }

    private void publish(String[] source, int from, int to) {
        if (from >= to) {
            return;
        }
        List<String> changed = new ArrayList<>(to - from);
        int firstChange = -1;
        int lastChange = -1;
        for (int i = from; i < to; i++) {
            if (!source[i].equals(shown[i])) {
                if (firstChange < 0) {
                    firstChange = i;
                }
                lastChange = i;
            }
        }
        if (firstChange < 0) {
            return;
        }
        for (int i = firstChange; i <= lastChange; i++) {
            shown[i] = source[i];
            changed.add(source[i]);
        }
        update.set(new TextUpdate(++serial, firstChange, changed, false));
    }

    private void failed(Throwable error) {
        converting.set(false);
        this.error.set("Script conversion failed: " + error.getMessage());
    }

    /**
     * A jump: remembers where the reader was (for {@link #back}) when the place is off screen, then reveals it.
     */
    @Override
    public void reveal(int block, int start, int end) {
        if (document.get() == null || block < 0 || block >= shown.length) {
            return;
        }
        if (block < firstVisible.get() || block > lastVisible.get()) {
            history.jumpedFrom(position());
        }
        show(block, start, end);
    }

    /** Puts {@code position} at the top of the view, without counting it as a jump (restoring, back, forward). */
    public void goTo(ReadingPosition position) {
        if (document.get() != null && position.block() >= 0 && position.block() < shown.length) {
            show(position.block(), position.offset(), position.offset());
        }
    }

    /**
     * Puts the remembered {@code position} of the document just shown at the top, unless a place was revealed since
     * it was shown (e.g. the search hit it was opened for).
     */
    public void restore(ReadingPosition position) {
        if (!revealedSinceShow && !position.equals(ReadingPosition.START)) {
            goTo(position);
        }
    }

    /** Returns to where the reader was before the last jump (Alt+Left). */
    public void back() {
        history.back(position()).ifPresent(this::goTo);
    }

    /** Undoes {@link #back} (Alt+Right). */
    public void forward() {
        history.forward(position()).ifPresent(this::goTo);
    }

    /** Whether {@link #back} has somewhere to go. */
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return history.canGoBackProperty();
    }

    /** Whether {@link #forward} has somewhere to go. */
    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return history.canGoForwardProperty();
    }

    /** The reading position: the first block on screen and the offset of the first character shown of it. */
    public ReadingPosition position() {
        return new ReadingPosition(firstVisible.get(), topOffset.get());
    }

    /** Offset in the first visible block of its first character on screen; set by the view. */
    public IntegerProperty topOffsetProperty() {
        return topOffset;
    }

    /**
     * How far through the document the reader is, 0 to 100: the share of blocks up to the last one on screen.
     */
    public int percent() {
        return shown.length == 0 ? 0 : (int) Math.round(100.0 * Math.min(shown.length, lastVisible.get() + 1)
                / shown.length);
    }

    private void show(int block, int start, int end) {
        revealedSinceShow = true;
        int len = shown[block].length();
        int s = Math.max(0, Math.min(start, len));
        reveal.set(new Reveal(++serial, block, s, Math.max(s, Math.min(end, len))));
    }

    @Override
    public void tint(Collection<Integer> blocks) {
        tinted.set(Set.copyOf(new TreeSet<>(blocks)));
    }

    @Override
    public void underline(Collection<QuoteSpan> quotes) {
        underlined.set(quotes.stream().filter(q -> q.block() >= 0 && q.block() < shown.length && q.end() > q.start())
                .toList());
    }

    @Override
    public void showOnlyTinted(boolean on) {
        onlyTinted.set(on);
    }

    /** Whether only the tinted blocks are shown (a speaker's statements). */
    public ReadOnlyBooleanProperty onlyTintedProperty() {
        return onlyTinted.getReadOnlyProperty();
    }

    /** Quotations to underline. */
    public ReadOnlyObjectProperty<List<QuoteSpan>> underlinedProperty() {
        return underlined.getReadOnlyProperty();
    }

    /** Number of blocks of the open document. */
    public int blockCount() {
        return shown.length;
    }

    /** The text of {@code block} as currently shown. */
    public String shownText(int block) {
        return shown[block];
    }

    /** The open document, or null. */
    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The script the user asked for. */
    public ObjectProperty<ScriptChoice> scriptProperty() {
        return script;
    }

    /** The script the visible text is in (follows {@link #scriptProperty()} once its visible blocks are converted). */
    public ReadOnlyObjectProperty<ScriptChoice> shownScriptProperty() {
        return shownScript.getReadOnlyProperty();
    }

    /** The latest run of new block texts to paint. */
    public ReadOnlyObjectProperty<TextUpdate> updateProperty() {
        return update.getReadOnlyProperty();
    }

    /** The latest request to reveal a place. */
    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** Blocks to tint. */
    public ReadOnlyObjectProperty<Set<Integer>> tintedProperty() {
        return tinted.getReadOnlyProperty();
    }

    /** Whether blocks outside the view are still being converted. */
    public boolean isConverting() {
        return converting.get();
    }

    /** Whether blocks outside the view are still being converted. */
    public ReadOnlyBooleanProperty convertingProperty() {
        return converting.getReadOnlyProperty();
    }

    /** The last error message for the user; empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Index of the first block on screen (the reading position); set by the view. */
    public IntegerProperty firstVisibleProperty() {
        return firstVisible;
    }

    /** Index of the last block on screen; set by the view. */
    public IntegerProperty lastVisibleProperty() {
        return lastVisible;
    }
}
