package org.pizhu.cli;

import java.util.concurrent.Callable;
import org.pizhu.document.Block;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.LoadedDocument;
import org.pizhu.library.Speakers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pizhu show DOC}: a document's details and its reflowed blocks. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a document from the library.")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    DocumentOption document;

    @Override
    public Integer call() {
        return document.with((lib, id, out) -> {
            LoadedDocument doc = lib.load(id);
            Speakers speakers = lib.speakers(id);
            DocumentInfo i = doc.info();
            out.println("id:          " + i.id());
            out.println("title:       " + Terminal.line(i.title()));
            out.println("source:      " + Terminal.line(i.sourceName()));
            out.println("script:      " + i.script());
            out.println("imported:    " + i.importedAt());
            out.println("version:     " + i.version() + (i.version() > 1 ? " (re-imported " + i.modifiedAt() + ")" : ""));
            out.println("characters:  " + i.length());
            out.println("annotations: " + doc.annotations().size());
            out.println();
            for (Block b : doc.document().blocks()) {
                String who = speakers.byBlock().get(b.index());
                out.println("[" + (b.index() + 1) + " " + b.kind().id() + (who != null ? " " + Terminal.line(who) : "") + "] " + Terminal.safe(b.text()));
            }
            return 0;
        });
    }
}
