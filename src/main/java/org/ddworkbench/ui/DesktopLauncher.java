package org.ddworkbench.ui;

import java.nio.file.Path;
import org.ddworkbench.App;

/** Placeholder until the window lands. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /**
     * Starts the JavaFX toolkit and shows the start screen; when {@code project} is given, opens it with
     * {@code passphrase} straight away (used for the public sample project), or asks for the passphrase
     * when {@code passphrase} is null.
     */
    public static void launch(App app, Path project, char[] passphrase) {
        throw new UnsupportedOperationException("not yet " + app + project + passphrase);
    }
}
