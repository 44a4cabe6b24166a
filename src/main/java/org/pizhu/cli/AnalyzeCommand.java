package org.pizhu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.importing.ImportException;
import org.pizhu.importing.TextFileReader;
import org.pizhu.reflow.Reflower;
import org.pizhu.speakers.SpeakerAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pizhu analyze FILE [--json]}: reflows a text and prints its reading. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Reflow a text and show its blocks, speakers and reporters.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A UTF-8 text file.")
    Path file;

    @Option(names = "--json", description = "Print the analysis as JSON.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String text;
        try {
            text = TextFileReader.read(file);
        } catch (ImportException e) {
            throw new UserError(e.getMessage());
        }
        Document document = new Reflower().reflow(file.getFileName().toString(), text);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(AnalysisJson.write(document, new SpeakerAnalyzer().analyze(document)));
        } else {
            printOutline(document, out);
        }
        return 0;
    }

    private static void printOutline(Document document, java.io.PrintWriter out) {
        out.println(document.sourceName() + ": " + document.blocks().size() + " blocks");
        for (Block b : document.blocks()) {
            String t = b.text();
            String head = t.codePointCount(0, t.length()) > 30 ? t.substring(0, t.offsetByCodePoints(0, 30)) + "…" : t;
            out.printf("%4d  %-9s %4d-%-4d %s%n", b.index(), b.kind().id(), b.firstLine(), b.lastLine(), head);
        }
    }
}
