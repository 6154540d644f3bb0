package org.ddworkbench.ui.lock;

import static org.ddworkbench.ui.I18n.tr;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectException;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.DialogService;

/**
 * State of the lock screen of a closed-for-safety project: its name, the passphrase field and why the last
 * attempt failed. Unlocking opens the project again, which checks the passphrase against its key file.
 */
public final class LockViewModel {
    private final String projectName;
    private final Path folder;
    private final ProjectService projects;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Consumer<Project> onUnlocked;
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** {@code onUnlocked} receives the re-opened project on the FX thread. */
    public LockViewModel(String projectName, Path folder, ProjectService projects, BackgroundRunner runner,
            DialogService dialogs, Consumer<Project> onUnlocked) {
        this.projectName = projectName;
        this.folder = folder;
        this.projects = projects;
        this.runner = runner;
        this.dialogs = dialogs;
        this.onUnlocked = onUnlocked;
    }

    /**
     * Re-opens the project with the typed passphrase in the background; the field is emptied at once. Waits
     * while earlier work (such as closing the project) is still running.
     */
    public void unlock() {
        if (runner.runningProperty().get()) {
            return;
        }
        if (passphrase.get().isEmpty()) {
            problem.set(tr("Type the project's passphrase to unlock it."));
            return;
        }
        char[] typed = passphrase.get().toCharArray();
        passphrase.set("");
        problem.set("");
        runner.run(tr("Unlocking the project…"), (progress, cancellation) -> {
            try {
                return projects.open(folder, typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, onUnlocked, this::refused);
    }

    private void refused(Throwable failure) {
        if (failure instanceof ProjectException refusal && refusal.reason() == ProjectException.Reason.WRONG_PASSPHRASE) {
            problem.set(tr("That passphrase is not right. Try again."));
        } else {
            dialogs.showFailure(tr("Could not unlock the project"), failure);
        }
    }

    public String projectName() {
        return projectName;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    /** Why the last attempt did not unlock; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while earlier work or the unlock itself is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return runner.runningProperty();
    }
}
