package org.pizhu.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pizhu.ui.TestDocuments;

class ReadingSettingsViewModelTest {
    private final Preferences node = TestDocuments.tempPrefs();
    private final PreferencesSettingsStore store = new PreferencesSettingsStore(node);

    @AfterEach
    void removeNode() {
        TestDocuments.remove(node);
    }

    @Test
    void startsWithDefaults() {
        ReadingSettingsViewModel vm = new ReadingSettingsViewModel(store);
        assertThat(vm.fontSizeProperty().get()).isEqualTo(ReadingSettingsViewModel.DEFAULT_SIZE);
        assertThat(vm.fontFamilyProperty().get()).isEmpty();
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void changesAreRememberedBetweenRuns() {
        ReadingSettingsViewModel vm = new ReadingSettingsViewModel(store);
        vm.larger();
        vm.larger();
        vm.fontFamilyProperty().set("Noto Serif CJK TC");
        vm.lineSpacingProperty().set(1.1);
        vm.measureProperty().set(40);
        vm.themeProperty().set(Theme.SEPIA);
        double size = vm.fontSizeProperty().get();
        assertThat(size).isGreaterThan(ReadingSettingsViewModel.DEFAULT_SIZE + 2);

        ReadingSettingsViewModel again = new ReadingSettingsViewModel(new PreferencesSettingsStore(node));
        assertThat(again.fontSizeProperty().get()).isEqualTo(size);
        assertThat(again.fontFamilyProperty().get()).isEqualTo("Noto Serif CJK TC");
        assertThat(again.lineSpacingProperty().get()).isEqualTo(1.1);
        assertThat(again.measureProperty().get()).isEqualTo(40);
        assertThat(again.themeProperty().get()).isEqualTo(Theme.SEPIA);
    }

    @Test
    void sizeStaysWithinBoundsAndResets() {
        ReadingSettingsViewModel vm = new ReadingSettingsViewModel(store);
        for (int i = 0; i < 50; i++) {
            vm.larger();
        }
        assertThat(vm.fontSizeProperty().get()).isEqualTo(ReadingSettingsViewModel.MAX_SIZE);
        for (int i = 0; i < 50; i++) {
            vm.smaller();
        }
        assertThat(vm.fontSizeProperty().get()).isEqualTo(ReadingSettingsViewModel.MIN_SIZE);
        vm.resetSize();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(ReadingSettingsViewModel.DEFAULT_SIZE);
    }

    @Test
    void badStoredValuesFallBackToDefaults() {
        store.put("fontSize", "huge");
        store.put("theme", "NEON");
        store.put("lineSpacing", "NaN");
        ReadingSettingsViewModel vm = new ReadingSettingsViewModel(store);
        assertThat(vm.fontSizeProperty().get()).isEqualTo(ReadingSettingsViewModel.DEFAULT_SIZE);
        assertThat(vm.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(vm.lineSpacingProperty().get()).isEqualTo(ReadingSettingsViewModel.DEFAULT_SPACING);
    }
}
