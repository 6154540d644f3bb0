package org.ddworkbench.ui.dashboard;

import static org.ddworkbench.ui.I18n.tr;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.model.CorrectiveAction;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.RiskBand;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.SupplierRisk;
import org.ddworkbench.model.SupplierSummary;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.ddworkbench.ui.findings.FindingData;
import org.ddworkbench.ui.findings.FindingText;
import org.ddworkbench.ui.imports.ImportText;
import org.ddworkbench.ui.imports.ImportedData;
import org.ddworkbench.ui.suppliers.SupplierSubset;

/**
 * Reads what the Dashboard shows from the check, risk, action and import services and puts it in words; runs
 * off the FX thread.
 */
final class DashboardLoader {
    /** How far ahead an open corrective action counts as due soon. */
    static final int DUE_SOON_DAYS = 30;
    static final int LAST_IMPORTS = 5;
    private static final List<DataSourceKind> COVERED =
            List.of(DataSourceKind.SAQ, DataSourceKind.AUDIT, DataSourceKind.WORKER_SURVEY);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FindingData checked;
    private final ImportedData imported;
    private final ZoneId zone;

    /** {@code zone} is the user's, for the times of the imports. */
    DashboardLoader(FindingData checked, ImportedData imported, ZoneId zone) {
        this.checked = checked;
        this.imported = imported;
        this.zone = zone;
    }

    FindingData checked() {
        return checked;
    }

    ImportedData imported() {
        return imported;
    }

    DashboardData load(ProgressListener progress, CancellationToken cancellation) throws ProblemException {
        Project project = checked.project();
        progress.progress(0, tr("Reading the findings…"));
        List<Finding> findings = checked.checks().findings(project, FindingQuery.ALL);
        List<Finding> counting = findings.stream().filter(Finding::counts).toList();
        cancellation.throwIfCancelled();
        progress.progress(0.2, tr("Scoring the suppliers…"));
        List<SupplierRisk> risks = checked.risks().risks(project);
        HeatGrid heat = HeatGrid.of(checked.risks().heatMap(project));
        cancellation.throwIfCancelled();
        progress.progress(0.5, tr("Reading the corrective actions…"));
        ActionsDue actions = actions(checked.actions().actions(project, null), findings);
        cancellation.throwIfCancelled();
        progress.progress(0.7, tr("Reading the imported data…"));
        List<SupplierSummary> suppliers = imported.service().suppliers(project);
        List<Bar> coverage = coverage(suppliers, imported.service().sourceKinds(project));
        List<ImportLine> imports = imports(imported.service().imports(project));
        progress.progress(1, tr("Drawing the dashboard…"));
        String summary = counting.isEmpty() && heat.rows().isEmpty()
                ? tr("No open findings. Import data and run the checks on the Findings screen to fill the dashboard.")
                : tr("{0} open findings across {1} suppliers. Click a bar, figure or cell to see what lies behind it.",
                        String.valueOf(counting.size()), String.valueOf(heat.rows().size()));
        return new DashboardData(summary, bands(risks), severities(counting), actions, coverage, imports, heat);
    }

