package org.pizhu.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The interface's words in English, Traditional or Simplified Chinese, from the {@code messages} bundles. */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    /** Messages for {@code locale} (falling back to English). */
    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.pizhu.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The locale for a language tag from the settings; empty follows the system. */
    public static Locale localeFor(String tag) {
        if (tag == null || tag.isBlank()) {
            return Locale.getDefault();
        }
        return Locale.forLanguageTag(tag);
    }

    /** The text for {@code key}, formatted with {@code args}; the key itself if missing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The locale these messages are for. */
    public Locale locale() {
        return locale;
    }
}
