package org.pizhu.ui.settings;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A {@link SettingsStore} on a {@link Preferences} node (the user's node for the app; a temporary node in tests). */
public final class PreferencesSettingsStore implements SettingsStore {
    private final Preferences node;

    /** A store writing to {@code node}. */
    public PreferencesSettingsStore(Preferences node) {
        this.node = node;
    }

    /** The app's own node under the user's preferences. */
    public static PreferencesSettingsStore forUser() {
        return new PreferencesSettingsStore(Preferences.userRoot().node("org/pizhu/ui"));
    }

    @Override
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        try {
            node.put(key, value);
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Settings are a convenience: keep running without saving (the node may also be gone), and say so in the log.
            System.getLogger("org.pizhu.ui").log(System.Logger.Level.WARNING, "could not save settings", e);
        }
    }
}
