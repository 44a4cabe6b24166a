package org.pizhu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pizhu.annotate.Annotation;
import org.pizhu.annotate.AnnotationKind;
import org.pizhu.annotate.Color;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pizhu annotate DOC --quote TEXT …}: highlights (or underlines, or notes) a passage found by its text. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Annotate a passage, found by its text (whitespace, script, width and case are ignored).")
final class AnnotateCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "DOC", description = "Document id.")
    long id;

    @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "The passage to annotate.")
    String quote;

    @Option(names = "--occurrence", paramLabel = "N", defaultValue = "1",
            description = "Which occurrence of the quote, from 1 (default ${DEFAULT-VALUE}).")
    int occurrence;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "highlight",
            description = "highlight, underline or note (default ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--color", paramLabel = "C", defaultValue = "yellow",
            description = "yellow, green, blue, pink or purple (default ${DEFAULT-VALUE}).")
    String color;

    @Option(names = "--tag", paramLabel = "T", description = "A tag (repeat for more).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--note", paramLabel = "N", description = "A note (Markdown).")
    String note = "";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AnnotationKind k = OneLineUsageError.option(spec, "--kind", kind, AnnotationKind::of);
        Color c = OneLineUsageError.option(spec, "--color", color, Color::of);
        if (quote.isBlank()) {
            throw new UserError("--quote is empty");
        }
        return library.with(lib -> {
            List<int[]> found = lib.findQuote(id, quote);
            if (found.isEmpty()) {
                throw new UserError("the quote was not found in document " + id);
            }
            if (occurrence < 1 || occurrence > found.size()) {
                throw new UserError("the quote occurs " + found.size() + " time(s) in document " + id
                        + "; --occurrence must be 1.." + found.size());
            }
            int[] at = found.get(occurrence - 1);
            Annotation a = lib.annotate(id, at[0], at[1], k, c, note, tags);
            spec.commandLine().getOut().println(a.id());
            if (found.size() > 1 && occurrence == 1) {
                spec.commandLine().getErr().println("pizhu: note: the quote occurs " + found.size()
                        + " times; the first was annotated (use --occurrence N for another)");
            }
            return 0;
        });
    }
}
