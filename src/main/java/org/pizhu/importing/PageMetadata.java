package org.pizhu.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a web page's structured metadata, most reliable first: JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code ReportageNewsArticle}... with {@code headline}, {@code author}, {@code datePublished}, {@code publisher}),
 * then Open Graph and article properties, then plain {@code <meta>} tags and {@code <title>}.
 */
final class PageMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "blogposting", "webpage", "report", "backgroundnewsarticle");

    private PageMetadata() {
    }

    /** The page's metadata; call before scripts are removed. */
    static SourceMetadata read(Document page) {
        String title = null;
        String date = null;
        String outlet = null;
        String url = null;
        Set<String> authors = new LinkedHashSet<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode article = article(parse(script.data()));
            if (article != null) {
                title = first(title, text(article.get("headline")), text(article.get("name")));
                date = first(date, text(article.get("datePublished")), text(article.get("dateCreated")));
                outlet = first(outlet, names(article.get("publisher")).stream().findFirst().orElse(null));
                url = first(url, text(article.get("url")), text(article.get("mainEntityOfPage")));
                authors.addAll(names(article.get("author")));
            }
        }
        title = first(title, meta(page, "og:title"), meta(page, "twitter:title"));
        date = first(date, meta(page, "article:published_time"), meta(page, "pubdate"), meta(page, "publishdate"),
                meta(page, "date"));
        outlet = first(outlet, meta(page, "og:site_name"), meta(page, "application-name"));
        url = first(url, meta(page, "og:url"), attr(page.selectFirst("link[rel=canonical]"), "href"));
        if (authors.isEmpty()) {
            for (String key : List.of("article:author", "author", "dc.creator")) {
                String a = meta(page, key);
                if (a != null && !a.contains("@") && !a.startsWith("http") && a.length() <= 40) {
                    authors.add(a);
                    break;
                }
            }
        }
        if (title == null && !page.title().isBlank()) {
            title = page.title().strip();
        }
        return new SourceMetadata(title, new ArrayList<>(authors), outlet, date, url, List.of());
    }

    private static JsonNode parse(String data) {
        try {
            return JSON.readTree(data.strip());
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** The first article-like object in a JSON-LD tree (arrays and {@code @graph} searched). */
    private static JsonNode article(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode a = article(c);
                if (a != null) {
                    return a;
                }
            }
            return null;
        }
        JsonNode type = n.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT)) && n.has("headline")) {
                    return n;
                }
            }
        }
        return article(n.get("@graph"));
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (JsonNode x : n.isArray() ? n : List.of(n)) {
            String name = x.isTextual() ? x.asText() : text(x.get("name"));
            if (name != null && !name.isBlank()) {
                out.add(name.strip());
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            return text(n.has("@id") ? n.get("@id") : n.get("name"));
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String meta(Document page, String key) {
        for (Element m : page.select("meta[content]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            if (k.equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null || e.attr(name).isBlank() ? null : e.attr(name);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
