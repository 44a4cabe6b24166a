package org.pizhu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.pizhu.app.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code pizhu} command: the same engine as the window, driven from a terminal. */
@Command(name = "pizhu",
        mixinStandardHelpOptions = true,
        versionProvider = PizhuCommand.Version.class,
        description = {"Read, analyse and annotate Chinese sources.",
                "With no command, or with files or pizhu://doc/N#a-ID links, opens the window (or hands them to the "
                        + "window already open)."},
        subcommands = {AnalyzeCommand.class, ConvertCommand.class,
                ImportCommand.class, ListCommand.class, ShowCommand.class, SearchCommand.class, ReimportCommand.class,
                AnnotateCommand.class, AnnotationsCommand.class, DeleteCommand.class, BackupCommand.class,
                RestoreCommand.class, CheckCommand.class,
                ExportCommand.class, ImportAnnotationsCommand.class, MetaCommand.class,
                SpeakersCommand.class, SpeakerCommand.class, PeopleCommand.class,
                CommandLine.HelpCommand.class})
public final class PizhuCommand implements Runnable {
    private static final System.Logger LOG = System.getLogger("org.pizhu.cli");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code --verbose} (on any command): the log, with debug detail, on standard error too. */
    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Also print the log (with debug detail) on standard error.")
    void verbose(boolean on) {
        if (on) {
            Diagnostics.start(true);
        }
    }

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
        Diagnostics.start(false);
        LOG.log(System.Logger.Level.DEBUG, () -> "pizhu " + String.join(" ", args));
        CommandLine cl = new CommandLine(new PizhuCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new OneLineUsageError());
        versionEverywhere(cl);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError) {
                err.println("pizhu: " + ex.getMessage());
                return ex instanceof UserError u ? u.exitCode() : 1;
            }
            LOG.log(System.Logger.Level.ERROR, "internal error in '" + String.join(" ", args) + "'", ex);
            err.println("pizhu: internal error: " + ex
                    + Diagnostics.logFile().map(f -> " (details in " + f + ")").orElse(""));
            return 70;
        });
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** {@code -V}/{@code --version} on every subcommand prints the version, as on {@code pizhu} itself. */
    static void versionEverywhere(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new Version());
            versionEverywhere(sub);
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
