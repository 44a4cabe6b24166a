package org.pizhu.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pizhu.app.Citations;
import org.pizhu.library.DocumentMeta;
import org.pizhu.library.DocumentMetas;
import org.pizhu.library.LoadedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pizhu meta DOC [--outlet …] [--date …] …}: shows a document's citation data (what the user set, else what
 * the engine found) and edits it; an empty value ({@code --outlet ""}) clears the user's value.
 */
@Command(name = "meta", mixinStandardHelpOptions = true,
        description = "Show or edit how a document is cited (CSL-JSON/BibTeX export, Markdown citekey).")
final class MetaCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "DOC", description = "Document id.")
    long id;

    @Option(names = "--title", paramLabel = "T", description = "Title to cite (default: the document's).")
    String title;

    @Option(names = "--author", paramLabel = "NAME", description = "An author or reporter (repeat, in order;"
            + " 'Family, Given' for Western names). Replaces the reporters found in bylines.")
    List<String> authors;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Newspaper, magazine or site.")
    String outlet;

    @Option(names = "--date", paramLabel = "DATE", description = "Publication date: YYYY, YYYY-MM or YYYY-MM-DD.")
    String date;

    @Option(names = "--section", paramLabel = "S", description = "Section of the paper.")
    String section;

    @Option(names = "--page", paramLabel = "P", description = "Page or page range.")
    String page;

    @Option(names = "--url", paramLabel = "URL", description = "Where it was published online.")
    String url;

    @Option(names = "--language", paramLabel = "TAG", description = "BCP 47 language tag (default from the script).")
    String language;

    @Option(names = "--citekey", paramLabel = "KEY", description = "Key to cite it by (default derived from the text).")
    String citekey;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (date != null && !date.isBlank() && !DocumentMeta.isDate(date)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--date': '" + date
                    + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (citekey != null && !citekey.isBlank() && !DocumentMeta.isCitekey(citekey)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--citekey': '" + citekey
                    + "' (use letters, digits and _ : . -)");
        }
        return library.with(lib -> {
            DocumentMeta saved = DocumentMetas.get(lib, id);
            DocumentMeta next = new DocumentMeta(or(title, saved.title()), authors != null ? authors : saved.authors(),
                    or(outlet, saved.outlet()), or(date, saved.date()), or(section, saved.section()),
                    or(page, saved.page()), or(url, saved.url()), or(language, saved.language()),
                    or(citekey, saved.citekey()));
            if (!next.equals(saved)) {
                DocumentMetas.put(lib, id, next);
            }
            LoadedDocument d = lib.load(id);
            print(Citations.of(lib, d.info(), d.document()), spec.commandLine().getOut());
            return 0;
        });
    }

    private static String or(String given, String saved) {
        return given != null ? given : saved;
    }

    private static void print(DocumentMeta m, PrintWriter out) {
        out.println("citekey:  " + Terminal.line(m.citekey()));
        out.println("title:    " + Terminal.line(m.title()));
        out.println("authors:  " + Terminal.line(String.join("; ", m.authors())));
        out.println("outlet:   " + Terminal.line(m.outlet()));
        out.println("date:     " + Terminal.line(m.date()));
        out.println("section:  " + Terminal.line(m.section()));
        out.println("page:     " + Terminal.line(m.page()));
        out.println("url:      " + Terminal.line(m.url()));
        out.println("language: " + Terminal.line(m.language()));
        out.flush();
    }
}
