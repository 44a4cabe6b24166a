package org.pizhu.importing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.pizhu.document.BlockKind;

/**
 * Turns parsed HTML into blocks in document order: headings from {@code h1}–{@code h6}, captions from
 * {@code figcaption} (or a caption class), bylines and credits from author/editor classes, paragraphs from every other
 * block element that holds text. Text between block elements and text split by {@code <br>} in a container become
 * paragraphs of their own. Shared by the HTML and EPUB readers.
 */
final class HtmlBlocks {
    /** Elements never read: code, styling, embedded objects, forms. */
    static final String NEVER_READ = "script, style, noscript, template, iframe, frame, frameset, object, embed, applet, "
            + "svg, math, canvas, video, audio, map, form, button, input, select, textarea, option, link, meta, base";

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "thead",
            "tbody", "tfoot", "tr", "td", "th", "caption", "address", "header", "footer", "hr", "center", "details",
            "summary", "body", "aside", "nav", "hgroup");
    private static final Pattern CAPTION = Pattern.compile("caption|pic-?desc|img-?desc|photo-?text|imgtxt", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("byline|author|reporter", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile("editor|credit", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DEPTH = 300;

    private final ImportContext ctx;
    private final StructuredText out;

    HtmlBlocks(ImportContext ctx, StructuredText out) {
        this.ctx = ctx;
        this.out = out;
    }

    /** An HTML parser with a bounded element depth (deeper elements are flattened), for hostile pages. */
    static org.jsoup.parser.Parser parser() {
        return org.jsoup.parser.Parser.htmlParser().setMaxDepth(256);
    }

    /** Adds the blocks of {@code root} (the element itself included). */
    void add(Element root) throws ImportException {
        block(root, BlockKind.PARAGRAPH, 0);
    }

    private void block(Element e, BlockKind inherited, int depth) throws ImportException {
        BlockKind kind = kindOf(e, inherited);
        if (depth > MAX_DEPTH) {
            out.add(kind, e.wholeText());
            return;
        }
        if ((out.size() & 255) == 0) {
            ctx.check();
        }
        StringBuilder pending = new StringBuilder();
        boolean keepBreaks = kind == BlockKind.HEADING || e.normalName().equals("p") || e.normalName().equals("pre");
        inline(e, kind, pending, keepBreaks, depth);
        out.add(kind, pending);
    }

    /** Walks the children of {@code parent}, gathering inline text into {@code pending} and emitting nested blocks. */
    private void inline(Element parent, BlockKind kind, StringBuilder pending, boolean keepBreaks, int depth)
            throws ImportException {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode t) {
                pending.append(t.getWholeText());
            } else if (child instanceof Element c) {
                String name = c.normalName();
                if (name.equals("br")) {
                    if (keepBreaks) {
                        pending.append('\n');
                    } else {
                        flush(kind, pending);
                    }
                } else if (name.equals("img")) {
                    continue;
                } else if (BLOCKS.contains(name)) {
                    flush(kind, pending);
                    block(c, kind, depth + 1);
                } else if (depth > MAX_DEPTH) {
                    pending.append(c.wholeText());
                } else {
                    inline(c, kind, pending, keepBreaks, depth + 1);
                }
            }
        }
    }

    private void flush(BlockKind kind, StringBuilder pending) throws ImportException {
        out.add(kind, pending);
        pending.setLength(0);
    }

    private static BlockKind kindOf(Element e, BlockKind inherited) {
        String name = e.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return BlockKind.HEADING;
        }
        if (name.equals("figcaption") || name.equals("caption")) {
            return BlockKind.CAPTION;
        }
        String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (!marks.isBlank() && !name.equals("body") && !name.equals("article") && !name.equals("main")) {
            if (CAPTION.matcher(marks).find()) {
                return BlockKind.CAPTION;
            }
            if (BYLINE.matcher(marks).find()) {
                return BlockKind.BYLINE;
            }
            if (CREDIT.matcher(marks).find()) {
                return BlockKind.CREDIT;
            }
        }
        return inherited;
    }
}
