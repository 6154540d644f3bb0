package org.ddworkbench.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ddworkbench.ingest.ImportOptions;
import org.ddworkbench.ingest.ImportPreview;
import org.ddworkbench.ingest.ImportService;
import org.ddworkbench.ingest.map.MappingProfile;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectException;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Imports the sample's input files into its project through the real import service, in the order a user
 * would: the supplier list first (it names the suppliers the other files are matched to), then the
 * questionnaires, the audits, the worker survey and the grievance log.
 */
final class SampleImports {
    private final ImportService imports;
    private final SampleMappings mappings;

    SampleImports(ImportService imports, SampleMappings mappings) {
        this.imports = imports;
        this.mappings = mappings;
    }

    /** One input file and how to import it: the shipped mapping (saved in the project under its name) or null. */
    record Step(Path file, DataSourceKind kind, MappingProfile mapping) {
    }

    /**
     * The files under {@code inputs} in import order; files a user removed are left out. Every sample file
     * is valid once mapped, so none needs its invalid rows skipped: a problem means the sample or the
     * pipeline broke, and stops the build.
     */
    List<Step> plan(Path inputs) throws ProblemException {
        List<Step> steps = new ArrayList<>();
        add(steps, inputs.resolve("suppliers.csv"), DataSourceKind.SUPPLIER_LIST);
        for (Path saq : workbooks(inputs.resolve("saq"))) {
            add(steps, saq, DataSourceKind.SAQ);
        }
        for (Path audit : workbooks(inputs.resolve("audits"))) {
            add(steps, audit, DataSourceKind.AUDIT);
        }
        add(steps, inputs.resolve("worker-survey.xlsx"), DataSourceKind.WORKER_SURVEY);
        add(steps, inputs.resolve("grievances.csv"), DataSourceKind.GRIEVANCE);
        return steps;
    }

    /**
     * Imports every step, each in its own transaction, reporting progress from {@code from} to {@code to};
     * returns how many files were imported.
     */
    int importAll(Project project, List<Step> steps, double from, double to, ProgressListener progress,
            CancellationToken cancellation) throws ProblemException {
        double[] reached = {from};
        for (int i = 0; i < steps.size(); i++) {
            cancellation.throwIfCancelled();
            Step step = steps.get(i);
            double start = from + (to - from) * i / steps.size();
            double width = (to - from) / steps.size();
            String name = step.file().getFileName().toString();
            ImportOptions options = new ImportOptions(step.kind(), step.mapping(), false, false,
                    step.mapping() == null ? null : step.mapping().name(), null);
            ImportPreview preview = imports.preview(project, step.file(), options,
                    part(progress, start, width / 2, "Checking " + name, reached), cancellation);
            if (!preview.clean()) {
                throw new ProjectException(ProjectException.Reason.IO, "The sample file " + name + " has "
                        + preview.problemCount() + " problems and was not imported"
                        + (preview.problems().isEmpty() ? "." : ", the first: " + preview.problems().get(0).reason()));
            }
            imports.commit(project, preview, options, part(progress, start + width / 2, width / 2,
                    "Importing " + name, reached), cancellation);
        }
        return steps.size();
    }

    private void add(List<Step> steps, Path file, DataSourceKind kind) throws ProblemException {
        if (Files.isRegularFile(file)) {
            steps.add(new Step(file, kind, mappings.forKind(kind)));
        }
    }

    private static List<Path> workbooks(Path dir) throws ProjectException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ProjectException(ProjectException.Reason.IO, "Could not list the sample inputs in " + dir + ".", e);
        }
    }

    /**
     * Maps a step's own 0..1 progress onto its share of the whole; {@code reached} is shared by all steps so
     * the bar never goes backwards, not even by a rounding error between one step's end and the next's start.
     */
    private static ProgressListener part(ProgressListener progress, double start, double width, String message,
            double[] reached) {
        return (fraction, ignored) -> {
            double at = start + width * Math.max(0, Math.min(1, fraction));
            if (at >= reached[0]) {
                reached[0] = at;
                progress.progress(at, message);
            }
        };
    }
}
