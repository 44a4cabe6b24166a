package org.pizhu.cli;

/** Runs one {@code pizhu} command in a child JVM for {@link CliCrashTest}, exiting with its exit code. */
public final class CliChild {
    private CliChild() {
    }

    public static void main(String[] args) {
        System.exit(PizhuCommand.run(args));
    }
}
