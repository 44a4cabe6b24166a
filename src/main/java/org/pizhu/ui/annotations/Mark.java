package org.pizhu.ui.annotations;

import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;

/**
 * The part of one annotation that falls in one block, in offsets of the block's own (original-script) text.
 *
 * @param start        first character
 * @param end          just past the last character
 * @param kind         highlight, underline or note
 * @param color        its colour
 * @param hasNote      whether the annotation has a note (drawn with a marker)
 * @param annotationId the library id; negative while the annotation is being saved
 */
public record Mark(int start, int end, AnnotationKind kind, Color color, boolean hasNote, long annotationId) {
    /** The style classes the reader draws this mark with. */
    public java.util.List<String> styleClasses() {
        String c = color.id();
        String base = switch (kind) {
            case HIGHLIGHT -> "hl-" + c;
            case UNDERLINE -> "ul-" + c;
            case NOTE -> "note-only";
        };
        return hasNote ? java.util.List.of(base, "has-note") : java.util.List.of(base);
    }
}
