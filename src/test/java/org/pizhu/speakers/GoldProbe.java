package org.pizhu.speakers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the speaker measures on gold blocks for a corpus directory in dev2's format ({@code NN.gold.json}), per text
 * and as means, with the differences from the gold. Run from the test class path:
 * {@code java -cp … org.pizhu.speakers.GoldProbe DIR[,DIR…] [--texts 01,02] [--quiet] [--part tune|holdout]}.
 */
public final class GoldProbe {
    private GoldProbe() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> dirs = new ArrayList<>();
        for (String d : args[0].split(",")) {
            dirs.add(Path.of(d));
        }
        List<String> only = null;
        boolean quiet = false;
        List<String> split = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--texts" -> only = List.of(args[++i].split(","));
                case "--quiet" -> quiet = true;
                case "--part" -> {
                    split = new ArrayList<>();
                    String part = args[++i];
                    for (Path d : dirs) {
                        split.addAll(Corpora.part(d, part));
                    }
                }
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        List<Path> golds = new ArrayList<>();
        for (Path d : dirs) {
            golds.addAll(Corpora.golds(d));
        }
        List<GoldScore.Result> rs = new ArrayList<>();
        SpeakerAnalyzer analyzer = new SpeakerAnalyzer();
        for (Path gold : golds) {
            String id = gold.getFileName().toString().replace(".gold.json", "");
            if (only != null && !only.contains(id) || split != null && !split.contains(id)) {
                continue;
            }
            GoldScore.Result r = GoldScore.score(id, gold, analyzer);
            if (r == null) {
                continue;
            }
            rs.add(r);
            System.out.printf("%s sp=%.2f ti=%.2f at=%.2f re=%.2f%n", id, r.speakerF1(), r.titleRecall(),
                    r.attribution(), r.reporterF1());
            if (!quiet) {
                r.notes().forEach(n -> System.out.println("    " + n));
            }
        }
        for (String script : rs.stream().map(GoldScore.Result::script).distinct().sorted().toList()) {
            List<GoldScore.Result> part = rs.stream().filter(r -> r.script().equals(script)).toList();
            System.out.printf("MEAN %s n=%d sp=%.3f ti=%.3f at=%.3f re=%.3f%n", script, part.size(),
                    part.stream().filter(GoldScore.Result::hasSpeakers).mapToDouble(GoldScore.Result::speakerF1).average().orElse(0),
                    part.stream().mapToDouble(GoldScore.Result::titleRecall).average().orElse(0),
                    part.stream().mapToDouble(GoldScore.Result::attribution).average().orElse(0),
                    part.stream().mapToDouble(GoldScore.Result::reporterF1).average().orElse(0));
        }
        System.out.printf("NOTES extra speakers=%d missed speakers=%d missed titles=%d wrong blocks=%d%n",
                count(rs, "extra speaker"), count(rs, "missed speaker"), count(rs, "missed title"), count(rs, "block "));
        System.out.printf("MEAN n=%d sp=%.3f ti=%.3f at=%.3f re=%.3f%n", rs.size(),
                rs.stream().filter(GoldScore.Result::hasSpeakers).mapToDouble(GoldScore.Result::speakerF1).average().orElse(0),
                rs.stream().mapToDouble(GoldScore.Result::titleRecall).average().orElse(0),
                rs.stream().mapToDouble(GoldScore.Result::attribution).average().orElse(0),
                rs.stream().mapToDouble(GoldScore.Result::reporterF1).average().orElse(0));
    }

    private static long count(List<GoldScore.Result> rs, String prefix) {
        return rs.stream().flatMap(r -> r.notes().stream()).filter(n -> n.startsWith(prefix)).count();
    }

    /** Gold files of a corpus directory and its split. */
    static final class Corpora {
        private Corpora() {
        }

        static List<Path> golds(Path dir) throws IOException {
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(p -> p.getFileName().toString().endsWith(".gold.json")
                        && !p.getFileName().toString().endsWith(".d.gold.json")).sorted().toList();
            }
        }

        /**
         * Ids of one part ({@code tune}/{@code holdout}) of the {@code split.tsv} in the directory or its parent: id in
         * the first column, part in any.
         */
        static List<String> part(Path dir, String part) throws IOException {
            List<String> ids = new ArrayList<>();
            Path split = Files.exists(dir.resolve("split.tsv")) ? dir.resolve("split.tsv") : dir.getParent().resolve("split.tsv");
            for (String line : Files.readAllLines(split)) {
                String[] f = line.split("\t");
                if (f.length >= 2 && List.of(f).contains(part)) {
                    ids.add(f[0]);
                }
            }
            return ids;
        }
    }
}
