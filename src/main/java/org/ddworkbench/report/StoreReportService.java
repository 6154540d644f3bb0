package org.ddworkbench.report;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.report.disclosure.DisclosureControl;
import org.ddworkbench.report.disclosure.DisclosureRules;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/** Builds report previews from the project store: one read, then one protected table per measure, in memory. */
public final class StoreReportService implements ReportService {
    private final DisclosureControl control;

    public StoreReportService(DisclosureControl control) {
        this.control = Objects.requireNonNull(control, "control");
    }

    @Override
    public ReportResult preview(Project project, ReportDefinition definition, LocalDate today,
            ProgressListener progress, CancellationToken cancellation) throws ProblemException {
        LoadedPack loaded = project.pack();
        MetricPack pack = loaded.pack();
        DisclosureRules rules = definition.rules(pack.disclosure());
        progress.progress(-1, "Reading the project's suppliers, findings and corrective actions");
        ReportData data;
        try {
            data = project.inTransaction(ReportData::read);
        } catch (SQLException e) {
            throw new ProblemException("The report \"" + definition.name().strip()
                    + "\" could not read the project's data; the store may be damaged or in use.", e);
        }
        ReportTableBuilder builder = new ReportTableBuilder(definition, data, pack, today);
        List<ReportTable> tables = new ArrayList<>();
        List<Measure> measures = definition.measures();
        for (int i = 0; i < measures.size(); i++) {
            cancellation.throwIfCancelled();
            progress.progress((double) i / measures.size(), "Protecting " + measures.get(i).title());
            tables.add(builder.build(measures.get(i), rules, control));
        }
        progress.progress(1, "Report ready");
        return new ReportResult(definition, pack.id(), pack.version(), loaded.fingerprint(), rules.minCellSize(),
                rules.dominanceShare(), tables);
    }
}
