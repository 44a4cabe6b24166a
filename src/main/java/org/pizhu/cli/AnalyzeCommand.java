package org.pizhu.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pizhu.document.Block;
import org.pizhu.document.Document;
import org.pizhu.speakers.SpeakerAnalysis;
import org.pizhu.speakers.SpeakerAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pizhu analyze FILE [--json] [--encoding NAME]}: imports a file of any supported format and prints its reading. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Import a text, Markdown, HTML, PDF or EPUB file and show its blocks, speakers and reporters.")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Text (any Chinese encoding), Markdown, HTML, PDF or EPUB; - reads"
            + " standard input.")
    Path file;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Text encoding instead of detection, e.g. Big5, Big5-HKSCS, GB18030, UTF-16LE.")
    String encoding;

    @Option(names = "--json", description = "Print the analysis as JSON.")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Document document = Stdin.asFile(file, f -> LibraryOption.readDocument(f, charset(encoding)));
        var out = spec.commandLine().getOut();
        SpeakerAnalysis speakers = new SpeakerAnalyzer().analyze(document);
        if (json) {
            out.println(AnalysisJson.write(document, speakers));
        } else {
            printOutline(document, speakers, out);
        }
        return 0;
    }

    /** The charset named by {@code --encoding}, or {@code null} to detect. */
    static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UserError("unknown encoding: " + name);
        }
    }

    private static void printOutline(Document document, SpeakerAnalysis speakers, java.io.PrintWriter out) {
        out.println(document.sourceName() + ": " + document.blocks().size() + " blocks, "
                + speakers.speakers().size() + " speakers, reporters " + speakers.reporters());
        for (Block b : document.blocks()) {
            String t = b.text();
            String head = t.codePointCount(0, t.length()) > 30 ? t.substring(0, t.offsetByCodePoints(0, 30)) + "…" : t;
            String who = speakers.speakerOf(b.index()).map(name -> "[" + name + "] ").orElse("");
            out.printf("%4d  %-9s %4d-%-4d %s%s%n", b.index() + 1, b.kind().id(), b.firstLine(), b.lastLine(), who, head);
        }
    }
}
