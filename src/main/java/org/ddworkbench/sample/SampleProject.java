package org.ddworkbench.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.ddworkbench.check.CheckService;
import org.ddworkbench.ingest.ImportService;
import org.ddworkbench.ingest.map.MappingProfiles;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectException;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Builds the fictional sample: the generated input files and an encrypted project that uses the bundled
 * pack with every input file imported and cross-checked as of the scenario date, opened with a documented
 * passphrase, so a new user has something to explore.
 */
public final class SampleProject {
    /** The documented passphrase of the sample project; fictional data only. */
    public static final String PASSPHRASE = "sample-project-demo";
    /** The name the sample project is created with. */
    public static final String NAME = "Thai seafood & apparel (sample)";
    /** The share of the progress bar writing the input files takes; importing them takes most of the rest. */
    private static final double INPUTS_SHARE = 0.3;

    private final ProjectService projects;
    private final PackReader packReader;
    private final ImportService imports;
    private final CheckService checks;

    /** Fills the sample through the same import pipeline and cross-checks the user's own projects go through. */
    public SampleProject(ProjectService projects, PackReader packReader, ImportService imports, CheckService checks) {
        this.projects = projects;
        this.packReader = packReader;
        this.imports = imports;
        this.checks = checks;
    }

    /**
     * Makes sure {@code baseDir} holds the generated sample input files ({@code baseDir/inputs}) and a
     * project built from them with every input imported ({@code baseDir/project}), creating what is missing;
     * returns the project folder. An interrupted run leaves neither a half-written inputs folder nor a
     * half-imported project.
     */
    public Path ensure(Path baseDir, ProgressListener progress, CancellationToken cancellation)
            throws ProblemException {
        Path inputs = baseDir.resolve("inputs");
        Path projectDir = baseDir.resolve("project");
        int files = Files.isDirectory(inputs) ? countFiles(inputs) : writeInputs(baseDir, inputs, progress, cancellation);
        cancellation.throwIfCancelled();
        if (!projects.isProject(projectDir)) {
            buildProject(baseDir, inputs, projectDir, files, progress, cancellation);
        }
        progress.progress(1, "Sample project ready");
        return projectDir;
    }

    /** Generates into a temporary sibling first, so an interrupted run never leaves a half-written inputs folder. */
    private int writeInputs(Path baseDir, Path inputs, ProgressListener progress, CancellationToken cancellation)
            throws ProjectException {
        Path staging = null;
        try {
            Files.createDirectories(baseDir);
            staging = Files.createTempDirectory(baseDir, ".inputs-");
            ProgressListener scaled = (fraction, message) -> progress.progress(fraction * INPUTS_SHARE, message);
            List<Path> written = new SampleDataGenerator().generate(staging, scaled, cancellation);
            moveInto(staging, inputs);
            staging = null;
            return written.size();
        } catch (IOException e) {
            throw new ProjectException(ProjectException.Reason.IO,
                    "Could not write the sample input files in " + baseDir + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
        }
    }

    /**
     * Creates and fills the project in a hidden sibling folder and moves it into place only when every file
     * is imported, so cancelling or a failure leaves no project that looks finished but is not.
     */
    private void buildProject(Path baseDir, Path inputs, Path projectDir, int inputFiles, ProgressListener progress,
            CancellationToken cancellation) throws ProblemException {
        SampleImports sampleImports = new SampleImports(imports, new SampleMappings(new MappingProfiles()));
        List<SampleImports.Step> steps = sampleImports.plan(inputs);
        Path staging = null;
        try {
            staging = Files.createTempDirectory(baseDir, ".project-");
            progress.progress(INPUTS_SHARE, "Creating the encrypted sample project");
            char[] passphrase = PASSPHRASE.toCharArray();
            try (Project project = projects.create(staging, NAME, passphrase, packReader.bundled())) {
                int imported = sampleImports.importAll(project, steps, INPUTS_SHARE + 0.05, 0.95, progress,
                        cancellation);
                logCreation(project, staging, inputFiles, imported);
                // The scenario is dated: audit ages and the assessment period are measured from its date.
                checks.setAsOf(project, SampleDataGenerator.SCENARIO_DATE);
                checks.run(project, CheckService.CheckOptions.DEFAULTS,
                        (fraction, message) -> progress.progress(0.95 + Math.max(0, fraction) * 0.04, message),
                        cancellation);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
            cancellation.throwIfCancelled();
            moveInto(staging, projectDir);
            staging = null;
        } catch (IOException e) {
            throw new ProjectException(ProjectException.Reason.IO,
                    "Could not create the sample project in " + projectDir + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
        }
    }

    private static void logCreation(Project project, Path projectDir, int inputFiles, int imported)
            throws ProjectException {
        ObjectNode detail = new ObjectMapper().createObjectNode()
                .put("scenario", "thai-seafood-apparel")
                .put("inputs", "../inputs")
                .put("inputFiles", inputFiles)
                .put("imported", imported)
                .put("seed", SampleDataGenerator.SEED)
                .put("fictional", true);
        try {
            project.activityLog().append("sample.created", "Created the fictional sample project and imported its "
                    + imported + " input files from the inputs folder.", detail.toString());
        } catch (SQLException e) {
            throw new ProjectException(ProjectException.Reason.DAMAGED,
                    "Could not record the sample in the activity log of " + projectDir + ".", e);
        }
    }

    private static void moveInto(Path staging, Path inputs) throws IOException {
        try {
            Files.move(staging, inputs, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, inputs);
        }
    }

    private static int countFiles(Path dir) throws ProjectException {
        try (Stream<Path> files = Files.walk(dir)) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException | UncheckedIOException e) {
            throw new ProjectException(ProjectException.Reason.IO, "Could not read the sample inputs in " + dir + ".", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: the staging folder is hidden and holds only fictional data.
            Logger.getLogger(SampleProject.class.getName()).fine(() -> "Could not remove staging folder " + dir + ": " + e.getMessage());
        }
    }
}
