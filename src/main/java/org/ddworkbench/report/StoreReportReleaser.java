package org.ddworkbench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.ddworkbench.model.ActivityEntry;
import org.ddworkbench.model.IoReason;
import org.ddworkbench.model.PrivacyRelease;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.export.AtomicFile;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketSource;
import org.ddworkbench.report.packet.PrivacyParameters;
import org.ddworkbench.report.privacy.PrivacyBudget;
import org.ddworkbench.report.privacy.SecureRandomBits;
import org.ddworkbench.store.PrivacyLedgerRepository;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectSettings;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Releases reports from the project store. The budget is checked before anything is computed and again in the
 * transaction that records the release; the file is written under a hidden name first, and moved into place only
 * once the release is recorded, so a file never exists under its name without its log entry and ledger line.
 */
public final class StoreReportReleaser implements ReportReleaser {
    /** The project setting holding the random identifier that marks this project's releases. */
    static final String RELEASE_ID = "federation.release-id";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String METHOD = "Counts: discrete Laplace (two-sided geometric) noise; means: Laplace noise"
            + " on the clamped sum and discrete Laplace noise on the count; each table spends an equal part of ε;"
            + " secure randomness.";

    private final ReportService reports;
    private final PrivacyLedger ledger;
    private final PacketFileWriter files;
    private final PrivacyLedgerRepository releases = new PrivacyLedgerRepository();
    private final ProjectSettings settings = new ProjectSettings();

