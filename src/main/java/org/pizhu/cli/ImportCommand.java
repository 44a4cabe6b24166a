package org.pizhu.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pizhu.app.DocumentImports;
import org.pizhu.importing.ImportedText;
import org.pizhu.library.DocumentInfo;
import org.pizhu.library.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pizhu import FILE…}: adds texts to the library, printing {@code ID<TAB>title} for each. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Add documents (text, Markdown, HTML, PDF, EPUB) to the library.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Text (any Chinese encoding), Markdown, HTML, PDF or EPUB files; - reads standard input.")
    List<Path> files;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Text encoding instead of detection.")
    String encoding;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return library.with(lib -> {
            int failed = 0;
            for (Path f : files) {
                try {
                    ImportedText read = Stdin.asFile(f, p -> LibraryOption.readImported(p, AnalyzeCommand.charset(encoding)));
                    DocumentInfo d = new DocumentImports(lib).importDocument(read);
                    spec.commandLine().getOut().println(d.id() + "\t" + Terminal.line(d.title()));
                    for (String note : read.metadata().notes()) {
                        spec.commandLine().getErr().println("pizhu: " + f + ": note: " + Terminal.line(note));
                    }
                } catch (UserError | LibraryException e) {
                    String message = e.getMessage();
                    spec.commandLine().getErr().println("pizhu: " + Terminal.line(message.contains(f.toString())
                            ? message : f + ": " + message));
                    failed++;
                }
            }
            if (failed > 0 && files.size() > 1) {
                spec.commandLine().getErr().println("pizhu: " + failed + " of " + files.size()
                        + " files were not imported (the others were)");
            }
            return failed == 0 ? 0 : 1;
        });
    }
}
