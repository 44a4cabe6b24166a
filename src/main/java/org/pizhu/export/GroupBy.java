package org.pizhu.export;

import java.util.Locale;

/** How exported annotations are grouped under headings. */
public enum GroupBy {
    ORDER, SPEAKER, TAG, COLOUR;

    /** The lower-case name used on the command line, e.g. {@code "speaker"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grouping named {@code id} ({@code color} is accepted for {@code colour}). */
    public static GroupBy of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("color")) {
            return COLOUR;
        }
        for (GroupBy g : values()) {
            if (g.id().equals(wanted)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown grouping '" + id + "' (use order, speaker, tag or colour)");
    }
}
