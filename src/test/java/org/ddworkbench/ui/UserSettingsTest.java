package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ddworkbench.ui.main.WindowPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {
    @TempDir
    Path home;

    @Test
    void aMissingFileGivesFiveMinutesAndTheLightTheme() {
        UserSettings.Values values = new UserSettings(home.resolve("settings.json")).load();

        assertThat(values.lockMinutes()).isEqualTo(5);
        assertThat(values.dark()).isFalse();
    }

    @Test
    void preferencesAreSavedAtOnceAndReadBack() {
        Path file = home.resolve("settings.json");
        WindowPreferences preferences = new WindowPreferences(new UserSettings(file));

        preferences.darkThemeProperty().set(true);
        preferences.lockMinutesProperty().set(15);

        WindowPreferences again = new WindowPreferences(new UserSettings(file));
        assertThat(again.darkThemeProperty().get()).isTrue();
        assertThat(again.lockMinutesProperty().get()).isEqualTo(15);
    }

    @Test
    void anUnreadableOrUnofferedValueFallsBackToTheDefault() throws Exception {
        Path file = home.resolve("settings.json");
        Files.writeString(file, "{\"lockMinutes\": 7, \"dark\": true, \"later\": 1}");
        assertThat(new UserSettings(file).load()).isEqualTo(new UserSettings.Values(5, true));

        Files.writeString(file, "not json");
        assertThat(new UserSettings(file).load()).isEqualTo(UserSettings.Values.DEFAULTS);
    }
}
