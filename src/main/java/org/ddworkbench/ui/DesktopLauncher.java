package org.ddworkbench.ui;

import java.nio.file.Path;
import org.ddworkbench.App;

/** Placeholder until the window lands. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /** Starts the JavaFX toolkit and shows the start screen, or the unlock prompt of {@code project} when given. */
    public static void launch(App app, Path project) {
        throw new UnsupportedOperationException("not yet " + app + project);
    }
}
