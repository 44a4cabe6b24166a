package org.pizhu.importing;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.pizhu.document.BlockKind;

/**
 * Reads a saved web page as its article: decodes it (override, byte-order mark, valid UTF-8, {@code <meta charset>},
 * else detection), parses it with jsoup (which never runs scripts or loads resources), reads its structured metadata
 * ({@link PageMetadata}), finds the article by scoring the DOM ({@link ArticleFinder}), then writes the headline (the
 * page element that matches the metadata title), the dateline/byline lines between headline and article, and the
 * article's blocks without the junk inside it. No tag ({@code form}, {@code main}, {@code section}, {@code article})
 * decides anything by itself.
 */
final class HtmlReader {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s*[|_｜│]\\s*|\\s+[-–—]\\s+");
    private static final int MAX_BYLINES = 3;
    private static final int BYLINE_CHARS = 100;

    private HtmlReader() {
    }

    static ImportedText read(ImportContext ctx, byte[] bytes) throws ImportException {
        TextDecoder.Decoded decoded = decode(ctx, bytes);
        ctx.progress(0.3);
        org.jsoup.nodes.Document page = Jsoup.parse(decoded.text(), "", HtmlBlocks.parser());
        SourceMetadata meta = PageMetadata.read(page);
        page.select(HtmlBlocks.NEVER_READ).remove();
        page.select("[hidden], [aria-hidden=true], [style~=(?i)display:\\s*none]").remove();
        ArticleFinder finder = new ArticleFinder(page.body());
        Map<Element, Integer> order = new IdentityHashMap<>();
        for (Element e : page.body().select("*")) {
            order.put(e, order.size());
        }
        Element root = finder.article(page.body(), headline(page, meta, finder.article(page.body(), null), order));
        Element headline = headline(page, meta, root, order);
        ctx.progress(0.6);
        StructuredText out = new StructuredText(ctx);
        int titleBlock = -1;
        if (headline != null && out.add(BlockKind.HEADING, headline.text())) {
            titleBlock = 0;
        } else if (meta.title() != null && out.add(BlockKind.HEADING, meta.title())) {
            titleBlock = 0;
        }
        List<Element> bylines = headline == null ? List.of() : bylines(page.body(), headline, root, order);
        java.util.function.Predicate<Element> junk = e -> e == headline || bylines.contains(e)
                || e.normalName().equals("nav") || e.normalName().equals("aside") || finder.isJunk(e);
        for (Element b : bylines) {
            new HtmlBlocks(ctx, out, e -> e != b && junk.test(e)).add(b, BlockKind.BYLINE);
        }
        new HtmlBlocks(ctx, out, junk).add(root);
        if (out.size() == 0) {
            throw ctx.fail("has no article text");
        }
        return new ImportedText(out.build(), SourceFormat.HTML, decoded.encoding(), meta, titleBlock);
    }

    /** The page element that is the article's headline: the one that matches the metadata title best. */
    static Element headline(org.jsoup.nodes.Document page, SourceMetadata meta, Element root,
            Map<Element, Integer> order) {
        List<String> titles = new ArrayList<>();
        if (meta.title() != null) {
            titles.add(norm(meta.title()));
        }
        titles.add(norm(page.title()));
        titles.removeIf(t -> t.length() < 4);
        for (String piece : TITLE_SEPARATORS.split(page.title())) {
            if (norm(piece).length() >= 4) {
                titles.add(norm(piece));
            }
        }
        int rootAt = order.getOrDefault(root, 0);
        Element best = null;
        double bestScore = 0;
        for (Element e : page.body().select("h1, h2, h3, h4, [class*=title], [id*=title], [class*=headline], "
                + "[class*=topic], [id*=topic], [class*=subject]")) {
            String t = norm(e.text());
            if (t.length() < 2 || t.length() > 150 || inBoilerplate(e, root)) {
                continue;
            }
            double score = 0;
            for (String title : titles) {
                if (title.equals(t)) {
                    score = Math.max(score, 3);
                } else if (title.contains(t) && t.length() * 5 >= title.length() * 3
                        || t.contains(title) && title.length() * 5 >= t.length() * 3) {
                    score = Math.max(score, 2);
                }
            }
            if (score == 0 && e.normalName().equals("h1")) {
                score = 1;
            }
            if (score == 0) {
                continue;
            }
            score += e.normalName().equals("h1") ? 0.5 : 0;
            int at = order.getOrDefault(e, 0);
            score += at <= rootAt || e.parents().contains(root) ? 0.25 : 0;
            if (score > bestScore || score == bestScore && at <= rootAt) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** Short dateline/byline elements after the headline and before the article (not inside either). */
    private static List<Element> bylines(Element body, Element headline, Element root, Map<Element, Integer> order) {
        List<Element> found = new ArrayList<>();
        int from = order.getOrDefault(headline, 0);
        int to = order.getOrDefault(root, 0);
        if (root.parents().contains(headline) || from >= to) {
            return found;
        }
        for (Element e : body.select("*")) {
            int at = order.get(e);
            if (at <= from || at >= to || e.parents().contains(headline) || found.size() >= MAX_BYLINES
                    || e.parents().stream().anyMatch(found::contains) || e.parents().contains(root)) {
                continue;
            }
            String t = StructuredText.clean(e.text());
            Element parent = e.parent();
            boolean whole = parent == null || parent.text().length() > BYLINE_CHARS || parent.children().contains(headline)
                    || order.getOrDefault(parent, 0) <= from;
            if (!t.isEmpty() && t.length() <= BYLINE_CHARS && whole && HtmlBlocks.BYLINE.matcher(t).find()
                    && !ArticleFinder.marked(e)) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean inBoilerplate(Element e, Element root) {
        for (Element p = e; p != null && p != root; p = p.parent()) {
            String name = p.normalName();
            if (name.equals("nav") || name.equals("footer") || name.equals("aside")
                    || name.equals("header") && !root.parents().contains(p)
                    && (p.parent() == p.ownerDocument().body() || p.selectFirst("nav") != null)) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static TextDecoder.Decoded decode(ImportContext ctx, byte[] bytes) throws ImportException {
        if (ctx.options.encoding() != null || startsWithBom(bytes)) {
            return TextDecoder.decode(bytes, ctx.options.encoding(), ctx.label);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return new TextDecoder.Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            // a page saved in the legacy charset its meta tag names: read below
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
                } catch (CharacterCodingException e) {
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
}
