package org.pizhu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code pizhu …} in the test's JVM with the command line's handling of user errors, capturing its output. */
final class InProcessCli {
    private InProcessCli() {
    }

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    /** Runs the command line with {@code args}; internal errors propagate to the test. */
    static Run pizhu(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter e = new PrintWriter(err, true);
        CommandLine cl = new CommandLine(new PizhuCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(e);
        cl.setParameterExceptionHandler(new OneLineUsageError());
        PizhuCommand.versionEverywhere(cl);
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            if (ex instanceof UserError u) {
                e.println("pizhu: " + u.getMessage());
                return u.exitCode();
            }
            throw ex;
        });
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    /** Runs the command line with {@code input} as its standard input. */
    static Run withInput(byte[] input, String... args) {
        java.io.InputStream before = Stdin.in;
        Stdin.in = new java.io.ByteArrayInputStream(input);
        try {
            return pizhu(args);
        } finally {
            Stdin.in = before;
        }
    }
}
