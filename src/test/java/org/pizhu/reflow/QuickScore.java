package org.pizhu.reflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pizhu.corpus.Corpora;
import org.pizhu.corpus.CorpusText;
import org.pizhu.corpus.Generated;
import org.pizhu.corpus.Scoreboard;
import org.pizhu.corpus.Tally;

/** Diagnostic: block F1 and kinds (no speakers) on dev2 a–d and the generated tune split, by layout, in seconds. */
public final class QuickScore {
    private QuickScore() {
    }

    /** Prints the table. */
    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("pizhu.corpus", "/work/shared/corpus"));
        List<CorpusText> texts = new ArrayList<>(Corpora.dev2Variants(root.resolve("dev2"), "abcd"));
        List<CorpusText> own = new ArrayList<>(Corpora.ownOriginals(Path.of("src/test/corpus"), "own", List.of("tune")));
        for (CorpusText t : Corpora.ownOriginals(Path.of("/work/corpus-cache"), "own", List.of("tune"))) {
            if (own.stream().noneMatch(o -> o.id().equals(t.id()))) {
                own.add(t);
            }
        }
        texts.addAll(Generated.from(own, 4));
        String show = System.getProperty("show", "");
        if (!show.isEmpty()) {
            for (CorpusText t : texts) {
                if (t.id().equals(show)) {
                    System.out.println("--- gold");
                    t.gold().blocks().forEach(b -> System.out.println(b.kind() + "\t" + b.text()));
                    System.out.println("--- reflow");
                    new Reflower().reflow(t.id(), t.text()).blocks()
                            .forEach(b -> System.out.println(b.kind().id() + "\t" + b.text()));
                }
            }
            return;
        }
        if (Boolean.getBoolean("kinds")) {
            java.util.Map<String, Integer> confusion = new java.util.TreeMap<>();
            for (CorpusText t : texts) {
                java.util.Map<String, java.util.Deque<String>> gold = new java.util.HashMap<>();
                t.gold().blocks().forEach(b -> gold.computeIfAbsent(org.pizhu.corpus.AnalysisScorer.norm(b.text()),
                        k -> new java.util.ArrayDeque<>()).add(b.kind()));
                for (var b : new Reflower().reflow(t.id(), t.text()).blocks()) {
                    var q = gold.get(org.pizhu.corpus.AnalysisScorer.norm(b.text()));
                    if (q != null && !q.isEmpty()) {
                        String g = q.poll();
                        if (!g.equals(b.kind().id()) && Boolean.getBoolean("kinds.show")) {
                            System.out.println(g + " -> " + b.kind().id() + "\t" + t.layout() + "\t"
                                    + b.text().substring(0, Math.min(40, b.text().length())));
                        }
                        if (!g.equals(b.kind().id())) {
                            confusion.merge((t.set().equals("generated") ? "gen " : t.layout() + "   ") + g + " -> " + b.kind().id(), 1, Integer::sum);
                        }
                    }
                }
            }
            confusion.forEach((k, v) -> System.out.println(v + "\t" + k));
            return;
        }
        List<Scoreboard.Result> results = Scoreboard.score(texts, false);
        Scoreboard.tally(results, r -> r.text().set().equals("generated")
                ? "gen " + Generated.trait(r.text().layout()).replaceAll("\\+captions-inside|\\+ascii", "")
                : r.text().set() + " " + r.text().layout())
                .forEach((k, v) -> System.out.println(String.format(Locale.ROOT, "%-22s", k) + v.row(k)));
    }
}
