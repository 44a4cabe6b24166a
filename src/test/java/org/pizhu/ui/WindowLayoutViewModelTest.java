package org.pizhu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pizhu.ui.WindowLayoutViewModel.Placement;
import org.pizhu.ui.WindowLayoutViewModel.Side;
import org.pizhu.ui.settings.PreferencesSettingsStore;

class WindowLayoutViewModelTest {
    private static final double READER = 450;
    private final Preferences node = TestDocuments.tempPrefs();
    private final PreferencesSettingsStore store = new PreferencesSettingsStore(node);

    @AfterEach
    void removeNode() {
        TestDocuments.remove(node);
    }

    @Test
    void wideWindowsDockBothPanesNarrowOnesCollapseTheLibraryFirst() {
        WindowLayoutViewModel vm = new WindowLayoutViewModel(store);
        assertThat(vm.place(1400, READER, true)).isEqualTo(new Placement(true, true, null));
        assertThat(vm.place(800, READER, true)).isEqualTo(new Placement(false, true, null));
        assertThat(vm.place(640, READER, true)).isEqualTo(new Placement(false, false, null));
    }

    @Test
    void toggleHidesADockedPaneAndFloatsACollapsedOne() {
        WindowLayoutViewModel vm = new WindowLayoutViewModel(store);
        vm.toggle(Side.SIDEBAR, 640, READER, true);
        assertThat(vm.place(640, READER, true).floating()).isEqualTo(Side.SIDEBAR);
        vm.toggle(Side.SIDEBAR, 640, READER, true);
        assertThat(vm.place(640, READER, true).floating()).isNull();
        vm.toggle(Side.LIBRARY, 1400, READER, true);
        assertThat(vm.libraryWantedProperty().get()).isFalse();
        assertThat(vm.place(1400, READER, true).library()).isFalse();
        vm.toggle(Side.LIBRARY, 1400, READER, true);
        assertThat(vm.place(1400, READER, true).library()).isTrue();
    }

    @Test
    void aFloatingPaneDocksWhenTheWindowGrows() {
        WindowLayoutViewModel vm = new WindowLayoutViewModel(store);
        vm.reveal(Side.SIDEBAR, 640, READER, false);
        assertThat(vm.place(640, READER, false).floating()).isEqualTo(Side.SIDEBAR);
        assertThat(vm.place(1000, READER, false)).isEqualTo(new Placement(false, true, null));
    }

    @Test
    void visibilityWidthsAndTabAreRemembered() {
        WindowLayoutViewModel vm = new WindowLayoutViewModel(store);
        vm.libraryWantedProperty().set(false);
        vm.resized(250, 0);
        vm.sidebarTabProperty().set("annotations");
        WindowLayoutViewModel again = new WindowLayoutViewModel(store);
        assertThat(again.libraryWantedProperty().get()).isFalse();
        assertThat(again.libraryWidthProperty().get()).isEqualTo(250);
        assertThat(again.sidebarWidthProperty().get()).isEqualTo(WindowLayoutViewModel.DEFAULT_SIDEBAR);
        assertThat(again.sidebarTabProperty().get()).isEqualTo("annotations");
    }
}
