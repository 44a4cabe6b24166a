package org.pizhu.annotate;

import java.util.Locale;

/** The five named highlight colours; the UI chooses the actual shades for light and dark themes. */
public enum Color {
    YELLOW, GREEN, BLUE, PINK, PURPLE;

    /** The lower-case name stored in the library and used on the command line, e.g. {@code "yellow"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The colour named {@code id} (case-insensitive). */
    public static Color of(String id) {
        for (Color c : values()) {
            if (c.id().equalsIgnoreCase(id.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown colour '" + id + "' (use yellow, green, blue, pink or purple)");
    }
}
