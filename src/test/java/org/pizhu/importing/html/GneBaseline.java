package org.pizhu.importing.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pizhu.corpus.Analysis;

/**
 * A baseline in the manner of GeneralNewsExtractor (text and symbol density, Hong et al.), re-implemented from the
 * paper's description for scoring only: the node with the best text density × log(symbol density) × log10(paragraph
 * count + 2) is the content, split into blocks as the gold recipes are; the title is the {@code h1} contained in
 * {@code <title>}, else {@code <title>}.
 */
final class GneBaseline {
    private static final String PUNCT = "，。！？；：、「」“”（）,.!?;:";

    private GneBaseline() {
    }

    static Analysis read(Path raw) throws java.io.IOException {
        Document page = PageGold.parse(raw);
        page.select("script, style, noscript, iframe, svg").remove();
        Element best = page.body();
        double bestScore = -1;
        for (Element e : page.body().select("*")) {
            int paragraphs = e.select("p").size();
            String text = e.text().replaceAll("\\s", "");
            int links = 0;
            for (Element a : e.select("a")) {
                links += a.text().replaceAll("\\s", "").length();
            }
            int tags = e.select("*").size();
            int linkTags = e.select("a").size();
            int plain = text.length() - links;
            if (plain <= 0) {
                continue;
            }
            long symbols = text.chars().filter(c -> PUNCT.indexOf(c) >= 0).count();
            double density = plain / (double) Math.max(1, tags - linkTags);
            double score = density * Math.log(plain / (double) (symbols + 1) + 1) * Math.log10(paragraphs + 2);
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        List<Analysis.AnalysisBlock> blocks = new ArrayList<>();
        String title = page.title();
        for (Element h : page.select("h1")) {
            if (!h.text().isBlank() && page.title().contains(h.text().strip())) {
                title = h.text();
                break;
            }
        }
        blocks.add(new Analysis.AnalysisBlock("title", PageGold.clean(title), null));
        for (String[] b : PageGold.blocksOf(best)) {
            blocks.add(new Analysis.AnalysisBlock(b[0], b[1], null));
        }
        return new Analysis(blocks, List.of(), List.of());
    }
}
