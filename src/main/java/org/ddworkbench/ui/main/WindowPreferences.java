package org.ddworkbench.ui.main;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.ddworkbench.ui.UserSettings;

/** The user's window preferences as properties the View menu binds to; every change is saved at once. */
public final class WindowPreferences {
    private final UserSettings settings;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final IntegerProperty lockMinutes = new SimpleIntegerProperty(this, "lockMinutes");

    public WindowPreferences(UserSettings settings) {
        this.settings = settings;
        UserSettings.Values saved = settings.load();
        darkTheme.set(saved.dark());
        lockMinutes.set(saved.lockMinutes());
        darkTheme.addListener((observable, old, now) -> save());
        lockMinutes.addListener((observable, old, now) -> save());
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Idle minutes before the window locks; 0 for never, otherwise one of {@link UserSettings#LOCK_CHOICES}. */
    public IntegerProperty lockMinutesProperty() {
        return lockMinutes;
    }

    private void save() {
        settings.save(new UserSettings.Values(lockMinutes.get(), darkTheme.get()));
    }
}
