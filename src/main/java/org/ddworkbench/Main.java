package org.ddworkbench;

import java.util.Arrays;
import org.ddworkbench.cli.Cli;
import org.ddworkbench.ui.DesktopLauncher;

/** Entry point of the one jar: no arguments opens the window, anything else is a CLI command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Logging.configure(Arrays.asList(args).contains("--debug"));
        App app = App.create(App.defaultHome());
        if (args.length == 0) {
            DesktopLauncher.launch(app, null, null);
        } else {
            System.exit(Cli.run(app, (project, passphrase) -> DesktopLauncher.launch(app, project, passphrase), args));
        }
    }
}
