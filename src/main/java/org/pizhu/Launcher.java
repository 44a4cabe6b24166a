package org.pizhu;

import java.util.List;
import org.pizhu.cli.PizhuCommand;
import org.pizhu.desktop.Display;
import org.pizhu.desktop.OpenRequest;
import org.pizhu.desktop.SingleInstance;

/**
 * Entry point of {@code pizhu.jar} and of the installed {@code pizhu}: with a subcommand or an option it runs the
 * command line; otherwise it opens the window, with the files and {@code pizhu://} links given — or hands them to
 * the window already open on the same library.
 *
 * <p>It does not extend {@code javafx.application.Application}, so the jar starts from the plain classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && PizhuCommand.isCommandLine(args[0])) {
            System.exit(PizhuCommand.run(args));
        }
        System.exit(window(args));
    }

    private static int window(String[] args) {
        List<OpenRequest> requests;
        try {
            requests = OpenRequest.parseAll(List.of(args), OpenRequest.workingDirectory());
        } catch (IllegalArgumentException e) {
            System.err.println("pizhu: " + e.getMessage());
            return 2;
        }
        if (!Display.available()) {
            System.err.println(Display.NO_DISPLAY);
            return 1;
        }
        if (SingleInstance.forward(SingleInstance.socketForThisProcess(), requests)) {
            return 0;
        }
        return org.pizhu.ui.UiMain.launch(requests.stream().map(OpenRequest::wire).toArray(String[]::new));
    }
}
