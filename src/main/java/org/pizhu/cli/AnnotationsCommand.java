package org.pizhu.cli;

import java.util.concurrent.Callable;
import org.pizhu.annotate.Annotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pizhu annotations DOC}: a document's annotations in reading order, orphans last. */
@Command(name = "annotations", mixinStandardHelpOptions = true,
        description = "List a document's annotations in reading order: id, kind, colour, place, quote, tags, note.")
final class AnnotationsCommand implements Callable<Integer> {
    @Mixin
    DocumentOption document;

    @Override
    public Integer call() {
        return document.with((lib, id, out) -> {
            for (Annotation a : lib.load(id).annotations()) {
                String place = a.orphan() ? "ORPHAN" : "block " + (a.anchor().block() + 1) + ":" + a.anchor().blockOffset();
                out.println(a.id() + "\t" + a.kind().id() + "\t" + a.color().id() + "\t" + place + "\t" + a.quote()
                        + "\t" + String.join(",", a.tags()) + "\t" + a.note().replace("\n", "\\n"));
            }
            return 0;
        });
    }
}
