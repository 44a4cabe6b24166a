package org.pizhu.ui.reader;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The words of the document shown outside the reader (speakers' names and titles, library titles, the status line)
 * in the script the reader shows, through the script layer; the stored texts stay as they are. Views redraw when
 * {@link #scriptProperty()} changes. Conversions are cached per script. JavaFX thread only.
 */
public final class ScriptLabels {
    private final BlockTextConverter converter;
    private final ObjectProperty<ScriptChoice> script = new SimpleObjectProperty<>(this, "script",
            ScriptChoice.ORIGINAL);
    private final Map<ScriptChoice, Map<String, String>> cache = new HashMap<>();

    /** Labels converted with {@code converter}. */
    public ScriptLabels(BlockTextConverter converter) {
        this.converter = converter;
    }

    /** {@code text} in the current script; null stays null. */
    public String shown(String text) {
        ScriptChoice now = script.get();
        if (text == null || now == null || now == ScriptChoice.ORIGINAL) {
            return text;
        }
        Map<String, String> converted = cache.computeIfAbsent(now, k -> new HashMap<>());
        if (converted.size() > 4096) {
            converted.clear();
        }
        return converted.computeIfAbsent(text, t -> converter.convertLabel(t, now));
    }

    /** The script labels are shown in (bound to what the reader shows). */
    public ObjectProperty<ScriptChoice> scriptProperty() {
        return script;
    }
}
