package org.pizhu.speakers;

import java.util.Locale;

/** Whether a speaker is a person or an organisation. */
public enum SpeakerKind {
    PERSON, ORGANIZATION;

    /** The lower-case name used in JSON: {@code person} or {@code organization}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
