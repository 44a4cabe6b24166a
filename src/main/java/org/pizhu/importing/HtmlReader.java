package org.pizhu.importing;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.pizhu.document.BlockKind;

/**
 * Reads a saved web page: decodes it (override, byte-order mark, {@code <meta charset>}, else detection), parses it
 * with jsoup (which never runs scripts or loads resources) and keeps only the article.
 *
 * <p>The article is the {@code <article>} with the most text, else {@code <main>}/{@code role=main}, else the element
 * whose child paragraphs hold the most text, else the body. Navigation, asides, forms, scripts, styles and elements
 * whose class or id marks them as ads, share bars, related links or comments are dropped. When the article does not
 * contain an {@code <h1>}, the page's first {@code <h1>} is put first as its headline.
 */
final class HtmlReader {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[\\s_-])(ads?|advert\\w*|banner|sponsor\\w*|promo\\w*|share|sharing|social|related|recommend\\w*|"
                    + "comments?|sidebar|breadcrumbs?|menu|navbar|nav|cookie\\w*|subscribe|newsletter|popup|modal|"
                    + "toolbar|pagination|pager|hot-?news|most-?read)($|[\\s_-])", Pattern.CASE_INSENSITIVE);

    private HtmlReader() {
    }

    static ImportedText read(ImportContext ctx, byte[] bytes) throws ImportException {
        TextDecoder.Decoded decoded = decode(ctx, bytes);
        ctx.progress(0.3);
        org.jsoup.nodes.Document page = Jsoup.parse(decoded.text(), "", HtmlBlocks.parser());
        page.select(HtmlBlocks.NEVER_READ).remove();
        Element root = articleRoot(page);
        Element headline = root.selectFirst("h1") == null ? page.selectFirst("h1") : null;
        root.select("nav, aside, menu, dialog, [hidden], [aria-hidden=true]").remove();
        if (root == page.body()) {
            root.select("header, footer").remove();
        }
        removeBoilerplate(root);
        ctx.progress(0.6);
        StructuredText out = new StructuredText(ctx);
        if (headline != null && !root.equals(headline) && !headline.parents().contains(root)
                && headline.parents().select("nav, aside, footer").isEmpty()) {
            out.add(BlockKind.HEADING, headline.wholeText());
        }
        new HtmlBlocks(ctx, out).add(root);
        if (out.size() == 0) {
            throw ctx.fail("has no article text");
        }
        return new ImportedText(out.build(), SourceFormat.HTML, decoded.encoding());
    }

    private static TextDecoder.Decoded decode(ImportContext ctx, byte[] bytes) throws ImportException {
        if (ctx.options.encoding() != null || startsWithBom(bytes)) {
            return TextDecoder.decode(bytes, ctx.options.encoding(), ctx.label);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Charset cs = webCharset(m.group(1));
            if (cs != null) {
                try {
                    String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
                    return new TextDecoder.Decoded(text, cs.name());
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw ctx.fail("is not valid " + cs.name());
                }
            }
        }
        return TextDecoder.decode(bytes, null, ctx.label);
    }

    /** The charset a browser would use for a meta label: GB2312/GBK read as GB18030, Big5 as Big5-HKSCS. */
    static Charset webCharset(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        String name = switch (l) {
            case "gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", "csgb2312" -> "GB18030";
            case "big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5" -> "Big5-HKSCS";
            default -> l;
        };
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
                || b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** The element that holds the article. */
    static Element articleRoot(org.jsoup.nodes.Document page) {
        Element best = mostText(page.select("article"));
        if (best != null) {
            return best;
        }
        best = mostText(page.select("main, [role=main]"));
        if (best != null) {
            return best;
        }
        Element dense = null;
        int denseScore = 0;
        java.util.Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent == null || !seen.add(parent)) {
                continue;
            }
            int score = 0;
            for (Element sibling : parent.children()) {
                if (sibling.normalName().equals("p")) {
                    score += sibling.text().length();
                }
            }
            if (score > denseScore) {
                denseScore = score;
                dense = parent;
            }
        }
        return dense != null && denseScore >= 80 ? dense : page.body();
    }

    private static Element mostText(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element e : candidates) {
            int length = e.text().length();
            if (length > bestLength) {
                bestLength = length;
                best = e;
            }
        }
        return best;
    }

    private static void removeBoilerplate(Element root) {
        for (Element e : root.select("[class], [id]")) {
            if (e != root && e.parent() != null && BOILERPLATE.matcher(e.className() + " " + e.id()).find()) {
                e.remove();
            }
        }
    }
}
