package org.ddworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser.ExtensionFilter;

/**
 * The file and folder choosers every screen asks through: the window answers with the platform's choosers
 * ({@link FxFileChoosers}), headless tests with prepared paths. Each returns empty when the user cancels.
 */
public interface FileChoosers {

    /** An existing file, offered through {@code filters} (the first one chosen). */
    Optional<Path> openFile(String title, List<ExtensionFilter> filters);

    /** Existing files, any number, offered through {@code filters}. */
    List<Path> openFiles(String title, List<ExtensionFilter> filters);

    /** Where to write a new file, suggesting {@code suggestedName}. */
    Optional<Path> saveFile(String title, String suggestedName, ExtensionFilter filter);

    /** A folder, starting from {@code initial} or its nearest existing parent. */
    Optional<Path> folder(String title, Path initial);
}
