package org.ddworkbench.report;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Objects;
import org.ddworkbench.check.RiskService;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.report.disclosure.DisclosureControl;
import org.ddworkbench.report.disclosure.DisclosureRules;
import org.ddworkbench.report.privacy.RandomBits;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ReportDefinitionRepository;
import org.ddworkbench.store.WorkerRecordStore;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/** Builds reports from the project store: one read transaction, then one protected table per measure and page. */
public final class StoreReportService implements ReportService {
    private final DisclosureControl control;
    private final RiskService risks;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReportDefinitionRepository definitions = new ReportDefinitionRepository();

    public StoreReportService(DisclosureControl control, RiskService risks) {
        this.control = Objects.requireNonNull(control, "control");
        this.risks = Objects.requireNonNull(risks, "risks");
    }

    @Override
    public ReportResult preview(Project project, ReportDefinition definition, LocalDate today,
            ProgressListener progress, CancellationToken cancellation) throws ProblemException {
        return build(project, definition, today, null, null, progress, cancellation);
    }

    @Override
    public ReportResult build(Project project, ReportDefinition definition, LocalDate today, Double epsilon,
            RandomBits random, ProgressListener progress, CancellationToken cancellation) throws ProblemException {
        LoadedPack loaded = project.pack();
        MetricPack pack = loaded.pack();
        DisclosureRules rules = definition.rules(pack);
        TableNoise noise = epsilon == null ? null : noise(definition, pack, epsilon, random);
        progress.progress(-1, "Reading the project's suppliers, findings, corrective actions and answers");
        Map<Long, String> bands = definition.dimensions().contains(ReportDimension.RISK_BAND) ? riskBands(project)
                : Map.of();
        ReportTableBuilder builder;
        try {
            builder = project.inTransaction(connection -> {
                ReportTableBuilder b = new ReportTableBuilder(definition, ReportData.read(connection, bands), pack, today,
                        noise);
                for (Measure measure : b.supplierMetricMeasures()) {
                    b.addSupplierValues(measure, ReportData.supplierValues(connection, measure.metricId()));
                }
                if (b.needsWorkers()) {
                    WorkerFeed feed = b.workerFeed();
                    new WorkerRecordStore().stream(connection, 0, row -> {
                        cancellation.throwIfCancelled();
                        feed.accept(row);
                    });
                }
                return b;
            });
        } catch (SQLException e) {
            throw new ProblemException("The report \"" + definition.name().strip()
                    + "\" could not read the project's data; the store may be damaged or in use.", e);
        }
        cancellation.throwIfCancelled();
        progress.progress(0.8, "Protecting the tables");
        List<ReportTable> tables = builder.tables(rules, control);
        progress.progress(1, "Report ready");
        return new ReportResult(definition, pack.id(), pack.version(), loaded.fingerprint(), rules.minCellSize(),
                rules.dominanceShare(), tables);
    }

    private Map<Long, String> riskBands(Project project) throws ProblemException {
        Map<Long, String> bands = new HashMap<>();
        risks.risks(project).forEach(risk -> bands.put(risk.supplierId(), risk.band().label()));
        return bands;
    }

    /**
     * The noise of a release of ε over the definition's tables, or why the definition cannot be released with
     * noise: percentiles and shares have no mechanism here, and a mean needs the pack's bounds of its metric.
     */
    private static TableNoise noise(ReportDefinition definition, MetricPack pack, double epsilon, RandomBits random)
            throws ProblemException {
        String where = "In report \"" + definition.name().strip() + "\": ";
        for (Measure measure : definition.measures()) {
            if (measure.kind() == MeasureKind.FLAGGED_SHARE) {
                throw new ProblemException(where + "shares cannot be released with noise; release flagged"
                        + " suppliers and suppliers instead, whose noisy counts give the share.");
            }
            if (measure.kind().needsMetric()) {
                Metric metric = ReportDefinition.metric(pack, measure, where);
                if (measure.statistic() != Statistic.MEAN) {
                    throw new ProblemException(where + "a " + measure.statistic().title().toLowerCase(
                            Locale.ROOT) + " cannot be released with noise; choose the mean, or release"
                            + " without differential privacy.");
                }
                if (metric.min() == null || metric.max() == null) {
                    throw new ProblemException(where + "the metric pack gives no " + (metric.min() == null
                            ? "lower" : "upper") + " bound for \"" + metric.label() + "\", so its mean cannot be"
                            + " made differentially private.");
                }
            }
        }
        // A contributor reaches at most maxCells cells of a measure over all its pages, so the pages of one
        // measure share its part of ε.
        boolean byIndicator = definition.dimensions().contains(ReportDimension.INDICATOR);
        int maxCells = byIndicator ? Math.max(1, pack.indicators().size()) : 1;
        return TableNoise.of(epsilon / definition.measures().size(), maxCells, random);
    }

    @Override
    public List<ReportDefinition> savedDefinitions(Project project) throws ProblemException {
        Map<String, String> saved;
        try {
            saved = project.inTransaction(definitions::all);
        } catch (SQLException e) {
            throw new ProblemException("Could not read the saved reports of " + project.directory() + ".", e);
        }
        List<ReportDefinition> out = new ArrayList<>();
        for (Map.Entry<String, String> e : saved.entrySet()) {
            try {
                out.add(ReportDefinitionJson.read(e.getKey(), e.getValue()));
            } catch (IllegalArgumentException damaged) {
                throw new ProblemException(damaged.getMessage() + " Delete it and save it again.", damaged);
            }
        }
        return out;
    }

    @Override
    public void saveDefinition(Project project, ReportDefinition definition) throws ProblemException {
        definition.rules(project.pack().pack());
        String name = definition.name().strip();
        if (name.length() > 300) {
            throw new ProblemException("A report name can be at most 300 characters long.");
        }
        try {
            project.inTransaction(connection -> {
                definitions.save(connection, name, ReportDefinitionJson.write(definition), Instant.now());
                project.activityLog().append(connection, "report.definition-saved", "Saved the report definition \""
                        + name + "\"", JSON.createObjectNode().put("name", name).toString());
                return null;
            });
        } catch (SQLException e) {
            throw new ProblemException("Could not save the report \"" + name + "\".", e);
        }
    }

    @Override
    public void deleteDefinition(Project project, String name) throws ProblemException {
        try {
            project.inTransaction(connection -> {
                if (definitions.delete(connection, name)) {
                    project.activityLog().append(connection, "report.definition-deleted",
                            "Deleted the report definition \"" + name + "\"",
                            JSON.createObjectNode().put("name", name).toString());
                }
                return null;
            });
        } catch (SQLException e) {
            throw new ProblemException("Could not delete the report \"" + name + "\".", e);
        }
    }
}
