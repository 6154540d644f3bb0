package org.ddworkbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.ddworkbench.cli.Cli;
import org.ddworkbench.cli.WindowLanguage;
import org.ddworkbench.ui.DesktopLauncher;

/** Entry point of the one jar: no arguments opens the window, anything else is a CLI command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Logging.configure(Arrays.asList(args).contains("--debug"));
        App app = App.create(App.defaultHome());
        if (args.length == 0) {
            WindowLanguage.applyEnvironment(System.getenv());
            DesktopLauncher.launch(app, null, null);
        } else if (arePacketFiles(args)) {
            // A packet opened from the desktop (file association): show it on the Federation screen.
            WindowLanguage.applyEnvironment(System.getenv());
            DesktopLauncher.launchWithPackets(app, Arrays.stream(args).map(Path::of).toList());
        } else {
            System.exit(Cli.run(app, (project, passphrase) -> DesktopLauncher.launch(app, project, passphrase), args));
        }
    }

    /** Whether every argument names an existing aggregate packet file ({@code .ddwpacket}). */
    static boolean arePacketFiles(String[] args) {
        return Arrays.stream(args).allMatch(arg -> arg.toLowerCase(Locale.ROOT).endsWith(".ddwpacket")
                && Files.isRegularFile(Path.of(arg)));
    }
}
