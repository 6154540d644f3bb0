package org.ddworkbench.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Writes the fictional Thai seafood and apparel input files (supplier list, SAQs, audits, worker
 * survey, grievance log) in the foreign layouts partners send; the same files on every run.
 */
public final class SampleDataGenerator {
    /** Seeds every random choice, so the output never changes unless the code does. */
    public static final long SEED = 20_250_630L;
    /** The "today" of the scenario, which audit staleness and grievance ages are measured from. */
    public static final LocalDate SCENARIO_DATE = LocalDate.of(2025, 6, 30);

    /** Writes all input files into {@code dir} (created if missing, files overwritten) and returns them in order. */
    public List<Path> generate(Path dir, ProgressListener progress, CancellationToken cancellation) throws IOException {
        List<SampleSupplier> suppliers = SampleSuppliers.all();
        int steps = 4 + suppliers.size() * 2;
        int step = 0;
        Files.createDirectories(dir.resolve("saq"));
        Files.createDirectories(dir.resolve("audits"));
        List<Path> written = new ArrayList<>();

        progress.progress(0, "Writing the sample supplier list");
        written.add(writeText(dir.resolve("README.md"), readme()));
        written.add(writeSupplierList(suppliers, dir.resolve("suppliers.csv")));
        for (SampleSupplier supplier : suppliers) {
            cancellation.throwIfCancelled();
            progress.progress((double) ++step / steps, "Writing the questionnaire of " + supplier.name());
            Path saq = dir.resolve("saq").resolve(supplier.slug() + ".xlsx");
            new SaqWriter().write(supplier, random("saq/" + supplier.slug()), saq);
            written.add(saq);
        }
        for (SampleSupplier supplier : suppliers) {
            cancellation.throwIfCancelled();
            progress.progress((double) ++step / steps, "Writing the audits of " + supplier.name());
            for (AuditPlan audit : supplier.audits()) {
                String stem = supplier.slug() + "-" + audit.date().toString().substring(0, 7);
                Path file = dir.resolve("audits").resolve(stem + ".xlsx");
                new AuditWriter().write(supplier, audit, random("audits/" + stem), file);
                written.add(file);
            }
        }
        cancellation.throwIfCancelled();
        progress.progress((double) ++step / steps, "Writing the worker survey");
        Path survey = dir.resolve("worker-survey.xlsx");
        new WorkerSurveyWriter().write(suppliers, random("worker-survey"), survey);
        written.add(survey);
        cancellation.throwIfCancelled();
        progress.progress((double) ++step / steps, "Writing the grievance log");
        Path grievances = dir.resolve("grievances.csv");
        new GrievanceWriter().write(suppliers, random("grievances"), grievances);
        written.add(grievances);
        progress.progress(1, "Sample input files written");
        return List.copyOf(written);
    }

    /** One generator per file, so changing one file's code leaves the others as they were. */
    private static Random random(String fileKey) {
        return new Random(SEED * 31 + fileKey.hashCode());
    }

    private static Path writeSupplierList(List<SampleSupplier> suppliers, Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (SampleSupplier s : suppliers) {
            rows.add(new String[] {s.name(), s.countryAsWritten(), s.address(), s.sector(), s.activity(),
                "Tier " + s.tier(), s.osId()});
        }
        CsvTable.write(file, List.of("Supplier Name", "Country", "Address", "Sector", "Activity", "Tier", "OS ID"),
                rows);
        return file;
    }

    private static Path writeText(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String readme() {
        return """
                # Sample input files (fictional)

                Everything in this folder is **invented** for the Diligence Workbench sample project: the
                companies, addresses, Open Supply Hub-style ids, audit firms, workers, names, phone numbers,
                passport and ID numbers, e-mail addresses and every answer. Any likeness to a real company or
                person is accidental. The files were written by `org.ddworkbench.sample.SampleDataGenerator`
                from a fixed seed, as of a scenario date of 30 June 2025.

                They use the layouts partners really send, not the workbench's own templates:

                - `suppliers.csv` - the supplier master list; country names are written inconsistently on purpose.
                - `saq/<supplier>.xlsx` - one self-assessment questionnaire per supplier, sheet `SAQ`
                  (Question | Answer | Comment).
                - `audits/<supplier>-<yyyy-mm>.xlsx` - social audits: sheets `Audit`, `Findings` (on the scheme's
                  own scale: RBA, SMETA, amfori BSCI, SA8000) and `Observations` (Metric | Value).
                - `worker-survey.xlsx` - one row per surveyed worker, with direct identifiers to be removed at import.
                - `grievances.csv` - one row per grievance case; some descriptions contain a phone number or e-mail.

                Some self-assessments contradict the audits and the worker survey; finding that is the point.
                """;
    }
}
