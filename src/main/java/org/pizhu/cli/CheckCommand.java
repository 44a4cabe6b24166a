package org.pizhu.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pizhu check}: a full integrity check of the library, whatever its size. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check the library file for damage.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return library.with(lib -> {
            String result = lib.checkIntegrity();
            if (!result.equals("ok")) {
                throw new UserError("the library " + lib.path() + " is damaged (" + result
                        + "); restore a backup with 'pizhu restore BACKUP'");
            }
            spec.commandLine().getOut().println("ok\t" + lib.path() + "\t" + lib.documents().size() + " documents");
            return 0;
        });
    }
}
