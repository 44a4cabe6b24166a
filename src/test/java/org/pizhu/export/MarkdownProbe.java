package org.pizhu.export;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Parses Markdown back with CommonMark and reads what it renders: block quotes' text, HTML nodes, markup inside. */
final class MarkdownProbe {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownProbe() {
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The rendered text of each top-level block quote, in order (paragraphs and hard breaks become line breaks). */
    static List<String> blockquotes(Node doc) {
        List<String> out = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof BlockQuote) {
                out.add(text(n));
            }
        }
        return out;
    }

    /** Everything inside {@code node} that is not plain text, paragraphs or line breaks (should be nothing). */
    static List<String> markup(Node node) {
        List<String> found = new ArrayList<>();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Paragraph || n instanceof Text || n instanceof HardLineBreak)) {
                found.add(n.getClass().getSimpleName());
            }
            found.addAll(markup(n));
        }
        return found;
    }

    /** HTML blocks and inline HTML anywhere in the document. */
    static List<String> html(Node doc) {
        List<String> found = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline h) {
                found.add(h.getLiteral());
            }

            @Override
            public void visit(HtmlBlock h) {
                found.add(h.getLiteral());
            }
        });
        return found;
    }

    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                sb.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                sb.append(c.getLiteral());
            }

            @Override
            public void visit(HardLineBreak b) {
                sb.append('\n');
            }

            @Override
            public void visit(SoftLineBreak b) {
                sb.append('\n');
            }

            @Override
            public void visit(Paragraph p) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                visitChildren(p);
            }
        });
        return sb.toString();
    }
}
