package org.pizhu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pizhu.ui.reader.ScriptChoice;
import org.pizhu.ui.reader.ScriptLayerConverter;
import org.pizhu.ui.reader.TextScript;
import org.pizhu.ui.settings.PreferencesSettingsStore;
import org.pizhu.ui.speakers.AnalyzerSpeakerSource;

class MainViewModelTest {
    private static final List<String> FONTS = List.of("DejaVu Sans", "Noto Serif CJK TC", "Noto Serif CJK SC",
            "Noto Sans CJK TC", "Noto Sans CJK SC");
    private final Preferences node = TestDocuments.tempPrefs();
    private final List<String> errors = new ArrayList<>();
    private Path chosen;

    private final Dialogs dialogs = new Dialogs() {
        @Override
        public Optional<Path> chooseTextFile() {
            return Optional.ofNullable(chosen);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }
    };

    @AfterEach
    void removeNode() {
        TestDocuments.remove(node);
    }

    private MainViewModel model(List<String> fonts) {
        return new MainViewModel(new DirectDocumentLoader(), new AnalyzerSpeakerSource(), new ScriptLayerConverter(),
                new InlineRunner(), dialogs, new PreferencesSettingsStore(node), fonts, new Messages(Locale.ENGLISH));
    }

    @Test
    void opensTheSampleWithItsSpeakersInATraditionalFont() {
        MainViewModel vm = model(FONTS);
        vm.openSample();
        assertThat(vm.reader().documentProperty().get()).isNotNull();
        assertThat(vm.reader().blockCount()).isGreaterThan(10);
        assertThat(vm.sidebar().speakers()).isNotEmpty();
        assertThat(vm.originalScriptProperty().get()).isEqualTo(TextScript.TRADITIONAL);
        assertThat(vm.bodyFamilyProperty().get()).isEqualTo("Noto Serif CJK TC");
        assertThat(vm.headingFamilyProperty().get()).isEqualTo("Noto Sans CJK TC");
        assertThat(vm.fontNoticeProperty().get()).isEmpty();
        assertThat(vm.statusBinding().get()).contains("Web3.0", "Original", "Block 1 of");
        assertThat(vm.titleBinding().get()).endsWith("Pizhu");
    }

    @Test
    void switchesToASimplifiedFontWithTheScript() {
        MainViewModel vm = model(FONTS);
        vm.openSample();
        vm.reader().scriptProperty().set(ScriptChoice.SIMPLIFIED);
        assertThat(vm.bodyFamilyProperty().get()).isEqualTo("Noto Serif CJK SC");
        assertThat(vm.statusBinding().get()).contains("Simplified");
    }

    @Test
    void explainsWhatToInstallWhenNoChineseFontExists() {
        MainViewModel vm = model(List.of("DejaVu Sans", "System"));
        vm.openSample();
        assertThat(vm.bodyFamilyProperty().get()).isEmpty();
        assertThat(vm.fontNoticeProperty().get()).contains("fonts-noto-cjk");
    }

    @Test
    void opensAChosenFileAndReportsBadOnesClearly(@TempDir Path dir) throws Exception {
        MainViewModel vm = model(FONTS);
        chosen = dir.resolve("文章.txt");
        Files.writeString(chosen, "标题\n\n我们说这是第一段。\n");
        vm.openFile();
        assertThat(vm.reader().blockCount()).isEqualTo(2);
        assertThat(vm.originalScriptProperty().get()).isEqualTo(TextScript.SIMPLIFIED);
        assertThat(vm.bodyFamilyProperty().get()).isEqualTo("Noto Serif CJK SC");

        chosen = dir.resolve("bad.txt");
        Files.write(chosen, new byte[] {(byte) 0xC3, 0x28, 0x41});
        vm.openFile();
        assertThat(errors).singleElement().asString().contains("Cannot open the file", "not valid UTF-8");
        assertThat(vm.reader().blockCount()).isEqualTo(2);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void speaksChineseWhenAsked() {
        Messages hant = new Messages(Messages.localeFor("zh-Hant"));
        Messages hans = new Messages(Messages.localeFor("zh-Hans"));
        assertThat(hant.get("speakers.title")).isEqualTo("發言人");
        assertThat(hans.get("speakers.title")).isEqualTo("发言人");
        assertThat(new Messages(Locale.forLanguageTag("zh-HK")).get("speakers.title")).isEqualTo("發言人");
        assertThat(new Messages(Locale.forLanguageTag("zh-CN")).get("speakers.title")).isEqualTo("发言人");
        assertThat(new Messages(Locale.ENGLISH).get("speakers.statements", 3)).isEqualTo("3 statements");
    }

    @Test
    void theReadingPositionOfADocumentIsRestoredWhenItIsOpenedAgain() {
        MainViewModel vm = model(FONTS);
        vm.openSample();
        vm.reader().firstVisibleProperty().set(40);
        vm.reader().topOffsetProperty().set(2);
        vm.reader().lastVisibleProperty().set(44);
        vm.savePosition(true);
        assertThat(vm.statusBinding().get()).contains("Block 41 of", "%");

        MainViewModel again = model(FONTS);
        again.openSample();
        org.pizhu.ui.reader.Reveal r = again.reader().revealProperty().get();
        assertThat(r).isNotNull();
        assertThat(List.of(r.block(), r.start())).containsExactly(40, 2);
        assertThat(again.reader().canGoBackProperty().get()).as("restoring is no jump").isFalse();
    }
}
