package org.ddworkbench.ui.main;

/** What the main view asks of the window around it: leave the project, start another, or quit. */
public interface WindowActions {

    /** Closes the project and shows the start screen's open form. */
    void openAnother();

    /** Closes the project and shows the start screen's create form. */
    void createNew();

    /** Closes the project and shows the start screen. */
    void closeProject();

    /** Closes the project and the window. */
    void quit();
}
