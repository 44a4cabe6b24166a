package org.pizhu.importing.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Makes the gold reading of each page of the page corpus from a hand-written recipe ({@code src/test/pages/recipes.tsv}):
 * CSS selectors naming, in the page itself, the headline, the dateline/byline lines, the article body, the captions and
 * credits in it, and what to drop from it (navigation, related lists, share widgets...). Every gold block is the text
 * of the page; nothing is written by hand. Also prints the candidates a recipe is written from ({@code dump ID}).
 *
 * <p>Run: {@code java -cp ... org.pizhu.importing.html.PageGold [CACHE] [dump ID]}; writes {@code CACHE/gold/ID.gold.json}.
 */
public final class PageGold {
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr",
            "td", "th", "caption", "header", "footer", "center", "form", "aside", "nav", "tbody", "thead", "hr", "br");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)", Pattern.CASE_INSENSITIVE);

    private PageGold() {
    }

    /** Reads a saved page the way a browser would pick its charset (meta, else UTF-8). */
    public static Document parse(Path file) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        String head = new String(bytes, 0, Math.min(bytes.length, 20000), StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET.matcher(head);
        Charset cs = StandardCharsets.UTF_8;
        try {
            return Jsoup.parse(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            // saved in the charset its meta tag names
        }
        if (m.find()) {
            String l = m.group(1).toLowerCase();
            cs = l.startsWith("gb") ? Charset.forName("GB18030") : l.startsWith("big5") ? Charset.forName("Big5-HKSCS")
                    : Charset.isSupported(l) ? Charset.forName(l) : StandardCharsets.UTF_8;
        }
        return Jsoup.parse(new String(bytes, cs));
    }

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args.length > 0 ? args[0] : "/work/pages-cache");
        Path pages = Path.of("src/test/pages");
        if (args.length > 2 && args[1].equals("dump")) {
            dump(parse(cache.resolve("raw/" + args[2] + ".html")));
            return;
        }
        Map<String, String[]> sources = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(pages.resolve("sources.tsv")).subList(1, Files.readAllLines(pages.resolve("sources.tsv")).size())) {
            String[] f = line.split("\t");
            sources.put(f[0], f);
        }
        Files.createDirectories(cache.resolve("gold"));
        ObjectMapper json = new ObjectMapper();
        List<String> recipes = Files.readAllLines(pages.resolve("recipes.tsv"));
        for (String line : recipes.subList(1, recipes.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] r = (line + "\t\t\t\t\t\t").split("\t", -1);
            String id = r[0];
            if (args.length > 1 && !args[1].equals(id) && !args[1].equals("all")) {
                continue;
            }
            String[] src = sources.get(id);
            Document page = parse(cache.resolve("raw/" + id + ".html"));
            List<String[]> blocks;
            try {
                blocks = gold(page, r[1], r[2], r[3], r[4], r[5], r[6]);
            } catch (RuntimeException e) {
                System.out.println("FAIL " + id + " " + e.getMessage());
                continue;
            }
            ObjectNode root = json.createObjectNode();
            root.put("document", "raw/" + id + ".html");
            ObjectNode source = root.putObject("source");
            source.put("repository", src[4]);
            source.put("commit", src[5]);
            source.put("path", src[6]);
            root.put("outlet", src[1]);
            root.put("script", src[2]);
            root.put("split", src[3]);
            root.put("note", "Made by PageGold from recipes.tsv: the page's own text; speakers not annotated ('?').");
            ArrayNode out = root.putArray("blocks");
            for (String[] b : blocks) {
                ObjectNode o = out.addObject();
                o.put("kind", b[0]);
                o.put("text", b[1]);
                o.put("speaker", "?");
            }
            root.putArray("speakers");
            root.putArray("reporters");
            Files.writeString(cache.resolve("gold/" + id + ".gold.json"),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            if (args.length > 1) {
                System.out.println("=== " + id + " " + blocks.size());
                blocks.forEach(b -> System.out.println(b[0] + "\t" + b[1]));
            }
        }
    }

    /** The gold blocks of a page from its recipe. */
    static List<String[]> gold(Document page, String title, String meta, String body, String drop, String caption,
            String credit) {
        List<String[]> out = new ArrayList<>();
        if (!drop.isBlank()) {
            page.select(drop).remove();
        }
        page.select("script, style, noscript").remove();
        Element t = page.selectFirst(title);
        if (t == null) {
            throw new IllegalStateException("no title " + title);
        }
        out.add(new String[] {"title", clean(t.text())});
        if (!meta.isBlank()) {
            for (String sel : meta.split(";")) {
                String kind = sel.startsWith("credit:") ? "credit" : "byline";
                for (Element e : page.select(sel.replaceFirst("^(credit|byline):", ""))) {
                    lines(e, kind, "", "", out);
                    e.remove();
                }
            }
        }
        for (Element e : page.select(body)) {
            lines(e, "paragraph", caption, credit, out);
        }
        out.removeIf(b -> b[1].isEmpty());
        return out;
    }

    /** The blocks of an element as the gold recipes read them (used for Readability4J's output too). */
    static List<String[]> blocksOf(Element root) {
        List<String[]> out = new ArrayList<>();
        lines(root, "paragraph", "", "", out);
        return out;
    }

    private static void lines(Element root, String kind, String caption, String credit, List<String[]> out) {
        StringBuilder line = new StringBuilder();
        walk(root, kind, caption, credit, line, out);
        flush(kind, line, out);
    }

    private static void walk(Element e, String kind, String caption, String credit, StringBuilder line,
            List<String[]> out) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode tn) {
                line.append(tn.getWholeText());
            } else if (n instanceof Element c) {
                String k = kind;
                if (!caption.isBlank() && c.is(caption)) {
                    k = "caption";
                } else if (!credit.isBlank() && c.is(credit)) {
                    k = "credit";
                } else if (c.normalName().matches("h[2-6]")) {
                    k = "heading";
                } else if (c.normalName().equals("figcaption")) {
                    k = "caption";
                }
                if (BLOCK.contains(c.normalName()) || !k.equals(kind)) {
                    flush(kind, line, out);
                    walk(c, k, caption, credit, line, out);
                    flush(k, line, out);
                } else {
                    walk(c, kind, caption, credit, line, out);
                }
            }
        }
    }

    private static void flush(String kind, StringBuilder line, List<String[]> out) {
        String t = clean(line.toString());
        if (!t.isEmpty()) {
            out.add(new String[] {kind, t});
        }
        line.setLength(0);
    }

    static String clean(String s) {
        return s.replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("\\s+", " ").trim();
    }

    private static void dump(Document page) {
        System.out.println("TITLE " + page.title());
        page.select("meta[property=og:title], meta[name=author], meta[property=article:author]")
                .forEach(m -> System.out.println("META " + m.attr("property") + m.attr("name") + " = " + m.attr("content")));
        System.out.println("JSONLD " + page.select("script[type=application/ld+json]").size());
        page.select("h1, h2").forEach(h -> System.out.println("H " + h.cssSelector() + " | " + clip(h.text(), 60)));
        List<Element> all = new ArrayList<>(page.body().select("*"));
        all.sort(Comparator.comparingInt((Element x) -> -pText(x)));
        for (Element e : all.subList(0, Math.min(4, all.size()))) {
            System.out.println("BODY " + pText(e) + " " + e.cssSelector() + " | " + clip(e.text(), 50));
        }
        int n = 0;
        for (Element e : page.body().select("[class~=(?i)(author|source|time|date|edit|info|byline|from|laiyuan)], [id~=(?i)(author|source|time|date|edit|info|byline)]")) {
            if (e.text().length() < 120 && !e.text().isBlank() && n++ < 14) {
                System.out.println("META? " + e.cssSelector() + " | " + clip(e.text(), 70));
            }
        }
        n = 0;
        for (Element e : page.body().select("img[alt], [class~=(?i)(caption|desc|pic|img|photo)]")) {
            String t = e.is("img") ? e.attr("alt") : e.ownText();
            if (!t.isBlank() && n++ < 8) {
                System.out.println("IMG? " + e.cssSelector() + " | " + clip(t, 50));
            }
        }
    }

    private static int pText(Element e) {
        int s = 0;
        for (Element c : e.children()) {
            if (c.normalName().equals("p")) {
                s += c.text().length();
            }
        }
        return s + e.ownText().length();
    }

    private static String clip(String s, int n) {
        return s.length() > n ? s.substring(0, n) : s;
    }
}
