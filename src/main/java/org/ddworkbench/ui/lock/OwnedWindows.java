package org.ddworkbench.ui.lock;

import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Closes the windows that belong to the main window (wizard, evidence, dialogs), since they show data. */
public final class OwnedWindows {
    private OwnedWindows() {
    }

    /** Closes every stage owned by {@code main}, directly or through another owned stage. */
    public static void closeAll(Stage main) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != main && window instanceof Stage owned && ownedBy(owned, main)) {
                owned.close();
            }
        }
    }

    private static boolean ownedBy(Stage window, Stage main) {
        for (Window owner = window.getOwner(); owner != null;
                owner = owner instanceof Stage ownerStage ? ownerStage.getOwner() : null) {
            if (owner == main) {
                return true;
            }
        }
        return false;
    }
}
