package org.pizhu.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayTest {
    @Test
    void linuxNeedsAnXDisplay() {
        String platform = System.getProperty("glass.platform");
        try {
            System.clearProperty("glass.platform");
            assertThat(Display.available(Map.of(), "Linux")).isFalse();
            assertThat(Display.available(Map.of("DISPLAY", " "), "Linux")).isFalse();
            assertThat(Display.available(Map.of("DISPLAY", ":0"), "Linux")).isTrue();
            assertThat(Display.available(Map.of(), "Windows 11")).isTrue();
            assertThat(Display.available(Map.of(), "Mac OS X")).isTrue();
        } finally {
            if (platform != null) {
                System.setProperty("glass.platform", platform);
            }
        }
    }

    @Test
    void theMessageIsOneLineWithTheCommandLineWay() {
        assertThat(Display.NO_DISPLAY).doesNotContain("\n").contains("graphical session").contains("pizhu --help");
    }
}
