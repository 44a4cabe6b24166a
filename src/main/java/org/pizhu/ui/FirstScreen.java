package org.pizhu.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The reader's screen as it last looked, kept in a small file beside the library so that the next start can show the
 * document's text in its first frame: the window's place and size, the reader's paper and viewport, and each visible
 * paragraph as text runs (font, size, colour) at its place. Drawn again with plain {@link TextFlow}s of the same
 * fonts and widths (which wrap as the reader's own paragraphs do), it is covered by nothing and replaced by the real
 * reader once that shows the same place.
 *
 * <p>Reading it needs only {@link Properties} and a few JavaFX shapes: no controls, style sheets, SQLite or
 * dictionaries.
 */
final class FirstScreen {
    /** A paragraph: its text flow's scene position, width, padding, spacing, alignment and text runs. */
    record Flow(double x, double y, double width, Insets padding, double lineSpacing, String alignment,
                List<Run> runs) {
    }

    /** Text in one font and colour. */
    record Run(String text, String family, String weight, boolean italic, double size, String fill, String bounds) {
    }

    private static final int MAX_FLOWS = 200;
    private final Properties p;

    private FirstScreen(Properties p) {
        this.p = p;
    }

    /** The file kept for the window on {@code library}. */
    static Path fileFor(Path library) {
        Path file = library.toAbsolutePath();
        return file.resolveSibling(file.getFileName() + ".window");
    }

    /** The screen kept in {@code file}, if there is a readable one. */
    static Optional<FirstScreen> read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return p.getProperty("window") == null ? Optional.empty() : Optional.of(new FirstScreen(p));
    }

    /**
     * The screen of {@code view} in the window {@code placement}: the visible paragraphs of its reader, taken from
     * the nodes on screen.
     */
    static FirstScreen of(MainView view, WindowPlacement placement) {
        Properties p = new Properties();
        p.setProperty("window", placement.encode());
        Region area = view.reader().area();
        Bounds clip = area.localToScene(area.getLayoutBounds());
        Region pane = (Region) view.reader().node();
        p.setProperty("paper.bounds", bounds(pane.localToScene(pane.getLayoutBounds())));
        p.setProperty("paper", colour(pane));
        Parent root = view.node().getScene() == null ? null : view.node().getScene().getRoot();
        p.setProperty("chrome", root instanceof Region r ? colour(r) : "");
        p.setProperty("viewport", bounds(clip));
        p.setProperty("title", view.viewModel().titleBinding().get());
        var reader = view.viewModel().reader();
        p.setProperty("block", Integer.toString(reader.firstVisibleProperty().get()));
        p.setProperty("offset", Integer.toString(reader.topOffsetProperty().get()));
        List<TextFlow> flows = new ArrayList<>();
        collect(area, clip, flows);
        int n = 0;
        for (TextFlow f : flows) {
            Point2D at = f.localToScene(0, 0);
            String k = "flow." + n + ".";
            Insets in = f.getPadding();
            p.setProperty(k + "box", num(at.getX()) + " " + num(at.getY()) + " " + num(f.getWidth()) + " "
                    + num(in.getTop()) + " " + num(in.getRight()) + " " + num(in.getBottom()) + " " + num(in.getLeft())
                    + " " + num(f.getLineSpacing()));
            p.setProperty(k + "align", f.getTextAlignment().name());
            p.setProperty(k + "line", num(lineHeight(f)));
            int r = 0;
            for (Node c : f.getChildren()) {
                if (c instanceof Text t && c.isManaged() && !t.getText().isEmpty()) {
                    Font font = t.getFont();
                    String style = font.getStyle().toLowerCase(Locale.ROOT);
                    p.setProperty(k + r + ".font", (style.contains("bold") ? "bold" : "normal") + " "
                            + style.contains("italic") + " " + num(font.getSize()) + " "
                            + (t.getFill() instanceof Color col ? web(col) : "#000000") + " " + font.getFamily());
                    p.setProperty(k + r + ".text", t.getText());
                    // RichTextFX centres its text vertically in the line, which makes lines taller than plain Text's.
                    p.setProperty(k + r + ".bounds", t.getBoundsType().name());
                    r++;
                }
            }
            p.setProperty(k + "runs", Integer.toString(r));
            n++;
        }
        p.setProperty("flows", Integer.toString(n));
        return new FirstScreen(p);
    }

    /** The reader's paragraph text flows at least partly inside {@code clip}, top to bottom. */
    private static void collect(Parent parent, Bounds clip, List<TextFlow> out) {
        for (Node c : parent.getChildrenUnmodifiable()) {
            if (!c.isVisible() || out.size() >= MAX_FLOWS) {
                continue;
            }
            Bounds b = c.localToScene(c.getLayoutBounds());
            if (!b.intersects(clip)) {
                continue;
            }
            if (c instanceof TextFlow f) {
                out.add(f);
            } else if (c instanceof Parent p) {
                collect(p, clip, out);
            }
        }
        out.sort((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()));
    }

    /** Writes the screen to {@code file} (replacing it whole, so a reader never sees half a file). */
    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Pizhu's window as it was last seen; deleting it only costs the next start its first frame");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Where the window was. */
    WindowPlacement placement() {
        return WindowPlacement.decode(p.getProperty("window", "")).orElse(null);
    }

    /** The window's title then. */
    String title() {
        return p.getProperty("title", "Pizhu");
    }

    /** Index of the first block that was on screen. */
    int block() {
        return (int) number(p.getProperty("block"), 0);
    }

    /** The offset of the first character that was on screen in {@link #block()}. */
    int offset() {
        return (int) number(p.getProperty("offset"), 0);
    }

    /** The number of paragraphs kept. */
    int paragraphs() {
        return (int) number(p.getProperty("flows"), 0);
    }

    /** The paragraphs kept. */
    List<Flow> flows() {
        List<Flow> out = new ArrayList<>();
        for (int n = 0; n < paragraphs(); n++) {
            String k = "flow." + n + ".";
            double[] box = numbers(p.getProperty(k + "box", ""), 8);
            List<Run> runs = new ArrayList<>();
            for (int r = 0; r < number(p.getProperty(k + "runs"), 0); r++) {
                String[] f = p.getProperty(k + r + ".font", "").split(" ", 5);
                if (f.length == 5) {
                    runs.add(new Run(p.getProperty(k + r + ".text", ""), f[4], f[0], Boolean.parseBoolean(f[1]),
                            number(f[2], 16), f[3], p.getProperty(k + r + ".bounds", "LOGICAL")));
                }
            }
            double spacing = box[7];
            double line = number(p.getProperty(k + "line"), 0);
            if (line > 0 && !runs.isEmpty()) {
                // The reader's lines may be taller than plain text's in the same font (RichTextFX lays its text out
                // differently): the difference goes into the spacing, so that every line lands where it was.
                spacing += line - lineHeight(probe(runs.get(0)));
            }
            out.add(new Flow(box[0], box[1], box[2], new Insets(box[3], box[4], box[5], box[6]), spacing,
                    p.getProperty(k + "align", "LEFT"), runs));
        }
        return out;
    }

    /**
     * The screen as nodes: the chrome's colour everywhere, the paper where the reader was, and the paragraphs at
     * their places, clipped to the reader's viewport. Every style is inline, so no style sheet can change it.
     */
    Pane node() {
        Pane root = new Pane();
        root.setStyle(fill("chrome"));
        double[] paper = numbers(p.getProperty("paper.bounds", ""), 4);
        Region page = new Region();
        page.setStyle(fill("paper"));
        page.resizeRelocate(paper[0], paper[1], paper[2], paper[3]);
        page.setManaged(false);
        double[] view = numbers(p.getProperty("viewport", ""), 4);
        Pane text = new Pane();
        text.setManaged(false);
        text.setClip(new Rectangle(view[0], view[1], view[2], view[3]));
        for (Flow f : flows()) {
            TextFlow flow = new TextFlow();
            flow.setStyle(String.format(Locale.ROOT,
                    "-fx-padding: %s %s %s %s; -fx-line-spacing: %s; -fx-text-alignment: %s;", num(f.padding().getTop()),
                    num(f.padding().getRight()), num(f.padding().getBottom()), num(f.padding().getLeft()),
                    num(f.lineSpacing()), f.alignment().toLowerCase(Locale.ROOT)));
            for (Run r : f.runs()) {
                Text t = new Text(r.text());
                t.setBoundsType(boundsType(r.bounds()));
                t.setStyle("-fx-font-family: \"" + r.family().replace("\"", "") + "\"; -fx-font-size: " + num(r.size())
                        + "px; -fx-font-weight: " + r.weight() + "; -fx-font-style: " + (r.italic() ? "italic" : "normal")
                        + "; -fx-fill: " + r.fill() + ";");
                flow.getChildren().add(t);
            }
            flow.setPrefWidth(f.width());
            flow.setManaged(false);
            flow.relocate(f.x(), f.y());
            flow.resize(f.width(), flow.prefHeight(f.width()));
            text.getChildren().add(flow);
        }
        root.getChildren().addAll(page, text);
        root.setMouseTransparent(true);
        root.setId("first-screen");
        return root;
    }

    /** The height of the first line of {@code flow}'s text (its caret's height there). */
    private static double lineHeight(TextFlow flow) {
        return flow.getChildren().isEmpty() ? 0 : new javafx.scene.shape.Path(flow.caretShape(0, true))
                .getLayoutBounds().getHeight();
    }

    /** A one-character flow in {@code run}'s font, to measure the height of its lines. */
    private static TextFlow probe(Run run) {
        Text t = new Text("\u5b57");
        t.setFont(Font.font(run.family(), "bold".equals(run.weight()) ? javafx.scene.text.FontWeight.BOLD
                : javafx.scene.text.FontWeight.NORMAL, run.italic() ? javafx.scene.text.FontPosture.ITALIC
                : javafx.scene.text.FontPosture.REGULAR, run.size()));
        t.setBoundsType(boundsType(run.bounds()));
        return new TextFlow(t);
    }

    private static javafx.scene.text.TextBoundsType boundsType(String name) {
        try {
            return javafx.scene.text.TextBoundsType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return javafx.scene.text.TextBoundsType.LOGICAL;
        }
    }

    private String fill(String key) {
        String c = p.getProperty(key, "");
        return c.matches("#[0-9a-fA-F]{6,8}") ? "-fx-background-color: " + c + ";" : "";
    }

    private static String colour(Region r) {
        var bg = r.getBackground();
        if (bg == null || bg.getFills().isEmpty() || !(bg.getFills().get(bg.getFills().size() - 1).getFill()
                instanceof Color c)) {
            return "";
        }
        return web(c);
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255), Math.round(c.getOpacity() * 255));
    }

    private static String bounds(Bounds b) {
        return num(b.getMinX()) + " " + num(b.getMinY()) + " " + num(b.getWidth()) + " " + num(b.getHeight());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static double number(String s, double fallback) {
        try {
            return s == null ? fallback : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double[] numbers(String s, int count) {
        double[] out = new double[count];
        String[] parts = s.trim().split(" ");
        for (int i = 0; i < count && i < parts.length; i++) {
            out[i] = number(parts[i], 0);
        }
        return out;
    }
}
