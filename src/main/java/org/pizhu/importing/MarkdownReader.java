package org.pizhu.importing;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.pizhu.document.BlockKind;
import org.pizhu.document.Document;

/**
 * Reads Markdown by its CommonMark structure: headings are headings, paragraphs (also inside lists and quotes) are
 * paragraphs, and a paragraph that holds only an image becomes a caption made of the image's description. Line breaks
 * inside a paragraph are joined (without a space between Chinese characters). A large text is parsed piece by piece
 * ({@link MarkdownChunks}), to the same blocks.
 */
final class MarkdownReader {
    /** Appended to a piece: it comes out as the last top-level paragraph only when nothing was left open. */
    private static final String CUT_MARK = "pizhu-piece-end";

    private MarkdownReader() {
    }

    static Document read(ImportContext ctx, String markdown) throws ImportException {
        return read(ctx, markdown, MarkdownChunks.PIECE);
    }

    /** Reads {@code markdown} parsed in pieces of at least {@code piece} characters, to the blocks of the whole. */
    static Document read(ImportContext ctx, String markdown, int piece) throws ImportException {
        Parser parser = Parser.builder().build();
        StructuredText out = new StructuredText(ctx);
        java.util.List<Integer> cuts = MarkdownChunks.cuts(markdown, piece);
        int start = 0;
        long need = piece;
        for (int cut : cuts) {
            if (cut - start < need) {
                continue;
            }
            Node root = parser.parse(markdown.substring(start, cut) + CUT_MARK + "\n");
            Node last = root.getLastChild();
            if (last instanceof Paragraph && CUT_MARK.equals(inline(last))) {
                last.unlink();
                addBlocks(ctx, root, out);
                start = cut;
                need = piece;
            } else {
                need *= 2; // something stays open (say an unclosed fence): try twice as far, so work stays linear
            }
        }
        addBlocks(ctx, parser.parse(start == 0 ? markdown : markdown.substring(start)), out);
        if (out.size() == 0) {
            throw ctx.fail("has no text");
        }
        return out.build();
    }

    private static void addBlocks(ImportContext ctx, Node parent, StructuredText out) throws ImportException {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            ctx.check();
            if (node instanceof Heading) {
                out.add(BlockKind.HEADING, inline(node));
            } else if (node instanceof Paragraph) {
                Image image = onlyImage(node);
                out.add(image != null ? BlockKind.CAPTION : BlockKind.PARAGRAPH, inline(image != null ? image : node));
            } else if (node instanceof FencedCodeBlock f) {
                out.add(BlockKind.PARAGRAPH, f.getLiteral());
            } else if (node instanceof IndentedCodeBlock c) {
                out.add(BlockKind.PARAGRAPH, c.getLiteral());
            } else if (node instanceof HtmlBlock h) {
                out.add(BlockKind.PARAGRAPH, Jsoup.parseBodyFragment(h.getLiteral()).body().wholeText());
            } else if (node instanceof Block && !(node instanceof ThematicBreak)) {
                addBlocks(ctx, node, out);
            }
        }
    }

    private static Image onlyImage(Node paragraph) {
        Image image = null;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image i && image == null) {
                image = i;
            } else if (!(n instanceof SoftLineBreak || n instanceof HardLineBreak || n instanceof Text t && t.getLiteral().isBlank())) {
                return null;
            }
        }
        return image;
    }

    /** The visible text of an inline tree: text and code literals, line breaks as newlines. */
    static String inline(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak br) {
                sb.append('\n');
            }

            @Override
            public void visit(HardLineBreak br) {
                sb.append('\n');
            }
        });
        return sb.toString();
    }
}
