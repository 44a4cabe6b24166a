package org.pizhu.ui.annotations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import org.pizhu.app.DocumentImports;
import org.pizhu.bench.GeneratedText;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.Library;
import org.pizhu.library.LibraryOptions;
import org.pizhu.ui.DirectDocumentLoader;
import org.pizhu.ui.FxBackgroundRunner;
import org.pizhu.ui.MainView;
import org.pizhu.ui.PizhuApp;
import org.pizhu.ui.Workspace;
import org.pizhu.ui.reader.ScriptLayerConverter;
import org.pizhu.ui.settings.PreferencesSettingsStore;
import org.pizhu.ui.speakers.AnalyzerSpeakerSource;

/**
 * Frame-time harness for the annotation layer (run on a real display, e.g. under Xvfb; not a unit test):
 * a long document with 5,000 annotations is opened and scrolled while an {@link AnimationTimer} records every frame,
 * the same for a document without annotations, and the time from pressing 1 to the frame showing the highlight.
 * Prints {@code harness: name value} lines and exits.
 */
public final class AnnotationFrameHarness extends Application {
    private static final int ANNOTATIONS = 5000;
    private static final int CHARS = 400_000;
    private Library library;
    private MainView view;
    private Workspace workspace;
    private long plain;
    private long annotated;

    /** Starts the harness (a separate class, since the java launcher refuses an Application main off the module path). */
    public static final class Run {
        private Run() {
        }

        public static void main(String[] args) {
            Application.launch(AnnotationFrameHarness.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("pizhu-harness");
        library = Library.open(dir.resolve("library.db"), LibraryOptions.defaults());
        plain = new DocumentImports(library).importText("plain.txt", GeneratedText.hardWrapped(CHARS, 1)).id();
        DocumentInfo doc = new DocumentImports(library).importText("annotated.txt", GeneratedText.hardWrapped(CHARS, 2));
        annotated = doc.id();
        long t = System.nanoTime();
        Random r = new Random(3);
        int step = doc.length() / ANNOTATIONS;
        Color[] colors = Color.values();
        for (int i = 0; i < ANNOTATIONS; i++) {
            int start = i * step + r.nextInt(Math.max(1, step / 2));
            try {
                library.annotate(annotated, start, start + 4 + r.nextInt(8),
                        i % 7 == 0 ? AnnotationKind.UNDERLINE : AnnotationKind.HIGHLIGHT, colors[i % colors.length],
                        i % 5 == 0 ? "note " + i : "", i % 3 == 0 ? List.of("t" + (i % 10)) : List.of());
            } catch (RuntimeException e) {
                // A range of only whitespace: skip it.
                continue;
            }
        }
        report("setup-annotations", library.annotations(annotated).size());
        report("setup-ms", (System.nanoTime() - t) / 1_000_000);
        Preferences prefs = Preferences.userRoot().node("org/pizhu/harness/" + System.nanoTime());
        prefs.put("lastDocument", Long.toString(plain));
        FxBackgroundRunner runner = new FxBackgroundRunner();
        view = PizhuApp.show(stage, new PizhuApp.Services(new DirectDocumentLoader(), new AnalyzerSpeakerSource(),
                new ScriptLayerConverter(), runner, new PreferencesSettingsStore(prefs), library));
        workspace = PizhuApp.workspace(view);
        whenOpen(plain, () -> scroll("plain", () -> open(annotated, () -> scroll("annotated", this::highlights))));
    }

    private void open(long id, Runnable then) {
        long t = System.nanoTime();
        workspace.libraryModel().open(library.document(id));
        whenOpen(id, () -> {
            report("open-" + id + "-ms", (System.nanoTime() - t) / 1_000_000);
            report("open-" + id + "-painted-blocks", workspace.painter().paintedBlocks().size());
            then.run();
        });
    }

    private void whenOpen(long id, Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                var d = workspace.layer().currentProperty().get();
                if (d != null && d.info().id() == id && area().getParagraphs().size() > 100
                        && area().getParagraphs().size() == view.viewModel().reader().blockCount() && ++frames > 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private StyleClassedTextArea area() {
        return view.reader().area();
    }

    /** Scrolls 40 px per frame for 360 frames, with two long jumps, recording frame intervals. */
    private void scroll(String name, Runnable then) {
        List<Long> stamps = new ArrayList<>();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stamps.add(now);
                int n = stamps.size();
                if (n == 120) {
                    area().showParagraphAtTop(area().getParagraphs().size() / 2);
                } else if (n == 240) {
                    area().showParagraphAtTop(area().getParagraphs().size() - 40);
                } else {
                    area().scrollYBy(n > 240 ? -40 : 40);
                }
                if (n >= 360) {
                    stop();
                    frames(name, stamps);
                    then.run();
                }
            }
        }.start();
    }

    private void frames(String name, List<Long> stamps) {
        double[] ms = new double[stamps.size() - 1];
        for (int i = 1; i < stamps.size(); i++) {
            ms[i - 1] = (stamps.get(i) - stamps.get(i - 1)) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        report(name + "-frames", ms.length);
        report(name + "-frame-mean-ms", Arrays.stream(ms).average().orElse(0));
        report(name + "-frame-p50-ms", sorted[sorted.length / 2]);
        report(name + "-frame-p95-ms", sorted[(int) (sorted.length * 0.95)]);
        report(name + "-frame-p99-ms", sorted[(int) (sorted.length * 0.99)]);
        report(name + "-frame-max-ms", sorted[sorted.length - 1]);
        report(name + "-frames-over-25ms", Arrays.stream(ms).filter(x -> x > 25).count());
    }

    /** Selects a passage on screen, presses 1 and measures until the frame after the highlight is drawn. */
    private void highlights() {
        List<Double> applied = new ArrayList<>();
        List<Double> framed = new ArrayList<>();
        int[] round = {0};
        long[] pressed = {0};
        int[] par = {-1};
        area().requestFocus();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (par[0] >= 0) {
                    if (area().getParagraph(par[0]).getStyleSpans().styleStream().anyMatch(s -> s.contains("hl-yellow")
                            || s.contains("hl-green") || s.contains("hl-blue"))) {
                        framed.add((System.nanoTime() - pressed[0]) / 1e6);
                        par[0] = -1;
                    }
                    return;
                }
                if (round[0]++ >= 30) {
                    stop();
                    report("highlight-applied-median-ms", median(applied));
                    report("highlight-applied-max-ms", applied.stream().mapToDouble(d -> d).max().orElse(0));
                    report("highlight-next-frame-median-ms", median(framed));
                    report("highlight-next-frame-max-ms", framed.stream().mapToDouble(d -> d).max().orElse(0));
                    Platform.exit();
                    return;
                }
                int p = area().firstVisibleParToAllParIndex() + 1;
                while (area().getParagraph(p).getText().length() < 12) {
                    p++;
                }
                area().showParagraphAtTop(Math.max(0, p - 1));
                area().selectRange(p, 2, p, 8);
                pressed[0] = System.nanoTime();
                Event.fireEvent(area(), new KeyEvent(KeyEvent.KEY_PRESSED, "1", "1", KeyCode.DIGIT1,
                        false, false, false, false));
                applied.add((System.nanoTime() - pressed[0]) / 1e6);
                par[0] = p;
                area().scrollYBy(400);
            }
        }.start();
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(d -> d).sorted().toArray();
        return a.length == 0 ? 0 : a[a.length / 2];
    }

    private static void report(String name, Object value) {
        System.out.println("harness: " + name + " " + (value instanceof Double d ? String.format("%.1f", d) : value));
    }

    @Override
    public void stop() {
        library.close();
    }
}
