package org.pizhu.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A mistake in the options or arguments: one line naming it and where help is, exit code 2, instead of picocli's
 * message followed by the whole usage text.
 */
final class OneLineUsageError implements IParameterExceptionHandler {
    /** The exit code of a usage error. */
    static final int EXIT = 2;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println("pizhu: " + Terminal.line(ex.getMessage()) + " (see '" + name + " --help')");
        cmd.getErr().flush();
        return EXIT;
    }

    /**
     * The value of option {@code name} read by {@code parse}; a value it refuses (an {@link IllegalArgumentException})
     * is a usage error, like any other bad option value: picocli's message on one line, exit code 2.
     */
    static <T> T option(CommandLine.Model.CommandSpec spec, String name, String value,
                        java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + name + "': "
                    + e.getMessage());
        }
    }
}
