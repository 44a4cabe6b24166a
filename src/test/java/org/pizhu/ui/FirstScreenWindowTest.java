package org.pizhu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The last screen kept for the next start ({@link FirstScreen}): recorded from a real window scrolled into the
 * document, written and read back, then drawn on its own in a second window of the same size — where every line of
 * text must sit where the reader drew it, in the same font (so that swapping it for the reader moves nothing).
 */
class FirstScreenWindowTest {
    @TempDir
    static Path dir;
    private static final Preferences NODE = TestDocuments.tempPrefs();
    private static WindowFixture window;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        window = WindowFixture.open(dir, NODE);
    }

    @AfterAll
    static void close() throws Exception {
        window.close();
    }

    @Test
    void theKeptScreenDrawsTheReadersLinesAtTheirPlaces() throws Exception {
        MainView view = window.view();
        robot.interact(() -> {
            window.stage().setWidth(1100);
            window.stage().setHeight(760);
            view.viewModel().reader().goTo(new org.pizhu.ui.reader.ReadingPosition(5, 0));
        });
        WindowFixture.waitUntil(() -> view.viewModel().reader().firstVisibleProperty().get() == 5);
        Path file = dir.resolve("library.db.window");
        List<Line> reader = WaitForAsyncUtils.asyncFx(() -> {
            FirstScreen.of(view, WindowPlacement.of(window.stage())).write(file);
            Bounds viewport = view.reader().area().localToScene(view.reader().area().getLayoutBounds());
            return lines(view.reader().area(), viewport);
        }).get();
        assertThat(reader).hasSizeGreaterThanOrEqualTo(2);

        FirstScreen kept = FirstScreen.read(file).orElseThrow();
        assertThat(kept.block()).isEqualTo(5);
        assertThat(kept.placement().width()).isEqualTo(window.stage().getScene().getWidth());
        assertThat(kept.title()).isEqualTo(window.stage().getTitle());

        List<Line> drawn = WaitForAsyncUtils.asyncFx(() -> {
            Stage second = new Stage();
            Pane screen = kept.node();
            second.setScene(new Scene(new StackPane(screen), kept.placement().width(), kept.placement().height()));
            second.show();
            screen.applyCss();
            screen.layout();
            Rectangle2D clip = new Rectangle2D(0, 0, 1e5, 1e5);
            List<Line> out = lines(screen, new javafx.geometry.BoundingBox(clip.getMinX(), clip.getMinY(),
                    clip.getWidth(), clip.getHeight()));
            second.close();
            return out;
        }).get();
        // The reader's lines on screen, each at the same place, with the same text and font.
        for (Line r : reader) {
            assertThat(drawn).as("a line drawn like %s", r).anySatisfy(d -> {
                assertThat(d.text()).isEqualTo(r.text());
                assertThat(d.font()).isEqualTo(r.font());
                assertThat(d.x()).isCloseTo(r.x(), org.assertj.core.data.Offset.offset(1.0));
                assertThat(d.y()).isCloseTo(r.y(), org.assertj.core.data.Offset.offset(1.0));
                assertThat(d.lastLineY()).as("last line of %s", r.text()).isCloseTo(r.lastLineY(),
                        org.assertj.core.data.Offset.offset(1.0));
            });
        }
    }

    @Test
    void aDamagedOrMissingFileIsNoScreen() throws Exception {
        assertThat(FirstScreen.read(dir.resolve("absent.window"))).isEmpty();
        Path bad = Files.writeString(dir.resolve("bad.window"), "flows=x\n\\u12");
        assertThat(FirstScreen.read(bad)).isEmpty();
    }

    /** A text node's text, font, scene position of its first line and scene y of its last line. */
    record Line(String text, String font, double x, double y, double lastLineY) {
    }

    /** The text nodes of the text flows under {@code parent} inside {@code clip}. */
    private static List<Line> lines(Parent parent, Bounds clip) {
        List<Line> out = new ArrayList<>();
        for (Node c : parent.getChildrenUnmodifiable()) {
            if (c instanceof Text t && parent instanceof TextFlow && !t.getText().isEmpty()) {
                Bounds b = t.localToScene(t.getLayoutBounds());
                if (b.intersects(clip)) {
                    TextFlow flow = (TextFlow) parent;
                    Bounds end = flow.localToScene(new javafx.scene.shape.Path(flow.caretShape(
                            t.getText().length() - 1, true)).getLayoutBounds());
                    out.add(new Line(t.getText(), t.getFont().getName() + " " + t.getFont().getSize(), b.getMinX(),
                            b.getMinY(), end.getMinY()));
                }
            } else if (c instanceof Parent p && c.isVisible()) {
                out.addAll(lines(p, clip));
            }
        }
        return out;
    }
}
