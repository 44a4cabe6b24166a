package org.pizhu.export;

import org.pizhu.script.ScriptConverters;
import org.pizhu.script.ScriptDetector;
import org.pizhu.script.ScriptTarget;

/**
 * Converts exported text to a script. Export only needs this one method, so the script layer plugs in here; the
 * identity converter serves {@link ScriptTarget#ORIGINAL} (and tests).
 */
@FunctionalInterface
public interface TextConverter {
    /** {@code text} written in {@code target}; {@link ScriptTarget#ORIGINAL} must return it unchanged. */
    String convert(String text, ScriptTarget target);

    /** A converter that changes nothing. */
    static TextConverter identity() {
        return (text, target) -> text;
    }

    /** The converter the application uses for export: OpenCC's chains, picked from the text's own script. */
    static TextConverter standard() {
        return (text, target) -> target == ScriptTarget.ORIGINAL ? text
                : ScriptConverters.forTarget(target, ScriptDetector.detect(text)).convert(text).text();
    }
}
