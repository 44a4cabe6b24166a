package org.pizhu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.pizhu.library.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pizhu search QUERY}: finds text in either script, and notes and tags; hits are marked «like this». */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the library's documents, notes and tags (either script; every word must occur).")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to find; searched literally.")
    String[] query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Most passages to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UserError("--limit must be at least 1");
        }
        return library.with(lib -> {
            SearchResults r = lib.search(String.join(" ", query), limit);
            PrintWriter out = spec.commandLine().getOut();
            if (r.ignoredTerms() > 0) {
                spec.commandLine().getErr().println("pizhu: only the first " + SearchResults.MAX_TERMS
                        + " different words of the query are searched; " + r.ignoredTerms() + " more were ignored");
            }
            for (SearchResults.BlockHit h : r.blocks()) {
                out.println(h.documentId() + "\t" + Terminal.line(h.documentTitle()) + "\tblock " + (h.blockIndex() + 1)
                        + (h.exact() ? "" : " (other script)") + "\t"
                        + h.snippet().marked("«", "»"));
            }
            if (r.truncated()) {
                out.println("… more passages match; use --limit to see more");
            }
            for (SearchResults.AnnotationHit h : r.annotations()) {
                out.println(h.documentId() + "\t" + Terminal.line(h.documentTitle()) + "\tannotation " + h.annotationId() + " ("
                        + h.matchedIn() + ")\t" + h.quote() + "\t" + h.snippet().marked("«", "»"));
            }
            return 0;
        });
    }
}
