package org.pizhu.cli;

import java.util.concurrent.Callable;
import org.pizhu.library.DocumentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pizhu delete DOC}: removes a document and its annotations. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a document and its annotations.")
final class DeleteCommand implements Callable<Integer> {
    @Mixin
    DocumentOption document;

    @Override
    public Integer call() {
        return document.with((lib, id, out) -> {
            DocumentInfo d = lib.document(id);
            lib.delete(id);
            out.println("deleted " + d.id() + "\t" + Terminal.line(d.title()) + " (" + d.annotations() + " annotations)");
            return 0;
        });
    }
}
