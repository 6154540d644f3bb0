package org.ddworkbench.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ddworkbench.store.ProjectException.Reason;

/** Prepares the empty folder a new or restored project goes into, and leaves it as it was when that fails. */
final class ProjectFolders {
    private static final Logger LOG = Logger.getLogger(ProjectFolders.class.getName());

    private ProjectFolders() {
    }

    /** Makes sure {@code folder} exists and is empty; returns the highest folder this call created, or null. */
    static Path prepareEmpty(Path folder) throws ProjectException {
        try {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) {
                    throw new ProjectException(Reason.ALREADY_EXISTS, folder + " already exists and is not a folder.");
                }
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                    if (entries.iterator().hasNext()) {
                        throw new ProjectException(Reason.ALREADY_EXISTS, "The folder " + folder + " is not empty."
                                + " Choose a new or empty folder for the project.");
                    }
                }
                return null;
            }
            Path highestMissing = folder;
            while (highestMissing.getParent() != null && Files.notExists(highestMissing.getParent())) {
                highestMissing = highestMissing.getParent();
            }
            Files.createDirectories(folder);
            return highestMissing;
        } catch (IOException e) {
            throw new ProjectException(Reason.IO, "The folder " + folder + " could not be created or read.", e);
        }
    }

    /**
     * Removes the files in {@code folder} and then the folders {@link #prepareEmpty} made. The folder was empty or
     * missing and this process made what is in it, so everything there is ours to remove.
     */
    static void undo(Path folder, Path createdRoot) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove the files of a half-made project", e);
        }
        removeCreated(folder, createdRoot);
    }

    /** Removes the folders prepareEmpty made, from {@code folder} up to {@code createdRoot}, as long as they are empty. */
    static void removeCreated(Path folder, Path createdRoot) {
        if (createdRoot == null) {
            return;
        }
        try {
            for (Path p = folder; p != null && p.startsWith(createdRoot); p = p.getParent()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove a folder made for a project that was not made", e);
        }
    }
}