    public StoreReportReleaser(ReportService reports, PrivacyLedger ledger, PacketFileWriter files) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.files = Objects.requireNonNull(files, "files");
    }

    @Override
    public Release release(Project project, String name, List<ReportDefinition> sections, ReleaseOptions options,
            LocalDate today, ProgressListener progress, CancellationToken cancellation) throws ProblemException {
        if (sections.isEmpty()) {
            throw new ProblemException("The report \"" + name + "\" has nothing to release.");
        }
        Double epsilon = options.epsilon();
        if (epsilon != null) {
            ledger.statement(project).budget().check(epsilon);
        }
        Path output = options.output().toAbsolutePath().normalize();
        if (output.getParent() == null || !Files.isDirectory(output.getParent())) {
            throw new ProblemException("Cannot export to " + output + ": the folder " + output.getParent()
                    + " does not exist.");
        }
        int measures = sections.stream().mapToInt(d -> d.measures().size()).sum();
        SecureRandomBits random = epsilon == null ? null : new SecureRandomBits();
        List<ReportResult> results = new ArrayList<>();
        for (ReportDefinition section : sections) {
            // Sequential composition: each section spends its measures' share of the release's ε.
            Double share = epsilon == null ? null : epsilon * section.measures().size() / measures;
            results.add(reports.build(project, section, today, share, random, progress, cancellation));
        }
        String releaseId = releaseId(project);
        PrivacyParameters privacy = epsilon == null ? null
                : new PrivacyParameters(epsilon, maxCells(results), METHOD);
        AggregatePacket packet = PacketAssembler.packet(name, results, today, privacy,
                new PacketSource(options.organisation(), releaseId, null));
        cancellation.throwIfCancelled();
        progress.progress(0.9, "Writing " + output.getFileName());
        Path staged = stage(output);
        String sha256;
        try {
            sha256 = files.write(packet, options.format(), staged);
        } catch (IOException e) {
            deleteQuietly(staged);
            throw notWritten(output, e);
        }
        ActivityEntry entry;
        try {
            entry = record(project, name, sections, options, packet, output, sha256);
        } catch (SQLException | ProblemException e) {
            deleteQuietly(staged);
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException("Could not record the export of " + output.getFileName()
                    + " in the project, so nothing was exported; the store may be damaged or in use.", e);
        }
        try {
            flushToDisk(project);
            AtomicFile.replace(staged, output);
        } catch (IOException | SQLException e) {
            deleteQuietly(staged);
            throw new ProblemException("Recorded the export of " + output.getFileName() + " in the activity log (entry "
                    + entry.seq() + ") but could not put the file in place: " + IoReason.of(e) + ". Export it again.",
                    e);
        }
        Path receipt = output.resolveSibling(output.getFileName() + ".receipt.txt");
        try {
            AtomicFile.write(receipt, out -> out.write(receiptText(packet, output, sha256, entry)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ProblemException("Exported " + output + " and recorded it in the activity log (entry "
                    + entry.seq() + "), but could not write its receipt: " + IoReason.of(e) + ".", e);
        }
        progress.progress(1, "Exported " + output.getFileName());
        return new Release(output, sha256, receipt, packet, entry.seq());
    }

    private ActivityEntry record(Project project, String name, List<ReportDefinition> sections,
            ReleaseOptions options, AggregatePacket packet, Path output, String sha256)
            throws SQLException, ProblemException {
        Double epsilon = options.epsilon();
        ObjectNode detail = JSON.createObjectNode();
        detail.put("report", name);
        detail.put("format", options.format().extension());
        detail.put("file", output.getFileName().toString());
        detail.put("sha256", sha256);
        detail.put("sections", String.join("; ", sections.stream().map(StoreReportReleaser::covered).toList()));
        detail.put("minCellSize", packet.disclosure().minCellSize());
        detail.put("tables", packet.tables().size());
        detail.put("suppressedCells", packet.tables().stream().flatMap(t -> t.cells().stream())
                .filter(PacketCell::suppressed).count());
        if (epsilon != null) {
            detail.put("epsilon", epsilon);
        }
        String covered = String.join("; ", sections.stream().map(StoreReportReleaser::covered).toList());
        try {
            return project.inTransaction(connection -> {
                if (settings.get(connection, RELEASE_ID).isEmpty()) {
                    settings.put(connection, RELEASE_ID, packet.sources().get(0).releaseId());
                }
                if (epsilon != null) {
                    PrivacyBudget budget = PrivacyBudget.forPack(project.pack().pack().disclosure(),
                            releases.all(connection).stream().map(PrivacyRelease::epsilon).toList());
                    try {
                        budget.check(epsilon);
                    } catch (ProblemException refused) {
                        throw new BudgetRefusal(refused);
                    }
                    releases.append(connection, Instant.now(), epsilon, name, covered, sha256);
                }
                return project.activityLog().append(connection, "report.exported", "Exported the report \""
                        + name + "\" as " + options.format().extension().toUpperCase(Locale.ROOT)
                        + (epsilon == null ? "" : " with ε = " + epsilon), detail.toString());
            });
        } catch (BudgetRefusal refusal) {
            throw refusal.problem;
        }
    }

    /**
     * Writes the committed record to the store file now: H2 keeps a commit in memory for up to half a second, and a
     * process killed then would leave the file in place without its log entry.
     */
    private static void flushToDisk(Project project) throws SQLException {
        project.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
            return null;
        });
    }

    /** Carries a budget refusal out of the transaction, which rolls it back. */
    private static final class BudgetRefusal extends RuntimeException {
        private final transient ProblemException problem;

        BudgetRefusal(ProblemException problem) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
        }
    }

    /**
     * The project's random release identifier, or a new one on first use, which {@link #record} stores with the
     * release so that an export that fails changes nothing.
     */
    private String releaseId(Project project) throws ProblemException {
        try {
            return project.inTransaction(connection -> settings.get(connection, RELEASE_ID)
                    .orElseGet(() -> UUID.randomUUID().toString()));
        } catch (SQLException e) {
            throw new ProblemException("Could not read the project's release identifier; the store may be damaged.",
                    e);
        }
    }

    /** What a section covers, as the ledger and the log state it: "flagged, findings by country, indicator". */
    private static String covered(ReportDefinition section) {
        return String.join(", ", section.measures().stream().map(Measure::key).toList()) + " by "
                + String.join(", ", section.dimensions().stream().map(ReportDimension::key).toList());
    }

    /** The largest per-contributor cell bound of the count tables, which the packet states. */
    private static int maxCells(List<ReportResult> results) {
        return results.stream().flatMap(r -> r.tables().stream()).filter(t -> t.noise() != null)
                .filter(t -> t.measure().kind().additive())
                .mapToInt(t -> (int) Math.max(1, Math.round(t.noise().sensitivity()))).max().orElse(1);
    }

    private static String receiptText(AggregatePacket packet, Path output, String sha256, ActivityEntry entry) {
        StringBuilder text = new StringBuilder();
        text.append("Diligence Workbench export receipt\n\n");
        text.append("Report:          ").append(packet.reportName()).append('\n');
        text.append("File:            ").append(output.getFileName()).append('\n');
        text.append("SHA-256:         ").append(sha256).append('\n');
        text.append("Released:        ").append(packet.released()).append('\n');
        text.append("Metric pack:     ").append(packet.pack().id()).append(' ').append(packet.pack().version())
                .append(" (").append(packet.pack().fingerprint()).append(")\n");
        text.append("Minimum cell:    ").append(packet.disclosure().minCellSize()).append('\n');
        text.append("Dominance share: ").append(Math.round(packet.disclosure().dominanceShare() * 100)).append("%\n");
        text.append("Noise:           ").append(packet.privacy() == null ? "none (disclosure control only)"
                : "ε = " + packet.privacy().epsilon()).append('\n');
        text.append("Activity log:    entry ").append(entry.seq()).append(", hash ").append(entry.hash()).append('\n');
        text.append("\nThe file holds aggregate, disclosure-controlled figures only. Check it with:\n")
                .append("  sha256sum ").append(output.getFileName()).append('\n');
        return text.toString();
    }

    /**
     * A hidden file beside {@code output} to write the export to. It is moved into place only once the export is
     * recorded, so a process killed at any moment leaves no file under the output's name that the log lacks.
     */
    private static Path stage(Path output) throws ProblemException {
        try {
            return Files.createTempFile(output.getParent(), "." + output.getFileName() + "-", ".staged");
        } catch (IOException e) {
            throw notWritten(output, e);
        }
    }

    private static ProblemException notWritten(Path output, IOException e) {
        return new ProblemException("Could not write " + output + ": " + IoReason.of(e)
                + ". Nothing was exported and no privacy budget was spent.", e);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The failure that made us delete it is what the user is told about.
        }
    }
}
