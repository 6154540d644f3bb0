package org.ddworkbench.ui.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the import screens ask of the user beyond failures and notices; the window answers with JavaFX dialogs, tests with prepared values. */
public interface ImportDialogs {

    /** Asks for spreadsheets to import (XLSX, XLS, CSV, or any file); empty when the user cancels. */
    List<Path> chooseImportFiles(String title);

    /**
     * Asks for the password of an encrypted workbook; the caller wipes the array after use.
     *
     * @param again true when a password was given before and not accepted
     */
    Optional<char[]> askWorkbookPassword(String fileName, boolean again);

    /** Asks where to save a file, suggesting {@code suggestedName}. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription, String extension);

    /** Asks the user to confirm a consequential action; true only when {@code confirmLabel} was chosen. */
    boolean confirm(String title, String message, String confirmLabel);
}
