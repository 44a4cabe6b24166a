package org.pizhu.importing;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds a page's article by scoring the whole DOM, as Readability and GeneralNewsExtractor
 * do, without trusting any one tag: each run of text scores by its punctuation and length when it is not mostly link
 * text; link text and unpunctuated short text count against the elements that hold them; a class or id that names
 * boilerplate (comments, related links, share bars...) only weakens the text under it. The article is the element
 * whose good text most outweighs its junk, narrowed to a child that keeps nearly all of that.
 */
final class ArticleFinder {
    static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[\\s_-])(ads?|advert\\w*|banner|sponsor\\w*|promo\\w*|share|sharing|social|related|recommend\\w*|"
                    + "comments?|cmt\\w*|sidebar|breadcrumbs?|menu|navbar|nav|cookie\\w*|subscribe|newsletter|popup|modal|"
                    + "toolbar|pagination|pager|hot\\w*|most-?read|footer|header|tags?|keywords?|extend\\w*|also\\w*|"
                    + "rank\\w*|aside|right|login|qrcode)($|[\\s_-])", Pattern.CASE_INSENSITIVE);
    private static final double JUNK_WEIGHT = 1.5;
    private static final double KEEP_ON_NARROWING = 0.85;
    private static final int NEAR_LEVELS = 3;
    private static final double MARKED_WEIGHT = 0.25;

    /** Text statistics of one element: characters, link characters, punctuation, good score and junk. */
    static final class Stats {
        int chars;
        int links;
        int punct;
        double good;
        double junk;

        double score() {
            return good - JUNK_WEIGHT * junk;
        }
    }

    private final Map<Element, Stats> stats = new IdentityHashMap<>();

    /** Scores every element under {@code body}. */
    ArticleFinder(Element body) {
        measure(body, 0);
    }

    Stats stats(Element e) {
        Stats s = stats.get(e);
        return s == null ? new Stats() : s;
    }

    /**
     * The element that holds the article. Text in the headline's neighbourhood (under one of its nearest ancestors)
     * weighs double: a page's short article is not outweighed by long boilerplate prose elsewhere.
     */
    Element article(Element body, Element headline) {
        java.util.Set<Element> near = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (headline != null) {
            Element p = headline.parent();
            for (int i = 0; i < NEAR_LEVELS && p != null && p != body; i++, p = p.parent()) {
                near.add(p);
            }
        }
        Element best = body;
        double bestScore = stats(body).score();
        for (Element e : body.select("*")) {
            double score = stats(e).score();
            if (score > 0 && !near.isEmpty() && (near.contains(e) || e.parents().stream().anyMatch(near::contains))) {
                score *= 2;
            }
            long marks = e.parents().stream().filter(p -> p != body && marked(p)).limit(2).count();
            if (score > 0 && marks > 0) {
                score *= Math.pow(MARKED_WEIGHT, marks);
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        boolean narrowed = true;
        while (narrowed) {
            narrowed = false;
            for (Element c : best.children()) {
                if (stats(c).score() >= KEEP_ON_NARROWING * stats(best).score() && stats(c).score() > 0) {
                    best = c;
                    narrowed = true;
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Whether a block element under the article is boilerplate: mostly links, or marked so and with little prose.
     * Inline elements are never junk by themselves (a reporter's name is often a link inside the byline).
     */
    boolean isJunk(Element e) {
        Stats s = stats(e);
        if (s.chars == 0 || !HtmlBlocks.isBlock(e.normalName())) {
            return false;
        }
        if (s.links * 2 > s.chars && s.chars >= 4) {
            return true;
        }
        return marked(e) && s.punct * 40 < s.chars;
    }

    /** Whether a class, id or tag names boilerplate (evidence that weakens the text under it; it drops nothing alone). */
    static boolean marked(Element e) {
        String name = e.normalName();
        return name.equals("nav") || name.equals("aside") || name.equals("footer")
                || BOILERPLATE.matcher(e.className() + " " + e.id()).find();
    }

    private Stats measure(Element e, int depth) {
        Stats s = new Stats();
        int directChars = 0;
        int directLinks = 0;
        int directPunct = 0;
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                int[] c = count(t.getWholeText());
                directChars += c[0];
                directPunct += c[1];
            } else if (n instanceof Element c && depth < 200) {
                Stats cs = measure(c, depth + 1);
                boolean link = c.normalName().equals("a");
                if (link) {
                    cs.links = cs.chars;
                }
                if (HtmlBlocks.isBlock(c.normalName())) {
                    s.good += cs.good;
                    s.junk += cs.junk;
                    s.chars += cs.chars;
                    s.links += cs.links;
                    s.punct += cs.punct;
                } else {
                    directChars += cs.chars;
                    directLinks += cs.links;
                    directPunct += cs.punct;
                    s.good += cs.good;
                    s.junk += cs.junk;
                }
            }
        }
        if (directChars > 0) {
            boolean prose = directChars >= 24 && directLinks * 2 < directChars && directPunct > 0;
            if (prose) {
                s.good += directPunct + directChars / 120.0;
            } else {
                s.junk += (directLinks + (directPunct == 0 ? directChars : 0)) / 120.0;
            }
        }
        s.chars += directChars;
        s.links += directLinks;
        s.punct += directPunct;
        if (marked(e)) {
            s.junk += s.good * (1 - MARKED_WEIGHT);
            s.good *= MARKED_WEIGHT;
        }
        stats.put(e, s);
        return s;
    }

    /**
     * Non-space characters and sentence punctuation in a text, CJK counted three times (a Chinese character carries
     * about as much as a Latin word; a language prompt or an English widget weighs less than Chinese prose).
     */
    static int[] count(String t) {
        int chars = 0;
        int punct = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (StructuredText.isCjk(c)) {
                chars += 3;
                punct += "，。！？；：、「」“”（）".indexOf(c) >= 0 ? 3 : 0;
            } else if (!StructuredText.isSpace(c)) {
                chars++;
                punct += ",.!?;".indexOf(c) >= 0 ? 1 : 0;
            }
        }
        return new int[] {chars, punct};
    }
}
