package org.ddworkbench.ui;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The user's window preferences (auto-lock delay and theme), kept as JSON in {@code settings.json} in the
 * application home beside the recent projects list; it holds no project data.
 */
public final class UserSettings {
    /** The auto-lock delays offered, in minutes; 0 turns auto-lock off. */
    public static final List<Integer> LOCK_CHOICES = List.of(0, 1, 5, 15, 30);
    /** Five minutes: short enough for a borrowed laptop, long enough not to interrupt reading. */
    public static final int DEFAULT_LOCK_MINUTES = 5;

    private static final Logger LOG = Logger.getLogger(UserSettings.class.getName());

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    public UserSettings(Path file) {
        this.file = file;
    }

    /** The saved preferences; a missing or unreadable file gives the defaults, since they are only a convenience. */
    public Values load() {
        if (!Files.isRegularFile(file)) {
            return Values.DEFAULTS;
        }
        try {
            Values read = json.readValue(file.toFile(), Values.class);
            return LOCK_CHOICES.contains(read.lockMinutes()) ? read : new Values(DEFAULT_LOCK_MINUTES, read.dark());
        } catch (IOException unreadable) {
            LOG.warning(() -> "Could not read the settings " + file + " (" + unreadable.getClass().getSimpleName()
                    + "); using the defaults.");
            return Values.DEFAULTS;
        }
    }

    /** Writes {@code values} atomically; a failed write is logged, never shown. */
    public void save(Values values) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, json.writerWithDefaultPrettyPrinter().writeValueAsString(values));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        } catch (IOException unwritable) {
            LOG.log(Level.WARNING, "Could not save the settings " + file, unwritable);
        }
    }

    /**
     * One set of preferences.
     *
     * @param lockMinutes idle minutes before the window locks, 0 for never
     * @param dark whether the dark theme is used
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Values(int lockMinutes, boolean dark) {
        public static final Values DEFAULTS = new Values(DEFAULT_LOCK_MINUTES, false);

        public Values withLockMinutes(int minutes) {
            return new Values(minutes, dark);
        }

        public Values withDark(boolean useDark) {
            return new Values(lockMinutes, useDark);
        }
    }
}
