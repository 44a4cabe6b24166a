package org.pizhu.importing;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.pizhu.document.BlockKind;

/**
 * Turns parsed HTML into blocks in document order: headings from {@code h1}–{@code h6}; captions from
 * {@code figcaption}, text in a {@code figure}, caption-like classes and lines marked ▲; bylines and credits from
 * short lines that read as one (a date, 记者/來源/編輯...); paragraphs from every other block element that holds text.
 * Text between block elements and text split by {@code <br>} become paragraphs of their own. Elements the caller
 * marks as junk are skipped. Shared by the HTML and EPUB readers.
 */
final class HtmlBlocks {
    /** Elements never read: code, styling, embedded objects, form controls. */
    static final String NEVER_READ = "script, style, noscript, template, iframe, frame, frameset, object, embed, applet, "
            + "svg, math, canvas, video, audio, map, button, input, select, textarea, option, link, meta, base";

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "thead",
            "tbody", "tfoot", "tr", "td", "th", "caption", "address", "header", "footer", "hr", "center", "details",
            "summary", "body", "aside", "nav", "hgroup", "form", "fieldset", "legend");
    private static final Pattern CAPTION = Pattern.compile("caption|pic-?desc|img-?desc|photo-?text|imgtxt|pic-?info|"
            + "picinfo|img-?info|photo-?info|pic-?txt", Pattern.CASE_INSENSITIVE);
    /** A dateline or byline: a date, or a reporter, source or author label. */
    static final Pattern BYLINE = Pattern.compile("(19|20)\\d\\d\\s*[-/年.]\\s*\\d{1,2}\\s*[-/月.]\\s*\\d{1,2}|"
            + "记者|記者|来源|來源|作者|报道|報導|报导|撰文|通讯员|通訊員|特派员|特派員|中心／|中心/|電］|电］|電\\)|电\\)");
    private static final Pattern CREDIT = Pattern.compile("责任编辑|責任編輯|责编|責編|编辑[：:]|編輯[：:]|校对|校對");
    private static final int SHORT_LINE = 80;
    private static final int MAX_DEPTH = 300;

    private final ImportContext ctx;
    private final StructuredText out;
    /** What an image standing for a character or word becomes when it has no alt text. */
    static final String MISSING_GLYPH = "〓";

    private final Predicate<Element> skip;
    private boolean imagesInText;
    private int missingGlyphs;

    HtmlBlocks(ImportContext ctx, StructuredText out) {
        this(ctx, out, e -> false);
    }

    /**
     * Reads images inside running text (a rare character drawn as a picture) as their alt text, or as
     * {@link #MISSING_GLYPH} when they have none; {@link #missingGlyphs()} counts those.
     */
    HtmlBlocks imagesInText() {
        imagesInText = true;
        return this;
    }

    /** How many images inside running text had no alt text and were kept as {@link #MISSING_GLYPH}. */
    int missingGlyphs() {
        return missingGlyphs;
    }

    HtmlBlocks(ImportContext ctx, StructuredText out, Predicate<Element> skip) {
        this.ctx = ctx;
        this.out = out;
        this.skip = skip;
    }

    /** An HTML parser with a bounded element depth (deeper elements are flattened), for hostile pages. */
    static org.jsoup.parser.Parser parser() {
        return org.jsoup.parser.Parser.htmlParser().setMaxDepth(256);
    }

    static boolean isBlock(String name) {
        return BLOCKS.contains(name) || name.equals("br");
    }

    /** Adds the blocks of {@code root} (the element itself included). */
    void add(Element root) throws ImportException {
        add(root, BlockKind.PARAGRAPH);
    }

    /** Adds the blocks of {@code root} with {@code kind} where no element or line says otherwise. */
    void add(Element root, BlockKind kind) throws ImportException {
        block(root, kind, 0);
    }

    /** The kind a short line reads as by its text: byline, credit, or {@code fallback}. */
    static BlockKind lineKind(String text, BlockKind fallback) {
        String t = StructuredText.clean(text);
        if (t.length() > SHORT_LINE || fallback != BlockKind.PARAGRAPH) {
            return fallback;
        }
        if (CREDIT.matcher(t).find()) {
            return BlockKind.CREDIT;
        }
        if (t.length() <= 50 && BYLINE.matcher(t).find() && !t.endsWith("。")) {
            return BlockKind.BYLINE;
        }
        return fallback;
    }

    private void block(Element e, BlockKind inherited, int depth) throws ImportException {
        BlockKind kind = kindOf(e, inherited);
        if (depth > MAX_DEPTH) {
            emit(kind, new StringBuilder(e.wholeText()));
            return;
        }
        if ((out.size() & 255) == 0) {
            ctx.check();
        }
        StringBuilder pending = new StringBuilder();
        boolean keepBreaks = kind == BlockKind.HEADING || e.normalName().equals("pre");
        inline(e, kind, pending, keepBreaks, depth);
        emit(kind, pending);
    }

    /** Walks the children of {@code parent}, gathering inline text into {@code pending} and emitting nested blocks. */
    private void inline(Element parent, BlockKind kind, StringBuilder pending, boolean keepBreaks, int depth)
            throws ImportException {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode t) {
                pending.append(t.getWholeText());
            } else if (child instanceof Element c) {
                String name = c.normalName();
                if (skip.test(c)) {
                    continue;
                }
                if (name.equals("br")) {
                    if (keepBreaks) {
                        pending.append('\n');
                    } else {
                        flush(kind, pending);
                    }
                } else if (name.equals("img")) {
                    if (imagesInText && !parent.ownText().isBlank()) {
                        String alt = c.attr("alt").strip();
                        pending.append(alt.isEmpty() ? MISSING_GLYPH : alt);
                        missingGlyphs += alt.isEmpty() ? 1 : 0;
                    }
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
        emit(kind, pending);
        pending.setLength(0);
    }

    private void emit(BlockKind kind, StringBuilder text) throws ImportException {
        BlockKind k = lineKind(text.toString(), kind);
        String t = StructuredText.clean(text);
        if (k == BlockKind.PARAGRAPH && (t.startsWith("▲") || t.startsWith("△") || t.startsWith("↑"))) {
            k = BlockKind.CAPTION;
        }
        out.add(k, text);
    }

    private static BlockKind kindOf(Element e, BlockKind inherited) {
        String name = e.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            return BlockKind.HEADING;
        }
        if (name.equals("figcaption") || name.equals("caption") || name.equals("figure")) {
            return BlockKind.CAPTION;
        }
        String marks = e.className() + " " + e.id();
        if (!marks.isBlank() && !name.equals("body") && CAPTION.matcher(marks).find()) {
            return BlockKind.CAPTION;
        }
        return inherited;
    }
}
