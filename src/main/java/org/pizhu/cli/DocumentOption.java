package org.pizhu.cli;

import java.io.PrintWriter;
import org.pizhu.library.Library;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The document a command works on: the {@code DOC} argument, the {@code --library} it is in, the command's output. */
final class DocumentOption {
    /** What a command does with the open library, the document's id and its standard output. */
    interface Work {
        int run(Library library, long id, PrintWriter out);
    }

    @Mixin
    LibraryOption library;

    @Parameters(index = "0", paramLabel = "DOC", description = "Document id, as import and list print it.")
    long id;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Runs {@code work} with the library open, and gives its exit code. */
    int with(Work work) {
        return library.with(lib -> work.run(lib, id, spec.commandLine().getOut()));
    }
}
