package org.pizhu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pizhu.ui.reader.ScriptLayerConverter;
import org.pizhu.ui.settings.PreferencesSettingsStore;
import org.pizhu.ui.speakers.AnalyzerSpeakerSource;
import org.testfx.api.FxToolkit;

/** A failure inside background work reaches the log (with its stack trace) and the user (the status line). */
class BackgroundFailureTest {
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final java.util.prefs.Preferences node = TestDocuments.tempPrefs();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void listen() {
        Logger.getLogger("org.pizhu.ui").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("org.pizhu.ui").removeHandler(capture);
        TestDocuments.remove(node);
    }

    @Test
    void aFailedBackgroundTaskIsLoggedWithItsTraceAndShownInTheStatusLine() throws Exception {
        try (FxBackgroundRunner runner = new FxBackgroundRunner()) {
            MainViewModel[] vm = new MainViewModel[1];
            CountDownLatch shown = new CountDownLatch(1);
            Platform.runLater(() -> {
                vm[0] = new MainViewModel(new DirectDocumentLoader(), new AnalyzerSpeakerSource(),
                        new ScriptLayerConverter(), runner, new NoDialogs(), new PreferencesSettingsStore(node),
                        List.of("Noto Serif CJK TC"), new Messages(Locale.ENGLISH));
                vm[0].statusBinding().addListener((o, a, now) -> {
                    if (now.contains("disk is full")) {
                        shown.countDown();
                    }
                });
                runner.run(() -> {
                    throw new IllegalStateException("the disk is full");
                }, ok -> { }, runner.reportFailureOf("Storing the document's speakers"));
            });
            assertThat(shown.await(10, TimeUnit.SECONDS)).as("the status line shows the failure").isTrue();
            String[] status = new String[1];
            CountDownLatch read = new CountDownLatch(1);
            Platform.runLater(() -> {
                status[0] = vm[0].statusBinding().get();
                read.countDown();
            });
            assertThat(read.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(status[0]).contains("Storing the document's speakers: the disk is full");
            assertThat(logged).anySatisfy(r -> {
                assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
                assertThat(r.getThrown()).hasMessage("the disk is full");
            });
        }
    }

    /** Dialogs a test never expects to be asked for. */
    private static final class NoDialogs implements Dialogs {
        @Override
        public java.util.Optional<java.nio.file.Path> chooseTextFile() {
            return java.util.Optional.empty();
        }

        @Override
        public void showError(String title, String message) {
            throw new AssertionError("unexpected dialog: " + title + ": " + message);
        }
    }
}
