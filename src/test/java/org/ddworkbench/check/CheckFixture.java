package org.ddworkbench.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ddworkbench.ingest.DefaultImportService;
import org.ddworkbench.ingest.ImportOptions;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.ImportResult;
import org.ddworkbench.ingest.ImportService;
import org.ddworkbench.model.CheckSummary;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.pack.JsonPackReader;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.H2ProjectService;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.TestFolders;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * The sample project built once per test class by the real import pipeline, and a fresh copy of it per test,
 * opened with the services under test on a fixed clock (15 July 2025; the sample is assessed as of 30 June).
 */
final class CheckFixture {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-15T10:00:00Z"), ZoneOffset.UTC);
    static final JsonPackReader READER = new JsonPackReader();
    static final H2ProjectService PROJECTS = new H2ProjectService(READER, 1_000);
    static final ImportService IMPORTS = new DefaultImportService();
    /** The store tables a check writes. */
    static final String[] CHECK_TABLES = {"finding", "check_input", "check_import_metrics",
        "project_setting", "activity_log"};

    private CheckFixture() {
    }

    private static Path sample;

    /**
     * The sample (inputs and project), imported once per test run from the committed inputs (some seconds) into a
     * temporary folder removed when the JVM exits; tests work on copies.
     */
    static synchronized Path sample() throws ProblemException {
        if (sample == null) {
            try {
                Path base = Files.createTempDirectory("ddw-check-sample");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(base)));
                TestFolders.copy(Path.of("sample-projects", "thai-seafood-apparel", "inputs"), base.resolve("inputs"));
                new SampleProject(PROJECTS, READER, IMPORTS, new NotChecked()).ensure(base, ProgressListener.NONE,
                        new CancellationToken());
                sample = base;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sample;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // The temporary folder holds fictional data only; the OS cleans it up eventually.
        }
    }

    /** Copies the sample project into {@code target} and opens the copy. */
    static Project openCopy(Path target) throws ProblemException {
        try {
            TestFolders.copy(sample().resolve("project"), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PROJECTS.open(target, SampleProject.PASSPHRASE.toCharArray());
    }

    /** A file of the sample's inputs, e.g. {@code audits/x.xlsx}. */
    static Path input(String relative) throws ProblemException {
        return sample().resolve("inputs").resolve(relative);
    }

    static ImportResult importFile(Project project, Path file, DataSourceKind kind) throws ProblemException {
        ImportOptions options = ImportOptions.DEFAULTS.withKind(kind);
        ImportPreview preview = IMPORTS.preview(project, file, options, ProgressListener.NONE, new CancellationToken());
        return IMPORTS.commit(project, preview, options, ProgressListener.NONE, new CancellationToken());
    }

    static ImportRecord importNamed(Project project, String fileName) throws ProblemException {
        return IMPORTS.imports(project).stream().filter(r -> r.fileName().equals(fileName)).findFirst().orElseThrow();
    }

    /** Rows per table a check writes, to compare the store before and after. */
    static Map<String, Long> counts(Project project) throws SQLException {
        return project.inTransaction(c -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : CHECK_TABLES) {
                counts.put(table, count(c, "SELECT COUNT(*) FROM " + table));
            }
            return counts;
        });
    }

    static long count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Lets the sample be built without its check, so that these tests start from imported but unchecked data with
     * no as-of date set; nothing else is expected of it.
     */
    private static final class NotChecked implements CheckService {
        @Override
        public CheckSummary run(Project project, CheckOptions options, ProgressListener progress,
                CancellationToken cancellation) {
            return null;
        }

        @Override
        public void setAsOf(Project project, LocalDate asOf) {
            // The fixture's tests set the as-of date themselves.
        }

        @Override
        public List<Finding> findings(Project project, FindingQuery query) {
            throw new UnsupportedOperationException("not used while building the sample");
        }

        @Override
        public Optional<Finding> finding(Project project, long findingId) {
            throw new UnsupportedOperationException("not used while building the sample");
        }

        @Override
        public Finding review(Project project, long findingId, ReviewState state, String reason) {
            throw new UnsupportedOperationException("not used while building the sample");
        }

        @Override
        public LocalDate asOf(Project project) {
            throw new UnsupportedOperationException("not used while building the sample");
        }
    }
}
