package org.pizhu.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pizhu.library.Person;
import org.pizhu.library.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pizhu people [NAME]}: everyone who speaks anywhere in the library, or everything one person said, names
 * matched across Traditional and Simplified.
 */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = {"Without NAME: everyone who speaks in the library (statements, documents, name, other forms,",
            "titles). With NAME (either script): every statement of that person: document, date, block (from 1), text."})
final class PeopleCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "A person or organisation.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return library.with(lib -> {
            PrintWriter out = spec.commandLine().getOut();
            if (name == null) {
                for (Person p : lib.speakerRecords().people()) {
                    out.println(p.statements() + "\t" + p.documents() + "\t" + p.name() + "\t"
                            + String.join(",", p.otherForms()) + "\t" + String.join("、", p.titles()));
                }
                return 0;
            }
            List<Statement> said = lib.speakerRecords().statementsOf(name);
            if (said.isEmpty()) {
                throw new UserError("nobody called " + name + " speaks in the library; 'pizhu people' lists who does");
            }
            for (Statement s : said) {
                out.println(s.documentId() + "\t" + s.documentTitle() + "\t" + s.importedAt().toString().substring(0, 10)
                        + "\tblock " + (s.block() + 1) + "\t" + s.speaker() + "\t" + s.text().replace("\n", " "));
            }
            return 0;
        });
    }
}
