package org.pizhu.ui.settings;

/** Small key-value storage for settings remembered between runs. */
public interface SettingsStore {
    /** The stored value of {@code key}, or {@code fallback}. */
    String get(String key, String fallback);

    /** Stores {@code value} under {@code key}. */
    void put(String key, String value);
}
