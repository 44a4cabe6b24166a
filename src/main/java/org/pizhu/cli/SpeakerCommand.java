package org.pizhu.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.pizhu.app.SpeakerCorrections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pizhu speaker ACTION DOC …}: corrects what the speaker engine found in a document. Corrections are kept
 * apart from the detection and applied again after every re-import; {@code undo} takes the latest one back.
 */
@Command(name = "speaker", mixinStandardHelpOptions = true,
        description = "Correct a document's speakers (kept across re-imports; 'undo' takes the latest back).",
        subcommands = {SpeakerCommand.Rename.class, SpeakerCommand.Merge.class, SpeakerCommand.Split.class,
            SpeakerCommand.NotASpeaker.class,
            SpeakerCommand.Titles.class, SpeakerCommand.Attribute.class, SpeakerCommand.Add.class,
            SpeakerCommand.Undo.class})
final class SpeakerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what to correct: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** What every correction takes: the library and the document. */
    abstract static class Correction implements Callable<Integer> {
        @Mixin
        LibraryOption library;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DOC", description = "Document id.")
        long doc;

        /**
         * Runs a correction in the library and prints {@code done}; a name or block the document does not have is a
         * usage error (exit 2).
         */
        Integer correct(Function<SpeakerCorrections, String> change) {
            return library.with(lib -> {
                String done;
                try {
                    done = change.apply(new SpeakerCorrections(lib));
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage(), 2);
                }
                spec.commandLine().getOut().println(done);
                return 0;
            });
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a speaker (e.g. a name cut short).")
    static final class Rename extends Correction {
        @Parameters(index = "1", paramLabel = "NAME")
        String name;
        @Parameters(index = "2", paramLabel = "NEW")
        String newName;

        @Override
        public Integer call() {
            return correct(c -> {
                c.rename(doc, name, newName);
                return "renamed " + name + " → " + newName;
            });
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge a speaker into another (one person).")
    static final class Merge extends Correction {
        @Parameters(index = "1", paramLabel = "NAME")
        String name;
        @Parameters(index = "2", paramLabel = "INTO")
        String into;

        @Override
        public Integer call() {
            return correct(c -> {
                c.merge(doc, name, into);
                return "merged " + name + " into " + into;
            });
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Split an alias off a speaker: their statements naming ALIAS become ALIAS's (two people).")
    static final class Split extends Correction {
        @Parameters(index = "1", paramLabel = "NAME")
        String name;
        @Parameters(index = "2", paramLabel = "ALIAS")
        String alias;

        @Override
        public Integer call() {
            return correct(c -> {
                int moved = c.split(doc, name, alias);
                return "split " + alias + " off " + name + " (" + moved + (moved == 1 ? " statement)" : " statements)");
            });
        }
    }

    @Command(name = "not-a-speaker", mixinStandardHelpOptions = true,
            description = "Take a speaker away (a common word, or someone only mentioned).")
    static final class NotASpeaker extends Correction {
        @Parameters(index = "1", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return correct(c -> {
                c.remove(doc, name);
                return name + " is not a speaker";
            });
        }
    }

    @Command(name = "title", mixinStandardHelpOptions = true, description = "Set a speaker's titles (none: clear).")
    static final class Titles extends Correction {
        @Parameters(index = "1", paramLabel = "NAME")
        String name;
        @Parameters(index = "2..*", paramLabel = "TITLE", arity = "0..*")
        List<String> titles = List.of();

        @Override
        public Integer call() {
            return correct(c -> {
                c.titles(doc, name, titles);
                return "titles of " + name + ": " + String.join("、", titles);
            });
        }
    }

    @Command(name = "attribute", mixinStandardHelpOptions = true,
            description = "Give a block (numbered from 1) to a speaker; '-' for no one.")
    static final class Attribute extends Correction {
        @Parameters(index = "1", paramLabel = "BLOCK")
        int block;
        @Parameters(index = "2", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            String who = name.equals("-") ? null : name;
            return correct(c -> {
                c.attribute(doc, block, who);
                return "block " + block + " → " + (who == null ? "no speaker" : who);
            });
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a speaker as the one who says a quotation (found in any script).")
    static final class Add extends Correction {
        @Parameters(index = "1", paramLabel = "NAME")
        String name;
        @Option(names = "--quote", required = true, paramLabel = "TEXT", description = "Words the speaker says.")
        String quote;

        @Override
        public Integer call() {
            return correct(c -> "added " + name + " as the speaker of block "
                    + String.join(",", c.add(doc, name, quote).stream().map(String::valueOf).toList()));
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, description = "Take back the latest correction.")
    static final class Undo extends Correction {
        @Override
        public Integer call() {
            return correct(c -> c.undo(doc).map(undone -> "undone: " + undone.describe())
                    .orElse("no correction to undo"));
        }
    }
}
