package org.ddworkbench.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The folders of recently used projects, most recent first, kept as a JSON array of paths in
 * {@code recent-projects.json}; it holds only paths, nothing from inside a project.
 */
public final class RecentProjects {
    private static final Logger LOG = Logger.getLogger(RecentProjects.class.getName());
    private static final int MAX_ENTRIES = 10;

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    public RecentProjects(Path file) {
        this.file = file;
    }

    /** The remembered folders; an unreadable file counts as an empty list, since it is only a convenience. */
    public List<Path> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<String> paths = json.readValue(file.toFile(), new TypeReference<List<String>>() { });
            List<Path> result = new ArrayList<>();
            for (String path : paths) {
                try {
                    result.add(Path.of(path));
                } catch (InvalidPathException ignored) {
                    LOG.fine("Skipped an invalid path in the recent projects list.");
                }
            }
            return List.copyOf(result);
        } catch (IOException unreadable) {
            LOG.warning(() -> "Could not read the recent projects list " + file + " ("
                    + unreadable.getClass().getSimpleName() + "); starting with an empty list.");
            return List.of();
        }
    }

    /** Puts {@code folder} first and returns the new list; a failed write is logged, never shown. */
    public List<Path> remember(Path folder) {
        Path normal = folder.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(load());
        updated.remove(normal);
        updated.add(0, normal);
        List<Path> kept = List.copyOf(updated.subList(0, Math.min(MAX_ENTRIES, updated.size())));
        save(kept);
        return kept;
    }

    private void save(List<Path> folders) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, json.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(folders.stream().map(Path::toString).toList()));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        } catch (IOException unwritable) {
            LOG.log(Level.WARNING, "Could not save the recent projects list " + file, unwritable);
        }
    }
}
