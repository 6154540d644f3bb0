package org.ddworkbench.ui.main;

/** What the main view asks of the window around it: leave the project, start another, lock, or quit. */
public interface WindowActions {

    /** Closes the project and shows the start screen's open form. */
    void openAnother();

    /** Closes the project and shows the start screen's create form. */
    void createNew();

    /** Closes the project and shows the start screen. */
    void closeProject();

    /** Hides the project's data behind the lock screen and closes the project until the passphrase is typed again. */
    void lockNow();

    /** Closes the project and the window. */
    void quit();
}
