package org.ddworkbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ddworkbench.model.ProblemException;

/** The throwaway folders the benchmarks work in: their size on disk, and removing them afterwards. */
final class BenchFolders {

    private BenchFolders() {
    }

    /** Work done inside a fresh benchmark folder. */
    @FunctionalInterface
    interface InFolder<T> {
        T run(Path work) throws IOException, ProblemException;
    }

    /**
     * Runs {@code job} in a new folder under {@code parent} named after {@code prefix}, and deletes the folder
     * afterwards unless {@code keep}.
     */
    static <T> T inNewFolder(Path parent, String prefix, boolean keep, InFolder<T> job)
            throws IOException, ProblemException {
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, prefix);
        try {
            return job.run(work);
        } finally {
            if (!keep) {
                delete(work);
            }
        }
    }

    /** The bytes of every file under {@code dir}. */
    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Deletes {@code dir} and everything under it, deepest first. */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Seconds since {@code start}, a {@link System#nanoTime()} reading. */
    static double secondsSince(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
