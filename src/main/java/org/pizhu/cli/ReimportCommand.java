package org.pizhu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pizhu.annotate.Annotation;
import org.pizhu.app.DocumentImports;
import org.pizhu.library.ReimportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pizhu reimport DOC FILE}: a new version of a document; annotations are re-anchored, orphans reported. */
@Command(name = "reimport", mixinStandardHelpOptions = true,
        description = "Replace a document's text with a new version and re-anchor its annotations.")
final class ReimportCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(index = "0", paramLabel = "DOC", description = "Document id.")
    long id;

    @Parameters(index = "1", paramLabel = "FILE", description = "The new version (any supported format).")
    Path file;

    @picocli.CommandLine.Option(names = "--encoding", paramLabel = "NAME", description = "Text encoding instead of detection.")
    String encoding;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        org.pizhu.document.Document doc = LibraryOption.readDocument(file, AnalyzeCommand.charset(encoding));
        return library.with(lib -> {
            ReimportReport r = new DocumentImports(lib).reimport(id, doc);
            PrintWriter out = spec.commandLine().getOut();
            out.println(r.info().id() + "\t" + Terminal.line(r.info().title()) + "\tversion " + r.info().version());
            out.println("annotations: " + r.unchanged() + " in place, " + r.moved() + " moved, " + r.fuzzy()
                    + " matched approximately, " + r.orphans().size() + " orphaned");
            if (r.farMoves() > 0) {
                out.println("warning: " + r.farMoves() + " of the moved annotations left their place in their paragraph;"
                        + " check them");
            }
            for (Annotation a : r.orphans()) {
                out.println("orphan\t" + a.id() + "\t" + Terminal.line(a.quote()));
            }
            return 0;
        });
    }
}
