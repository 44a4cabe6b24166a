package org.pizhu.ui;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.pizhu.document.Document;
import org.pizhu.ui.reader.BlockTextConverter;
import org.pizhu.ui.reader.FindViewModel;
import org.pizhu.ui.reader.ReaderViewModel;
import org.pizhu.ui.reader.ReadingPosition;
import org.pizhu.ui.reader.ScriptLabels;
import org.pizhu.ui.reader.TextScript;
import org.pizhu.ui.settings.FontChooser;
import org.pizhu.ui.settings.ReadingSettingsViewModel;
import org.pizhu.ui.settings.SettingsStore;
import org.pizhu.ui.speakers.SpeakerSidebarViewModel;
import org.pizhu.ui.speakers.SpeakerSource;

/**
 * The window as a whole: opening documents, the reader, find, the speaker sidebar, reading settings, the chosen fonts
 * and the status line. Side effects come in through the constructor.
 */
public final class MainViewModel {
    private final DocumentLoader loader;
    private final SpeakerSource speakerSource;
    private final BackgroundRunner runner;
    private final Dialogs dialogs;
    private final Messages messages;
    private final FontChooser fonts;
    private final boolean hongKongLocale;
    private final ReaderViewModel reader;
    private final ScriptLabels labels;
    private final FindViewModel find;
    private final SpeakerSidebarViewModel sidebar;
    private final ReadingSettingsViewModel settings;
    private final SettingsStore store;
    private String positionKey;
    private ReadingPosition lastSaved = ReadingPosition.START;
    private long lastSaveTime;
    /** Scrolling writes the reading position at most this often. */
    static final long SAVE_INTERVAL_NANOS = 2_000_000_000L;
    private final WindowLayoutViewModel layout;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<TextScript> originalScript =
            new ReadOnlyObjectWrapper<>(this, "originalScript", TextScript.TRADITIONAL);
    private final ReadOnlyStringWrapper bodyFamily = new ReadOnlyStringWrapper(this, "bodyFamily", "");
    private final ReadOnlyStringWrapper headingFamily = new ReadOnlyStringWrapper(this, "headingFamily", "");
    private final ReadOnlyStringWrapper fontNotice = new ReadOnlyStringWrapper(this, "fontNotice", "");
    private final ReadOnlyObjectWrapper<TextScript> shownTextScript =
            new ReadOnlyObjectWrapper<>(this, "shownTextScript", TextScript.TRADITIONAL);
    private final String chromeFamily;
    private final StringBinding title;
    private final StringBinding status;

