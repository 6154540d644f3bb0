package org.ddworkbench.ui.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the report screens ask of the user beyond failures and notices; the window answers with JavaFX dialogs,
 * tests with prepared values.
 */
public interface ReportDialogs {

    /** Asks where to save a file, suggesting {@code suggestedName}; empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription, String extension);

    /** Asks for aggregate packets (JSON files) to open; empty when the user cancels. */
    List<Path> choosePacketFiles(String title);

    /** Asks the user to confirm a consequential action; true only when {@code confirmLabel} was chosen. */
    boolean confirm(String title, String message, String confirmLabel);
}
