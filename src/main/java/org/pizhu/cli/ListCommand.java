package org.pizhu.cli;

import java.util.concurrent.Callable;
import org.pizhu.library.DocumentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pizhu list}: the library's documents, {@code ID<TAB>title} per line. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the documents in the library.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return library.with(lib -> {
            for (DocumentInfo d : lib.documents()) {
                spec.commandLine().getOut().println(d.id() + "\t" + Terminal.line(d.title()));
            }
            return 0;
        });
    }
}