    /** The window's model; {@code fontFamilies} are the installed families. */
    public MainViewModel(DocumentLoader loader, SpeakerSource speakerSource, BlockTextConverter converter,
                         BackgroundRunner runner, Dialogs dialogs, SettingsStore store, Collection<String> fontFamilies,
                         Messages messages) {
        this.loader = loader;
        this.speakerSource = speakerSource;
        this.runner = runner;
        this.dialogs = dialogs;
        this.messages = messages;
        this.fonts = new FontChooser(fontFamilies);
        String country = messages.locale().getCountry();
        this.hongKongLocale = "HK".equals(country) || "MO".equals(country);
        String script = messages.locale().getScript();
        boolean simplifiedUi = "Hans".equals(script) || "CN".equals(country) || "SG".equals(country)
                || ("zh".equals(messages.locale().getLanguage()) && script.isEmpty() && country.isEmpty());
        this.chromeFamily = fonts.headingFamily(simplifiedUi ? TextScript.SIMPLIFIED
                : hongKongLocale ? TextScript.HONG_KONG : TextScript.TRADITIONAL).orElse("");
        this.reader = new ReaderViewModel(converter, runner);
        this.labels = new ScriptLabels(converter);
        labels.scriptProperty().bind(reader.shownScriptProperty());
        this.find = new FindViewModel(reader, converter);
        this.sidebar = new SpeakerSidebarViewModel(reader);
        this.settings = new ReadingSettingsViewModel(store);
        this.store = store;
        this.layout = new WindowLayoutViewModel(store);
        settings.fontFamilyProperty().addListener((o, a, b) -> updateFonts());
        reader.shownScriptProperty().addListener((o, a, b) -> updateFonts());
        originalScript.addListener((o, a, b) -> updateFonts());
        reader.errorProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                dialogs.showError(messages.get("error.title"), b);
            }
        });
        updateFonts();
        title = Bindings.createStringBinding(() -> reader.documentProperty().get() == null
                ? messages.get("app.title")
                : messages.get("app.titleWithDocument", displayName(reader.documentProperty().get())),
                reader.documentProperty(), reader.shownScriptProperty());
        status = Bindings.createStringBinding(this::statusText, reader.documentProperty(), reader.shownScriptProperty(),
                reader.firstVisibleProperty(), reader.lastVisibleProperty(), reader.convertingProperty(), busy,
                runner.problems().latestProperty());
        reader.documentProperty().addListener((o, a, d) -> runner.problems().clear());
        reader.firstVisibleProperty().addListener((o, a, b) -> savePosition(false));
        reader.topOffsetProperty().addListener((o, a, b) -> savePosition(false));
    }

    /** Opens the built-in sample article. */
    public void openSample() {
        load(loader::sample);
    }

    /** Asks for a text file and opens it. */
    public void openFile() {
        dialogs.chooseTextFile().ifPresent(this::open);
    }

    /** Opens {@code file}. */
    public void open(Path file) {
        load(() -> loader.open(file));
    }

    /** Opens the document {@code work} returns (called off the JavaFX thread). */
    public void openWith(java.util.concurrent.Callable<Document> work) {
        load(work);
    }

    private void load(java.util.concurrent.Callable<Document> work) {
        busy.set(true);
        runner.run(() -> {
            Document doc = work.call();
            return new Opened(doc, TextScript.guess(doc.source(), hongKongLocale), positionKey(doc));
        }, opened -> {
            savePosition(true);
            positionKey = null;
            originalScript.set(opened.script());
            reader.show(opened.document());
            sidebar.setSpeakers(List.of());
            busy.set(false);
            ReadingPosition saved = ReadingPosition.decode(store.get(opened.key(), ""));
            reader.whenDisplayed(opened.document(), () -> {
                if (reader.documentProperty().get() == opened.document()) {
                    reader.restore(saved);
                    positionKey = opened.key();
                    lastSaved = saved;
                }
                analyse(opened.document());
            });
        }, error -> {
            busy.set(false);
            dialogs.showError(messages.get("error.open"), messageOf(error));
        });
    }

    /** The settings key of {@code doc}'s reading position: a hash of its text, so a re-opened copy finds it too. */
    static String positionKey(Document doc) {
        long h = 0xcbf29ce484222325L;
        String text = doc.source();
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return "position." + Long.toHexString(h);
    }

    /**
     * Remembers the reading position of the open document: at most every {@link #SAVE_INTERVAL_NANOS} while
     * scrolling, or at once when {@code now} (another document opens, the window closes).
     */
    public void savePosition(boolean now) {
        if (positionKey == null) {
            return;
        }
        ReadingPosition p = reader.position();
        long time = System.nanoTime();
        if (!p.equals(lastSaved) && (now || time - lastSaveTime > SAVE_INTERVAL_NANOS)) {
            store.put(positionKey, p.encode());
            lastSaved = p;
            lastSaveTime = time;
        }
    }

    /** Saves the reading position and stops following this window's reader (the window is being rebuilt). */
    public void close() {
        savePosition(true);
        positionKey = null;
    }

    private void analyse(Document doc) {
        runner.run(() -> speakerSource.speakers(doc), found -> {
            if (reader.documentProperty().get() == doc) {
                sidebar.setSpeakers(found);
            }
        }, error -> dialogs.showError(messages.get("error.title"), messageOf(error)));
    }

    private void updateFonts() {
        TextScript shown = TextScript.shown(originalScript.get(), reader.shownScriptProperty().get());
        Optional<String> body = fonts.resolve(settings.fontFamilyProperty().get(), shown);
        bodyFamily.set(body.orElse(""));
        headingFamily.set(headingFamily(shown));
        shownTextScript.set(shown);
        fontNotice.set(body.isEmpty() ? messages.get("font.missing") : "");
    }

    /** The body family for text shown in {@code script}; empty when no CJK font is installed. */
    public String bodyFamily(TextScript script) {
        return fonts.resolve(settings.fontFamilyProperty().get(), script).orElse("");
    }

    /** The heading family for text shown in {@code script}: the user's family if chosen, else a matching sans. */
    public String headingFamily(TextScript script) {
        String body = bodyFamily(script);
        return settings.fontFamilyProperty().get().isBlank() || body.isEmpty()
                ? fonts.headingFamily(script).orElse("") : body;
    }

    /** The family for the window's controls, fixed for the run (so a script switch restyles only the text). */
    public String chromeFamily() {
        return chromeFamily;
    }

    private String statusText() {
        String problem = runner.problems().latestProperty().get();
        String text = documentStatus();
        if (problem.isEmpty()) {
            return text;
        }
        return (text.isEmpty() ? "" : text + "  \u00b7  ") + messages.get("status.problem", problem);
    }

    private String documentStatus() {
        Document doc = reader.documentProperty().get();
        if (busy.get()) {
            return messages.get("status.loading");
        }
        if (doc == null) {
            return "";
        }
        String position = messages.get("status.position", reader.firstVisibleProperty().get() + 1, reader.blockCount())
                + "  \u00b7  " + messages.get("status.percent", reader.percent());
        String script = messages.get("script.name." + reader.shownScriptProperty().get().name());
        String text = displayName(doc) + "  \u00b7  " + script + "  \u00b7  " + position;
        if (reader.convertingProperty().get()) {
            text += "  \u00b7  " + messages.get("status.converting");
        }
        return text;
    }

    private String displayName(Document doc) {
        return doc.title().filter(t -> t.length() <= 40).map(labels::shown).orElse(doc.sourceName());
    }

    private static String messageOf(Throwable error) {
        String m = error.getMessage();
        return m == null || m.isBlank() ? error.getClass().getSimpleName() : m;
    }

    /** The body and heading families any script switch may pick, to load ahead of time. */
    public List<String> familiesInUse() {
        java.util.Set<String> families = new java.util.LinkedHashSet<>();
        for (TextScript script : TextScript.values()) {
            fonts.resolve(settings.fontFamilyProperty().get(), script).ifPresent(families::add);
            fonts.headingFamily(script).ifPresent(families::add);
        }
        return List.copyOf(families);
    }

    /** The installed CJK families, best first for the document's script, for the font picker. */
    public List<String> cjkFamilies() {
        return fonts.cjkFamilies(TextScript.shown(originalScript.get(), reader.shownScriptProperty().get()));
    }

    /** The reader. */
    public ReaderViewModel reader() {
        return reader;
    }

    /** Find in document. */
    public FindViewModel find() {
        return find;
    }

    /** The speaker sidebar. */
    public SpeakerSidebarViewModel sidebar() {
        return sidebar;
    }

    /** Reading settings. */
    public ReadingSettingsViewModel settings() {
        return settings;
    }

    /** Names and titles of the document shown outside the reader, in the reader's script. */
    public ScriptLabels labels() {
        return labels;
    }

    /** Where the side panes go. */
    public WindowLayoutViewModel layout() {
        return layout;
    }

    /** The interface's words. */
    public Messages messages() {
        return messages;
    }

    /** Whether a document is being opened. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The script the open document is written in (guessed). */
    public ReadOnlyObjectProperty<TextScript> originalScriptProperty() {
        return originalScript.getReadOnlyProperty();
    }

    /** The family for body text; empty when no CJK font is installed. */
    public ReadOnlyStringProperty bodyFamilyProperty() {
        return bodyFamily.getReadOnlyProperty();
    }

    /** The family for headings and bylines. */
    public ReadOnlyStringProperty headingFamilyProperty() {
        return headingFamily.getReadOnlyProperty();
    }

    /** The standard of the text on screen, for choosing its font. */
    public ReadOnlyObjectProperty<TextScript> shownTextScriptProperty() {
        return shownTextScript.getReadOnlyProperty();
    }

    /** A notice to show instead of the text when no Chinese font is installed; empty otherwise. */
    public ReadOnlyStringProperty fontNoticeProperty() {
        return fontNotice.getReadOnlyProperty();
    }

    /** The window title. */
    public StringBinding titleBinding() {
        return title;
    }

    /** The status line: document, script, position. */
    public StringBinding statusBinding() {
        return status;
    }

    private record Opened(Document document, TextScript script, String key) {
    }
}
