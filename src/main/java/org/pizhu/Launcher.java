package org.pizhu;

import org.pizhu.cli.PizhuCommand;

/**
 * Entry point of {@code pizhu.jar}: with a subcommand it runs the command line; with none it opens the window.
 *
 * <p>It does not extend {@code javafx.application.Application}, so the jar starts from the plain classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(org.pizhu.ui.UiMain.launch(args));
        }
        System.exit(PizhuCommand.run(args));
    }
}
