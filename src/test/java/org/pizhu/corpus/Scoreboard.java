package org.pizhu.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.pizhu.document.Document;
import org.pizhu.reflow.Reflower;
import org.pizhu.speakers.SpeakerAnalyzer;

/**
 * Scores the reflow (and, on corpora with speaker gold, the speaker engine) on every corpus it can find, in one JVM,
 * and prints Markdown tables per set and layout, per script and per genre.
 *
 * <p>Run: {@code mvn -B -o -Pscoreboard verify -DskipTests} (options {@code -Dpizhu.corpus=DIR},
 * {@code -Dscoreboard.own=DIR[,DIR]} for own corpora in dev2 format with split.tsv,
 * {@code -Dscoreboard.splits=tune,holdout}, {@code -Dscoreboard.layouts=N} generated layouts per text,
 * {@code -Dscoreboard.verbose=true} for one line per text).
 */
public final class Scoreboard {
    private static final SpeakerAnalyzer SPEAKERS = new SpeakerAnalyzer();

    /** One text's result; {@code analysed} when the speaker engine ran on it. */
    public record Result(CorpusText text, AnalysisScorer.Scores scores, long reflowNanos, boolean analysed) {
    }

    private Scoreboard() {
    }

    /** Runs the scoreboard and prints it. */
    public static void main(String[] args) throws Exception {
        Path root = CorpusLocation.find().orElseThrow(() -> new IllegalStateException(
                "no corpus: give -D" + CorpusLocation.PROPERTY + "=DIR"));
        List<String> splits = List.of(System.getProperty("scoreboard.splits", "tune,holdout").split(","));
        int layouts = Integer.getInteger("scoreboard.layouts", 4);
        boolean verbose = Boolean.getBoolean("scoreboard.verbose");
        List<CorpusText> texts = new ArrayList<>();
        texts.addAll(Corpora.dev2Variants(root.resolve("dev2"), "abcd"));
        texts.addAll(Corpora.dev2Originals(root.resolve("dev2")));
        texts.addAll(Corpora.seedAndDev(root));
        List<CorpusText> own = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String dir : System.getProperty("scoreboard.own", "").split(",")) {
            if (!dir.isBlank() && Files.isDirectory(Path.of(dir))) {
                for (CorpusText t : Corpora.ownOriginals(Path.of(dir), "own", splits)) {
                    if (seen.add(t.id())) {
                        own.add(t);
                    }
                }
            }
        }
        texts.addAll(own);
        List<CorpusText> sources = new ArrayList<>(Corpora.dev2Originals(root.resolve("dev2")));
        sources.addAll(own);
        texts.addAll(Generated.from(sources, layouts));
        List<Result> results = score(texts, true);
        if (verbose) {
            for (Result r : results) {
                System.out.printf("%s %s%n", r.text().id(), r.scores().metrics());
            }
        }
        System.out.println("## By set and layout\n");
        print(results.stream().filter(r -> !r.text().set().equals("generated")).toList(),
                r -> r.text().set() + " " + r.text().layout());
        System.out.println("\n## By set and split (tune / holdout)\n");
        print(results, r -> r.text().set() + " " + r.text().split());
        System.out.println("\n## Generated, by layout trait\n");
        print(results.stream().filter(r -> r.text().set().equals("generated")).toList(),
                r -> Generated.trait(r.text().layout()));
        System.out.println("\n## Generated, by column width (cells)\n");
        print(results.stream().filter(r -> r.text().set().equals("generated")).toList(),
                r -> Generated.widthBand(r.text().layout()));
        System.out.println("\n## By script\n");
        print(results, r -> r.text().set() + " " + r.text().script());
        System.out.println("\n## By genre\n");
        print(results, r -> r.text().set() + " " + r.text().genre());
        List<Result> ownSpeakers = results.stream().filter(r -> r.analysed() && r.text().set().equals("own")).toList();
        System.out.println("\n## Own corpus, speaker gold only: by split, genre and script\n");
        print(ownSpeakers, r -> r.text().split() + " " + r.text().genre() + " " + r.text().script());
        System.out.println("\n## Own corpus, speaker gold only: by split and script\n");
        print(ownSpeakers, r -> r.text().split() + " " + r.text().script());
        System.out.println("\n## Own corpus, speaker gold only: by split\n");
        print(ownSpeakers, r -> r.text().split());
    }

    /** Reflows, analyses (when {@code speakers} and the gold names any) and scores every text. */
    public static List<Result> score(List<CorpusText> texts, boolean speakers) {
        Reflower reflower = new Reflower();
        List<Result> out = new ArrayList<>(texts.size());
        for (CorpusText t : texts) {
            long t0 = System.nanoTime();
            Document d = t.file() == null ? reflower.reflow(t.id(), t.text()) : Readings.document(t);
            long nanos = System.nanoTime() - t0;
            Analysis a = speakers && analysable(t) ? Analysis.of(d, SPEAKERS.analyze(d)) : Analysis.of(d);
            out.add(new Result(t, AnalysisScorer.score(t.gold(), a, t.text()), nanos, speakers && analysable(t)));
        }
        return out;
    }

    /**
     * Whether the text has a speaker gold to score against: generated texts carry only blocks, and own texts only when
     * their gold says {@code speaker_gold: true}.
     */
    private static boolean analysable(CorpusText t) {
        return !t.set().equals("generated") && t.gold().speakerGold();
    }

    /** Tallies results by {@code key}. */
    public static Map<String, Tally> tally(List<Result> results, Function<Result, String> key) {
        Map<String, Tally> groups = new TreeMap<>();
        for (Result r : results) {
            groups.computeIfAbsent(key.apply(r), k -> new Tally()).add(r.scores(), r.text().text().length(),
                    r.reflowNanos(), r.analysed(), !r.text().gold().speakers().isEmpty());
        }
        return groups;
    }

    private static void print(List<Result> results, Function<Result, String> key) {
        System.out.println(Tally.header());
        tally(results, key).forEach((k, v) -> System.out.println(v.row(k)));
    }
}
