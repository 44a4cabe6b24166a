package org.pizhu.library;

import java.time.Instant;

/**
 * One correction the user made to a document's speakers, kept apart from what the engine detected and re-applied on
 * top of every new detection (so it survives re-analysis and re-import).
 *
 * @param id      its order among the library's corrections
 * @param action  {@code rename}, {@code merge}, {@code attribute} (subject: a block's compact text; value: the
 *                speaker, or null for nobody), {@code remove} (not a speaker) or {@code titles} (value: one per line)
 * @param subject the speaker name (or block text) corrected
 * @param value   the new name, speaker or titles
 * @param at      when it was made
 */
public record SpeakerCorrection(long id, String action, String subject, String value, Instant at) {
    /** One line for the user, e.g. "rename 陳 → 陳大文". */
    public String describe() {
        return switch (action) {
            case "remove" -> "not a speaker: " + subject;
            case "titles" -> "titles of " + subject + ": " + (value == null ? "" : value.replace("\n", "、"));
            case "attribute" -> (value == null ? "no speaker for " : "statement of " + value + ": ")
                    + (subject.length() > 20 ? subject.substring(0, 20) + "…" : subject);
            default -> action + " " + subject + " → " + value;
        };
    }
}
