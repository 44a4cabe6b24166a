package org.pizhu.ui.settings;

import java.util.Locale;

/** Colour themes of the reader; each is a style class on the scene root that redefines the looked-up colours. */
public enum Theme {
    LIGHT, SEPIA, DARK;

    /** The style class set on the root, e.g. {@code "theme-sepia"}. */
    public String styleClass() {
        return "theme-" + name().toLowerCase(Locale.ROOT);
    }

    /** Key of the theme's name in the message bundle. */
    public String messageKey() {
        return "theme." + name().toLowerCase(Locale.ROOT);
    }
}
