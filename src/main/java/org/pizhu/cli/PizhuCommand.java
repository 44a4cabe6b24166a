package org.pizhu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pizhu} command: the same engine as the window, driven from a terminal. */
@Command(name = "pizhu",
        mixinStandardHelpOptions = true,
        versionProvider = PizhuCommand.Version.class,
        description = {"Read, analyse and annotate Chinese sources.",
                "With no command, or with files or pizhu://doc/N#a-M links, opens the window (or hands them to the "
                        + "window already open)."},
        subcommands = {AnalyzeCommand.class, ConvertCommand.class,
                ImportCommand.class, ListCommand.class, ShowCommand.class, SearchCommand.class, ReimportCommand.class,
                AnnotateCommand.class, AnnotationsCommand.class, DeleteCommand.class, BackupCommand.class,
                RestoreCommand.class, CheckCommand.class,
                ExportCommand.class, ImportAnnotationsCommand.class,
                CommandLine.HelpCommand.class})
public final class PizhuCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Whether a launch whose first argument is {@code first} is for the command line (an option or a subcommand
     * name) rather than files or links for the window. Reads the annotations, so that the window's start-up does not
     * build the command tree.
     */
    public static boolean isCommandLine(String first) {
        if (first.startsWith("-")) {
            return true;
        }
        for (Class<?> sub : PizhuCommand.class.getAnnotation(Command.class).subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            if (c != null && (c.name().equals(first) || java.util.Arrays.asList(c.aliases()).contains(first))) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command line with UTF-8 output and one-line error messages; returns the exit code. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cl = new CommandLine(new PizhuCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError) {
                err.println("pizhu: " + ex.getMessage());
                return ex instanceof UserError u ? u.exitCode() : 1;
            }
            err.println("pizhu: internal error: " + ex);
            return 70;
        });
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PizhuCommand.class.getPackage().getImplementationVersion();
            return new String[] {"pizhu " + (v == null ? "dev" : v)};
        }
    }
}
