package org.pizhu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pizhu.desktop.SingleInstance;
import org.pizhu.library.Library;
import org.pizhu.library.LibraryException;
import org.pizhu.library.LibraryPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pizhu restore FILE}: replaces the library with a checked backup, keeping the replaced file beside it. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the library with a backup (close the Pizhu window first).")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "FILE", description = "A backup written by 'pizhu backup'.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path target = LibraryPaths.resolve(library.library).toAbsolutePath();
        if (SingleInstance.windowIsOpenOn(target)) {
            throw new UserError("the library " + target + " is open in a Pizhu window; close the window, then restore;"
                    + " nothing was restored");
        }
        try {
            Path kept = Library.restore(file, target);
            spec.commandLine().getOut().println("restored " + target + " from " + file.toAbsolutePath()
                    + (kept != null ? "; the replaced library was kept as " + kept : ""));
            return 0;
        } catch (LibraryException e) {
            throw new UserError(e.getMessage());
        }
    }
}
