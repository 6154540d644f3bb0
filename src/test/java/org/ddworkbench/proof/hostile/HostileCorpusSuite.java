package org.ddworkbench.proof.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ddworkbench.App;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every file of the hostile corpus through import, pack reading or merge, and asserts for each: a clear
 * refusal naming the file, within a safety bound of 30 seconds, and the project's content and activity log exactly
 * as they were. Maven runs this class alone in a JVM with a 128 MB heap (the {@code hostile-corpus} execution), so
 * a reader that holds a file in memory fails it with OutOfMemoryError.
 */
class HostileCorpusSuite {
    private static final Duration SAFETY_BOUND = Duration.ofSeconds(30);
    private static final String PASSPHRASE = "hostile corpus passphrase 2025";

    @TempDir(cleanup = CleanupMode.ALWAYS)
    static Path dir;
    private static Project project;
    private static CorpusRoutes routes;

    @BeforeAll
    static void createProjectWithOneImport() throws Exception {
        JsonPackReader packs = new JsonPackReader();
        App app = new App(dir.resolve("home"), packs, new H2ProjectService(packs, 1_000));
        project = app.projects().create(dir.resolve("project"), "Hostile corpus", PASSPHRASE.toCharArray(),
                packs.bundled());
        routes = new CorpusRoutes(app, project, Files.createDirectories(dir.resolve("work")));
        Path suppliers = Files.write(dir.resolve("suppliers.xlsx"), WorkbookCorpus.goodWorkbook("base"));
        ImportPreview preview = app.imports().preview(project, suppliers, CorpusRoutes.SUPPLIER_LIST,
                ProgressListener.NONE, new CancellationToken());
        app.imports().commit(project, preview, CorpusRoutes.SUPPLIER_LIST, ProgressListener.NONE,
                new CancellationToken());
    }

    @AfterAll
    static void closeProject() {
        if (project != null) {
            project.close();
        }
    }

    static Stream<CorpusEntry> corpus() {
        return HostileCorpus.all().stream();
    }

    @Test
    void theCorpusHoldsAtLeastFiftyDistinctlyNamedFiles() {
        List<CorpusEntry> all = HostileCorpus.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(50);
        assertThat(all.stream().map(CorpusEntry::name).collect(Collectors.toSet())).hasSize(all.size());
        assertThat(new HashSet<>(all.stream().map(CorpusEntry::route).toList())).hasSize(CorpusEntry.Route.values().length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedClearlyInTimeAndLeavesTheProjectAsItWas(CorpusEntry entry) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("files").resolve(entry.name() + ".d"));
        Path file = entry.writeIn(folder);
        ProjectSnapshot before = ProjectSnapshot.of(project);
        resetHeapPeaks();
        long start = System.nanoTime();

        List<String> messages = assertTimeoutPreemptively(SAFETY_BOUND, () -> routes.run(entry, file),
                () -> entry.name() + " took longer than " + SAFETY_BOUND.toSeconds() + " s");

        long millis = (System.nanoTime() - start) / 1_000_000;
        for (String message : messages) {
            assertClear(entry, message, folder);
        }
        assertThat(ProjectSnapshot.of(project)).as("the project after %s", entry.name()).isEqualTo(before);
        System.out.printf(Locale.ROOT, "hostile corpus: %-48s %6d ms  heap peak %4d MB  (%d bytes)%n", entry.name(),
                millis, heapPeakBytes() >> 20, Files.size(file));
        deleteRecursively(folder);
    }

    /**
     * One line naming the file, saying what is wrong in the expected words, echoing no stack trace, library
     * internals (Jackson quotes its API in `backticks`) or secret.
     */
    private static void assertClear(CorpusEntry entry, String message, Path folder) {
        assertThat(message).as("the message for %s", entry.name())
                .contains(entry.name())
                .containsIgnoringCase(entry.expected())
                .doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("`")
                .doesNotContain(WorkbookCorpus.SECRET).doesNotContain(folder.toString());
    }

    private static void resetHeapPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap the file needed. */
    private static long heapPeakBytes() {
        return heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