    /** One bar per band of the pack, empty bands included, highest band first. */
    private List<Bar> bands(List<SupplierRisk> risks) {
        List<RiskBand> bands = checked.project().pack().pack().riskModel().bands();
        Map<String, Set<Long>> members = new HashMap<>();
        risks.forEach(risk -> members.computeIfAbsent(risk.band().id(), id -> new HashSet<>()).add(risk.supplierId()));
        int most = members.values().stream().mapToInt(Set::size).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = bands.size() - 1; i >= 0; i--) {
            RiskBand band = bands.get(i);
            Set<Long> ids = members.getOrDefault(band.id(), Set.of());
            bars.add(new Bar(band.id(), band.label(), ids.size(), most, String.valueOf(ids.size()),
                    tr("{0}: {1,choice,0#no suppliers|1#1 supplier|1<{1,number,integer} suppliers}", band.label(),
                            ids.size()),
                    bandStyle(bands.size(), bands.size() - 1 - i),
                    new SupplierSubset(tr("risk band {0}", band.label()), ids)));
        }
        return bars;
    }

    /** Colours by rank from the top: the highest band critical red, the lowest green; one band is neutral. */
    private static String bandStyle(int bands, int fromTop) {
        if (bands == 1) {
            return "band-only";
        }
        if (fromTop == bands - 1) {
            return "band-lowest";
        }
        return "band-rank-" + Math.min(fromTop, 2);
    }

    private static List<Bar> severities(List<Finding> counting) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        counting.forEach(finding -> bySeverity.merge(finding.severity(), 1, Integer::sum));
        int most = bySeverity.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            int count = bySeverity.getOrDefault(severity, 0);
            String label = FindingText.severity(severity);
            bars.add(new Bar(severity.name(), label, count, most, String.valueOf(count),
                    tr("{0}: {1} open findings", label, String.valueOf(count)), FindingText.styleClass(severity),
                    null));
        }
        return bars;
    }

    /** Open actions due within the next days and overdue; an action without a supplier takes its finding's. */
    private ActionsDue actions(List<CorrectiveAction> actions, List<Finding> findings) {
        Map<Long, Long> supplierOfFinding = new HashMap<>();
        findings.stream().filter(f -> f.supplierId() != null).forEach(f -> supplierOfFinding.put(f.id(), f.supplierId()));
        LocalDate today = checked.today();
        LocalDate horizon = today.plusDays(DUE_SOON_DAYS);
        int dueSoon = 0;
        int overdue = 0;
        Set<Long> soonSuppliers = new HashSet<>();
        Set<Long> lateSuppliers = new HashSet<>();
        for (CorrectiveAction action : actions) {
            Long supplier = action.supplierId() != null ? action.supplierId() : supplierOfFinding.get(action.findingId());
            if (action.overdue(today)) {
                overdue++;
                addIfKnown(lateSuppliers, supplier);
            } else if (action.status().isOpen() && !action.dueDate().isAfter(horizon)) {
                dueSoon++;
                addIfKnown(soonSuppliers, supplier);
            }
        }
        return new ActionsDue(dueSoon, new SupplierSubset(tr("suppliers with corrective actions due in the next "
                + "{0} days", String.valueOf(DUE_SOON_DAYS)), soonSuppliers), overdue,
                new SupplierSubset(tr("suppliers with overdue corrective actions"), lateSuppliers));
    }

    private static void addIfKnown(Set<Long> suppliers, Long supplier) {
        if (supplier != null) {
            suppliers.add(supplier);
        }
    }

    /** Per kind of evidence: suppliers with it out of all; a click shows those without it. */
    private static List<Bar> coverage(List<SupplierSummary> suppliers, Map<Long, Set<DataSourceKind>> kinds) {
        List<Bar> bars = new ArrayList<>();
        for (DataSourceKind kind : COVERED) {
            Set<Long> missing = new HashSet<>();
            suppliers.stream().filter(s -> !kinds.getOrDefault(s.id(), Set.of()).contains(kind))
                    .forEach(s -> missing.add(s.id()));
            int with = suppliers.size() - missing.size();
            String label = kind == DataSourceKind.AUDIT ? tr("Audit") : ImportText.kind(kind);
            bars.add(new Bar(kind.name(), label, with, suppliers.size(),
                    tr("{0} of {1}", String.valueOf(with), String.valueOf(suppliers.size())),
                    tr("{0}: {1} of {2} suppliers", label, String.valueOf(with), String.valueOf(suppliers.size())),
                    "coverage", new SupplierSubset(missingLabel(kind), missing)));
        }
        return bars;
    }

    private static String missingLabel(DataSourceKind kind) {
        return switch (kind) {
            case SAQ -> tr("suppliers without a self-assessment (SAQ)");
            case AUDIT -> tr("suppliers without an audit");
            default -> tr("suppliers without a worker survey");
        };
    }

    private List<ImportLine> imports(List<ImportRecord> records) {
        return records.stream().sorted(Comparator.comparing(ImportRecord::importedAt).reversed()
                        .thenComparing(Comparator.comparingLong(ImportRecord::id).reversed()))
                .limit(LAST_IMPORTS)
                .map(r -> new ImportLine(r.id(), r.fileName(), ImportText.kind(r.kind()), r.rowsImported(),
                        TIME.format(r.importedAt().atZone(zone))))
                .toList();
    }
}
