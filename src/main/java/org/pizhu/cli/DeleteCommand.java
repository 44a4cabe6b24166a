package org.pizhu.cli;

import java.util.concurrent.Callable;
import org.pizhu.library.DocumentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pizhu delete DOC}: removes a document and its annotations. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a document and its annotations.")
final class DeleteCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "DOC", description = "Document id.")
    long id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return library.with(lib -> {
            DocumentInfo d = lib.document(id);
            lib.delete(id);
            spec.commandLine().getOut().println("deleted " + d.id() + "\t" + Terminal.line(d.title()) + " (" + d.annotations() + " annotations)");
            return 0;
        });
    }
}
