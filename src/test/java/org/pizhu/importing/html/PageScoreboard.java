package org.pizhu.importing.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.pizhu.corpus.Analysis;
import org.pizhu.corpus.AnalysisScorer;
import org.pizhu.corpus.Gold;
import org.pizhu.document.Block;
import org.pizhu.importing.ImportedText;
import org.pizhu.importing.Importer;

/**
 * Scores web-page import on the page corpus ({@code src/test/pages}, pages and gold in the cache that
 * {@code build.sh} and {@link PageGold} write) next to Readability4J and a GNE-style density baseline
 * ({@link GneBaseline}): block F1 and kind accuracy with the project's scorer, junk characters kept per page (output
 * text found in no gold block) and whether the title is right.
 *
 * <p>Run: {@code java -cp ... org.pizhu.importing.html.PageScoreboard [CACHE] [verbose | show ID]}; the holdout pages
 * are scored only with {@code -Dpages.holdout=true} (for the report, never while tuning).
 */
public final class PageScoreboard {
    private PageScoreboard() {
    }

    /** One reading's scores on one page. */
    record Score(double f1, double kinds, int junk, boolean title) {
    }

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args.length > 0 ? args[0] : "/work/pages-cache");
        boolean verbose = args.length > 1;
        if (args.length > 2 && args[1].equals("show")) {
            for (Analysis.AnalysisBlock b : pizhu(new Importer(), cache.resolve("raw/" + args[2] + ".html")).blocks()) {
                System.out.println(b.kind() + "\t" + b.text());
            }
            return;
        }
        Map<String, String> split = new LinkedHashMap<>();
        for (String line : Files.readAllLines(cache.resolve("sources.tsv"))) {
            String[] f = line.split("\t");
            if (!f[0].equals("id")) {
                split.put(f[0], f[3]);
            }
        }
        Map<String, List<Score>> pizhu = new LinkedHashMap<>();
        Map<String, List<Score>> readability = new LinkedHashMap<>();
        Map<String, List<Score>> gne = new LinkedHashMap<>();
        Importer importer = new Importer();
        for (Map.Entry<String, String> page : split.entrySet()) {
            Path goldFile = cache.resolve("gold/" + page.getKey() + ".gold.json");
            if (!Files.exists(goldFile)) {
                continue;
            }
            Gold gold = Gold.read(goldFile);
            Path raw = cache.resolve("raw/" + page.getKey() + ".html");
            Score p = score(gold, pizhu(importer, raw));
            Score r = score(gold, readability(raw));
            pizhu.computeIfAbsent(page.getValue(), k -> new ArrayList<>()).add(p);
            readability.computeIfAbsent(page.getValue(), k -> new ArrayList<>()).add(r);
            gne.computeIfAbsent(page.getValue(), k -> new ArrayList<>()).add(score(gold, GneBaseline.read(raw)));
            if (verbose && (page.getValue().equals("tune") || Boolean.getBoolean("pages.holdout"))) {
                System.out.printf("%-20s %-7s pizhu f1=%.2f kinds=%.2f junk=%4d title=%s | r4j f1=%.2f kinds=%.2f junk=%4d title=%s%n",
                        page.getKey(), page.getValue(), p.f1, p.kinds, p.junk, p.title, r.f1, r.kinds, r.junk, r.title);
            }
        }
        System.out.println("| reader | split | pages | block F1 | kind accuracy | junk chars/page | title right |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String s : Boolean.getBoolean("pages.holdout") ? List.of("tune", "holdout") : List.of("tune")) {
            row("Pizhu", s, pizhu.getOrDefault(s, List.of()));
            row("Readability4J", s, readability.getOrDefault(s, List.of()));
            row("GNE-style density", s, gne.getOrDefault(s, List.of()));
        }
    }

    private static void row(String who, String split, List<Score> scores) {
        double f1 = scores.stream().mapToDouble(Score::f1).average().orElse(0);
        double kinds = scores.stream().mapToDouble(Score::kinds).average().orElse(0);
        double junk = scores.stream().mapToInt(Score::junk).average().orElse(0);
        long title = scores.stream().filter(Score::title).count();
        System.out.printf("| %s | %s | %d | %.2f | %.2f | %.0f | %d/%d |%n", who, split, scores.size(), f1, kinds, junk,
                title, scores.size());
    }

    static Analysis pizhu(Importer importer, Path raw) throws Exception {
        ImportedText t = importer.importFile(raw);
        List<Analysis.AnalysisBlock> blocks = new ArrayList<>();
        for (Block b : t.document().blocks()) {
            blocks.add(new Analysis.AnalysisBlock(b.index() == t.titleBlock() ? "title" : b.kind().id(), b.text(), null));
        }
        return new Analysis(blocks, List.of(), List.of());
    }

    static Analysis readability(Path raw) throws Exception {
        Article a = new Readability4J("http://localhost/", PageGold.parse(raw).outerHtml()).parse();
        List<Analysis.AnalysisBlock> blocks = new ArrayList<>();
        if (a.getTitle() != null && !a.getTitle().isBlank()) {
            blocks.add(new Analysis.AnalysisBlock("title", PageGold.clean(a.getTitle()), null));
        }
        if (a.getContent() != null) {
            for (String[] b : PageGold.blocksOf(Jsoup.parse(a.getContent()).body())) {
                blocks.add(new Analysis.AnalysisBlock(b[0], b[1], null));
            }
        }
        return new Analysis(blocks, List.of(), List.of());
    }

    static Score score(Gold gold, Analysis out) {
        AnalysisScorer.Scores s = AnalysisScorer.score(gold, out, null);
        List<String> goldTexts = gold.blocks().stream().map(b -> norm(b.text())).toList();
        int junk = 0;
        for (Analysis.AnalysisBlock b : out.blocks()) {
            String t = norm(b.text());
            if (goldTexts.stream().noneMatch(g -> g.contains(t))) {
                junk += t.length();
            }
        }
        String goldTitle = gold.blocks().stream().filter(b -> b.kind().equals("title")).map(b -> norm(b.text()))
                .findFirst().orElse("");
        boolean title = out.blocks().stream().filter(b -> b.kind().equals("title")).map(b -> norm(b.text()))
                .findFirst().map(goldTitle::equals).orElse(false);
        return new Score(s.get("block_f1"), s.has("kind_accuracy") ? s.get("kind_accuracy") : 0, junk, title);
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", "");
    }
}
