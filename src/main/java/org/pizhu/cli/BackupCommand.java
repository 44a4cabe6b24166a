package org.pizhu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pizhu backup FILE}: a consistent copy of the library, safe while the app runs. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Write a backup of the library to a new file.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "FILE", description = "The backup file to create (must not exist).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return library.with(lib -> {
            lib.backup(file);
            spec.commandLine().getOut().println("backed up " + lib.path() + " to " + file.toAbsolutePath());
            return 0;
        });
    }
}
