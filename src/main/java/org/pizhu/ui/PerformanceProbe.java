package org.pizhu.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.pizhu.ui.reader.BlockTextConverter;
import org.pizhu.ui.reader.ScriptChoice;

/**
 * Measures the reader on a large file for {@code scripts/measure-ui.sh}: run the app with
 * {@code -Dpizhu.measure=FILE}; once start-up has settled (the first document shown, then {@link #SETTLE} of quiet, as
 * when a person picks a file), it opens FILE, waits until it is stored and its speakers are listed, switches to
 * Simplified in the middle of it, prints the timings and the
 * heap to standard error as {@code pizhu-measure: name value} (wall-clock and process CPU milliseconds, the latter
 * being what counts on a shared, loaded machine), and quits. Not used otherwise.
 */
final class PerformanceProbe {
    /** How long after the first document is shown the probe opens its file ({@code -Dpizhu.measure.settle=SECONDS}). */
    static final javafx.util.Duration SETTLE = javafx.util.Duration.seconds(
            Double.parseDouble(System.getProperty("pizhu.measure.settle", "4")));
    private final MainViewModel vm;
    private final MainView view;
    private final Scene scene;
    private final BlockTextConverter converter;
    private long started;
    private long startedCpu;

    PerformanceProbe(MainView view, Scene scene, BlockTextConverter converter) {
        this.converter = converter;
        this.vm = view.viewModel();
        this.view = view;
        this.scene = scene;
    }

    /** Opens {@code file} once start-up has settled and runs the measurements. */
    void run(Path file) {
        javafx.beans.value.ChangeListener<Object>[] first = new javafx.beans.value.ChangeListener[1];
        first[0] = (o, a, d) -> {
            vm.reader().documentProperty().removeListener(first[0]);
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(SETTLE);
            settle.setOnFinished(e -> measure(file));
            settle.play();
        };
        vm.reader().documentProperty().addListener(first[0]);
    }

    private void measure(Path file) {
        started = System.nanoTime();
        startedCpu = cpu();
        vm.reader().documentProperty().addListener((o, a, d) -> {
            report("open-to-reflowed-ms", ms(started));
            report("open-to-reflowed-cpu-ms", (cpu() - startedCpu) / 1_000_000);
        });
        vm.open(file);
        afterLayoutWhen(() -> vm.reader().documentProperty().get() != null
                && vm.reader().documentProperty().get().sourceName().equals(file.getFileName().toString()), () -> {
                    report("open-to-shown-ms", ms(started));
                    report("open-to-shown-cpu-ms", (cpu() - startedCpu) / 1_000_000);
                    report("characters", vm.reader().documentProperty().get().textLength());
                    report("blocks", vm.reader().blockCount());
                    view.reader().preloadFonts();
                    whenSettled(() -> {
                        report("open-to-stored-and-analysed-ms", ms(started));
                        new Thread(() -> {
                            converter.warmUp();
                            Platform.runLater(this::switchScript);
                        }, "pizhu-probe").start();
                    });
                });
    }

    private void switchScript() {
        int middle = vm.reader().blockCount() / 2;
        view.reader().area().showParagraphAtTop(middle);
        afterLayoutWhen(() -> true, () -> {
            int top = view.reader().area().firstVisibleParToAllParIndex();
            long t = System.nanoTime();
            long c = cpu();
            vm.reader().scriptProperty().set(ScriptChoice.SIMPLIFIED);
            afterLayoutWhen(() -> vm.reader().shownScriptProperty().get() == ScriptChoice.SIMPLIFIED, () -> {
                report("switch-visible-repainted-ms", ms(t));
                report("switch-visible-repainted-cpu-ms", (cpu() - c) / 1_000_000);
                report("top-block", top);
                report("top-block-kept", view.reader().area().firstVisibleParToAllParIndex() == top ? 1 : 0);
                afterLayoutWhen(() -> !vm.reader().isConverting(), () -> {
                    report("switch-whole-document-ms", ms(t));
                    long t2 = System.nanoTime();
                    vm.reader().scriptProperty().set(ScriptChoice.ORIGINAL);
                    afterLayoutWhen(() -> !vm.reader().isConverting()
                            && vm.reader().shownScriptProperty().get() == ScriptChoice.ORIGINAL, () -> {
                                report("switch-back-ms", ms(t2));
                                Runtime rt = Runtime.getRuntime();
                                System.gc();
                                report("heap-used-mb", (rt.totalMemory() - rt.freeMemory()) >> 20);
                                report("heap-committed-mb", rt.totalMemory() >> 20);
                                Platform.exit();
                            });
                });
            });
        });
    }

    /** Runs {@code then} once the opened file is stored in the library and its speakers are listed. */
    private void whenSettled(Runnable then) {
        Workspace workspace = PizhuApp.workspace(view);
        javafx.animation.Timeline poll = new javafx.animation.Timeline();
        poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(20), e -> {
            boolean stored = workspace == null || workspace.layer().currentProperty().get() != null;
            if (stored && !vm.sidebar().speakers().isEmpty()) {
                poll.stop();
                then.run();
            }
        }));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
        poll.play();
    }

    /** Runs {@code then} after the first layout pulse at which {@code condition} holds. */
    private void afterLayoutWhen(BooleanSupplier condition, Runnable then) {
        Pulses.afterLayoutWhen(scene, condition, then);
    }

    private static long cpu() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void report(String name, long value) {
        System.err.println(String.format(Locale.ROOT, "pizhu-measure: %s %d", name, value));
    }
}
