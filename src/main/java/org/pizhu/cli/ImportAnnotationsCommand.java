package org.pizhu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pizhu.app.AnnotationImporter;
import org.pizhu.export.ExportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pizhu import-annotations FILE.json}: brings annotations exported as Web Annotation JSON back in. */
@Command(name = "import-annotations", mixinStandardHelpOptions = true,
        description = "Import annotations from a W3C Web Annotation JSON file made by 'pizhu export --format json'.")
final class ImportAnnotationsCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "FILE", description = "The JSON file.")
    Path file;

    @Option(names = "--doc", paramLabel = "ID",
            description = "Put the annotations on this document (default: the document with the exported text).")
    Long doc;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String json = LibraryOption.readText(file);
        return library.with(lib -> {
            AnnotationImporter.Report r;
            try {
                r = AnnotationImporter.importJson(lib, json, doc);
            } catch (ExportException e) {
                throw new UserError(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("restored " + r.restored() + ", relocated " + r.relocated() + ", already present "
                    + r.existing() + ", not placed " + r.problems().size());
            for (String p : r.problems()) {
                spec.commandLine().getErr().println("pizhu: " + p);
            }
            return r.problems().isEmpty() ? 0 : 1;
        });
    }
}
