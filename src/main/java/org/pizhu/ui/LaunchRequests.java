package org.pizhu.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.pizhu.desktop.OpenRequest;
import org.pizhu.desktop.SingleInstance;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.LoadedDocument;
import org.pizhu.ui.annotations.AnnotationLayerViewModel;

/**
 * What launches ask the window to show: the files and {@code pizhu://} links of this launch, then those of later
 * launches, handed over through {@link SingleInstance}. Files are shown (and so added to the library), the first
 * one in the reader and the others imported; a link opens its document and selects its annotation.
 *
 * <p>With {@code -Dpizhu.ready=true} or {@code PIZHU_READY=1} it prints {@code pizhu: ready N blocks shown} on
 * standard output after the first frame that shows document text, and one line per request shown, for scripts
 * (the installer's smoke test, {@code scripts/measure-startup.sh}).
 */
final class LaunchRequests implements AutoCloseable {
    private final Stage stage;
    private final MainView view;
    private final Workspace workspace;
    private final BackgroundRunner runner;
    private final boolean report;
    private Optional<SingleInstance> server = Optional.empty();
    /** Whether the first frame showed the last screen kept (then the reader's own first frame follows). */
    private static boolean firstScreenShown;

    private LaunchRequests(Stage stage, MainView view, BackgroundRunner runner) {
        this.stage = stage;
        this.view = view;
        this.runner = runner;
        this.workspace = PizhuApp.workspace(view);
        this.report = Boolean.getBoolean("pizhu.ready") || "1".equals(System.getenv("PIZHU_READY"));
    }

    /**
     * Shows {@code args} (wire form, see {@link OpenRequest#wire()}) in the window, or what the window opens by
     * itself when there are none, then listens for later launches.
     */
    static LaunchRequests start(Stage stage, MainView view, BackgroundRunner runner, List<String> args,
                                Runnable openDefault) {
        LaunchRequests r = new LaunchRequests(stage, view, runner);
        if (r.report) {
            Pulses.afterLayoutWhen(stage.getScene(), () -> view.viewModel().reader().displayedProperty().get() != null
                    && !view.reader().visibleBlocks().isEmpty(), () -> r.print((firstScreenShown
                            ? "pizhu: reader ready " : "pizhu: ready ") + view.reader().visibleBlocks().size()
                            + " blocks shown"));
        }
        if (args.isEmpty()) {
            openDefault.run();
        } else {
            r.open(args);
        }
        r.server = SingleInstance.listen(SingleInstance.socketForThisProcess(),
                lines -> Platform.runLater(() -> r.handOver(lines)));
        return r;
    }

    /**
     * Reports (as {@code pizhu: ready N blocks shown}) the first frame of {@code scene}, which shows the {@code blocks}
     * paragraphs of the last screen kept ({@link FirstScreen}); the reader's own first frame is then reported as
     * {@code pizhu: reader ready N blocks shown}.
     */
    static void reportFirstScreen(javafx.scene.Scene scene, int blocks) {
        firstScreenShown = true;
        if (Boolean.getBoolean("pizhu.ready") || "1".equals(System.getenv("PIZHU_READY"))) {
            Pulses.afterLayoutWhen(scene, () -> true, () -> {
                System.out.println("pizhu: ready " + blocks + " blocks shown (last screen)");
                System.out.flush();
            });
        }
    }

    private void handOver(List<String> lines) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        open(lines);
    }

    private void open(List<String> lines) {
        List<OpenRequest> requests = new ArrayList<>();
        for (String line : lines) {
            try {
                requests.add(OpenRequest.parse(line, OpenRequest.workingDirectory()));
            } catch (IllegalArgumentException e) {
                error(e.getMessage());
            }
        }
        List<Path> files = new ArrayList<>();
        for (OpenRequest r : requests) {
            if (r instanceof OpenRequest.OpenFile f) {
                files.add(f.file());
            } else if (r instanceof OpenRequest.OpenLink link) {
                openLink(link);
            }
        }
        if (!files.isEmpty()) {
            Path first = files.get(0);
            whenShown(d -> d.sourceName().equals(first.getFileName().toString()), () -> "file " + first);
            view.viewModel().open(first);
            if (files.size() > 1 && workspace != null) {
                workspace.libraryModel().importFiles(files.subList(1, files.size()));
            }
        }
    }

    /** Opens the link's document (unless shown) and, once its annotations are loaded, selects the annotation. */
    private void openLink(OpenRequest.OpenLink link) {
        if (workspace == null) {
            error("the library is not open, so " + link.wire() + " cannot be shown");
            return;
        }
        AnnotationLayerViewModel layer = workspace.layer();
        LoadedDocument now = layer.currentProperty().get();
        if (link.annotation() > 0 || !link.uid().isEmpty()) {
            revealWhenLoaded(link);
        } else {
            whenCurrent(link.document(), d -> print("pizhu: showing " + link.wire()));
        }
        if (now == null || now.info().id() != link.document()) {
            runner.run(() -> layer.library().document(link.document()),
                    (DocumentInfo info) -> workspace.libraryModel().open(info), e -> error(e.getMessage()));
        }
    }

    private void revealWhenLoaded(OpenRequest.OpenLink link) {
        whenCurrent(link.document(), d -> {
            var a = link.uid().isEmpty() ? workspace.layer().byId(link.annotation())
                    : workspace.layer().byUid(link.uid());
            if (a == null) {
                error("document " + link.document() + " has no annotation "
                        + (link.uid().isEmpty() ? String.valueOf(link.annotation()) : link.uid()));
                return;
            }
            view.viewModel().reader().whenDisplayed(d.document(), () -> {
                workspace.panelModel().jump(a);
                print("pizhu: showing " + link.wire());
            });
        });
    }

    /**
     * Runs {@code then} once the annotation layer holds document {@code id} with its annotations (now, or when it is
     * next opened); forgets it when another document is opened first.
     */
    private void whenCurrent(long id, java.util.function.Consumer<LoadedDocument> then) {
        var current = workspace.layer().currentProperty();
        if (current.get() != null && current.get().info().id() == id) {
            then.accept(current.get());
            return;
        }
        ChangeListener<LoadedDocument> wait = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends LoadedDocument> o, LoadedDocument a,
                                LoadedDocument d) {
                if (d == null) {
                    return;
                }
                current.removeListener(this);
                if (d.info().id() == id) {
                    // The layer sets its annotations right after the current document.
                    Platform.runLater(() -> then.accept(d));
                }
            }
        };
        current.addListener(wait);
    }

    /** Reports (with {@code -Dpizhu.ready}) once the reader shows a document matching {@code shown}. */
    private void whenShown(java.util.function.Predicate<org.pizhu.document.Document> shown,
                           java.util.function.Supplier<String> what) {
        if (!report) {
            return;
        }
        var displayed = view.viewModel().reader().displayedProperty();
        ChangeListener<org.pizhu.document.Document> wait = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.pizhu.document.Document> o,
                                org.pizhu.document.Document a, org.pizhu.document.Document d) {
                if (d != null && shown.test(d)) {
                    displayed.removeListener(this);
                    print("pizhu: showing " + what.get());
                }
            }
        };
        displayed.addListener(wait);
    }

    private void print(String line) {
        if (report) {
            System.out.println(line);
            System.out.flush();
        }
    }

    private void error(String message) {
        print("pizhu: cannot open: " + message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.show();
    }

    /** Stops taking requests from later launches. */
    @Override
    public void close() {
        server.ifPresent(SingleInstance::close);
    }
}
