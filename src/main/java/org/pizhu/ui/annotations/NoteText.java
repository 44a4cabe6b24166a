package org.pizhu.ui.annotations;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * A note written in Markdown as formatted text runs for a {@link javafx.scene.text.TextFlow}: bold, italic, code,
 * headings, list bullets and paragraphs, so a hover shows "要點" in bold rather than {@code **要點**}.
 */
public final class NoteText {
    private static final Parser PARSER = Parser.builder().build();

    private NoteText() {
    }

    /** The runs of {@code markdown}, each a {@link Text} with style classes {@code note-strong}, {@code note-em}…. */
    public static List<Text> runs(String markdown) {
        Runs v = new Runs();
        PARSER.parse(markdown == null ? "" : markdown).accept(v);
        while (!v.out.isEmpty() && v.out.get(v.out.size() - 1).getText().equals("\n")) {
            v.out.remove(v.out.size() - 1);
        }
        return v.out;
    }

    /** The plain text the runs show (for tests and accessibility). */
    public static String plain(String markdown) {
        StringBuilder s = new StringBuilder();
        runs(markdown).forEach(t -> s.append(t.getText()));
        return s.toString();
    }

    /** Walks the Markdown tree, keeping the open emphasis as style classes. */
    private static final class Runs extends AbstractVisitor {
        private final List<Text> out = new ArrayList<>();
        private final List<String> styles = new ArrayList<>();

        private void add(String text, String... extra) {
            Text t = new Text(text);
            t.getStyleClass().add("note-text");
            t.getStyleClass().addAll(styles);
            t.getStyleClass().addAll(extra);
            out.add(t);
        }

        private void breakBlock() {
            if (!out.isEmpty() && !out.get(out.size() - 1).getText().endsWith("\n")) {
                add("\n");
            }
        }

        private void styled(Node node, String style) {
            styles.add(style);
            visitChildren(node);
            styles.remove(styles.size() - 1);
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            add(text.getLiteral());
        }

        @Override
        public void visit(StrongEmphasis node) {
            styled(node, "note-strong");
        }

        @Override
        public void visit(Emphasis node) {
            styled(node, "note-em");
        }

        @Override
        public void visit(Code code) {
            add(code.getLiteral(), "note-code");
        }

        @Override
        public void visit(Heading node) {
            breakBlock();
            styled(node, "note-strong");
            breakBlock();
        }

        @Override
        public void visit(Paragraph node) {
            breakBlock();
            visitChildren(node);
            breakBlock();
        }

        @Override
        public void visit(ListItem node) {
            breakBlock();
            add("\u2022 ");
            visitChildren(node);
        }

        @Override
        public void visit(BlockQuote node) {
            styled(node, "note-em");
        }

        @Override
        public void visit(FencedCodeBlock node) {
            breakBlock();
            add(node.getLiteral(), "note-code");
        }

        @Override
        public void visit(IndentedCodeBlock node) {
            breakBlock();
            add(node.getLiteral(), "note-code");
        }

        @Override
        public void visit(SoftLineBreak node) {
            add("\n");
        }

        @Override
        public void visit(HardLineBreak node) {
            add("\n");
        }
    }
}
