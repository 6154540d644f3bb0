package org.ddworkbench.ui;

import java.nio.file.Path;
import java.util.Optional;

/** What view models may ask of the user through dialogs; the window implements it with JavaFX, tests record calls. */
public interface DialogService {

    /**
     * Tells the user that something failed: {@code title} says what (for example "Could not open the
     * project"), the body is {@link Failures#userMessage}; unexpected failures are also logged.
     */
    void showFailure(String title, Throwable failure);

    void showInformation(String title, String message);

    /** Asks for a folder, starting from {@code initial} when it exists. */
    Optional<Path> chooseDirectory(String title, Path initial);

    /** Asks for an existing file whose name ends with {@code extension} (such as {@code .json}). */
    Optional<Path> chooseFile(String title, String filterDescription, String extension);

    /** Asks for the current passphrase and a new one typed twice; the caller wipes the result after use. */
    Optional<PassphraseChange> askPassphraseChange();

    /** Asks where to save a new file, suggesting a name. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription, String extension);

    /**
     * Asks for the recovery code and a new passphrase typed twice, when the passphrase is forgotten: the code
     * comes back as {@link PassphraseChange#current()}. The caller wipes the result after use.
     */
    Optional<PassphraseChange> askRecovery();

    /** Shows a new recovery code once, to be written down, copied or saved to a file the user chooses. */
    void showRecoveryCode(String projectName, String code);

    /** Asks for the project's passphrase, explaining why; empty when cancelled. The caller wipes the array. */
    Optional<char[]> askPassphrase(String title, String message);
}
