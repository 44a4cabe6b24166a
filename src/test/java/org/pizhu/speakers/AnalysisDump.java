package org.pizhu.speakers;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pizhu.document.Document;
import org.pizhu.reflow.Reflower;

/**
 * Writes the whole speaker analysis (speakers with titles, aliases, statements and quotations, block speakers,
 * reporters, credits) of every text under the given folders to a file, so that a change meant to keep the results
 * can be checked byte for byte: {@code java -cp … AnalysisDump OUT DIR…}. Each {@code *.txt} is read reflowed and
 * one block per line, each {@code *.gold.json} from its gold blocks; the benchmark's generated document is added.
 */
public final class AnalysisDump {
    private AnalysisDump() {
    }

    public static void main(String[] args) throws IOException {
        SpeakerAnalyzer analyzer = new SpeakerAnalyzer();
        Reflower reflower = new Reflower();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (int a = 1; a < args.length; a++) {
                for (Path p : files(Path.of(args[a]))) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".gold.json")) {
                        write(out, p + " gold", analyzer.analyze(GoldDocuments.fromGold(p)));
                    } else {
                        String text = Files.readString(p, StandardCharsets.UTF_8);
                        write(out, p + " reflowed", analyzer.analyze(reflower.reflow(name, text)));
                        write(out, p + " lines", analyzer.analyze(GoldDocuments.fromLines(p)));
                    }
                }
            }
            Document generated = SpeakerBenchmark.generate(1_000_000);
            write(out, "benchmark 1M", analyzer.analyze(generated));
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".gold.json"))
                    .sorted().forEach(found::add);
        }
        return found;
    }

    private static void write(PrintWriter out, String title, SpeakerAnalysis a) {
        out.println("== " + title);
        for (Speaker s : a.speakers()) {
            out.println("S " + s.name() + " " + s.kind() + " titles=" + s.titles() + " aliases=" + s.aliases()
                    + " statements=" + s.statements());
            for (Quote q : s.quotes()) {
                out.println("  Q " + q);
            }
        }
        out.println("B " + a.blockSpeakers());
        out.println("Q " + a.quotes());
        out.println("R " + a.reporters());
        out.println("C " + a.credits());
    }
}
