package org.ddworkbench.ui.findings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddworkbench.check.ActionService;
import org.ddworkbench.check.CheckService;
import org.ddworkbench.check.RiskService;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.CheckSummary;
import org.ddworkbench.model.ComparedValue;
import org.ddworkbench.model.CorrectiveAction;
import org.ddworkbench.model.DataSourceKind;
import org.ddworkbench.model.EvidenceCell;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.FindingKind;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.HeatMap;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.SupplierRisk;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.ddworkbench.ui.Fakes.FakeProject;

/**
 * Check, risk and action services held in memory that answer from prepared findings, risks and actions and
 * record what they were asked, for the finding screens' view-model tests.
 */
public final class FakeChecks implements CheckService, RiskService, ActionService {
    public static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    public final Map<Long, Finding> findings = new LinkedHashMap<>();
    public final Map<Long, SupplierRisk> risks = new LinkedHashMap<>();
    public final List<CorrectiveAction> actions = new ArrayList<>();
    public final List<String> reviews = new ArrayList<>();
    public final List<ActionDraft> opened = new ArrayList<>();
    public HeatMap heatMap = new HeatMap(List.of(), List.of());
    public CheckSummary nextSummary;
    public ProblemException runFailure;
    public int runs;

    /** Finding data over a fake project, with today fixed at {@link #TODAY}. */
    public FindingData data() {
        return new FindingData(new FakeProject(java.nio.file.Path.of("/tmp/p"), "P"), this, this, this,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /** A finding with one evidence cell and {@code evidenceTotal} cells in all. */
    public static Finding finding(long id, Severity severity, Long supplierId, String supplier, String country,
            List<String> indicators, FindingStatus status, ReviewState review, int evidenceTotal) {
        EvidenceCell cell = new EvidenceCell(7, DataSourceKind.WORKER_SURVEY, "worker-survey.xlsx",
                "0123456789abcdef0123456789abcdef", "Worker survey", 14, 5, "weekly_hours", "72");
        return new Finding(id, "key-" + id, "threshold:weekly_hours:red", FindingKind.THRESHOLD, severity, supplierId,
                supplier, country, null, "2023-06-30/2025-06-30", indicators, "Finding " + id,
                "Weekly hours above 60.", List.of(new ComparedValue("Worker survey: weekly hours", "72"),
                        new ComparedValue("Pack threshold", "60")),
                List.of(cell), evidenceTotal, status, status == FindingStatus.CLOSED ? "No longer above 60." : null,
                review, null, Instant.parse("2025-06-01T08:00:00Z"), Instant.parse("2025-06-01T08:00:00Z"), "ab12");
    }

    public void add(Finding finding) {
        findings.put(finding.id(), finding);
    }

    @Override
    public CheckSummary run(Project project, CheckOptions options, ProgressListener progress,
            CancellationToken cancellation) throws ProblemException {
        runs++;
        if (runFailure != null) {
            throw runFailure;
        }
        return nextSummary != null ? nextSummary : new CheckSummary(TODAY, "2023-07-01/2025-07-01", "ab12", 3, 0,
                findings.size(), 0, findings.size(), Map.of(), Map.of(), Duration.ofMillis(5));
    }

    @Override
    public List<Finding> findings(Project project, FindingQuery query) {
        return findings.values().stream()
                .filter(f -> query.includeClosed() || f.status() == FindingStatus.OPEN)
                .filter(f -> query.supplierId() == null || query.supplierId().equals(f.supplierId()))
                .toList();
    }

    @Override
    public Optional<Finding> finding(Project project, long findingId) {
        return Optional.ofNullable(findings.get(findingId));
    }

    @Override
    public Finding review(Project project, long findingId, ReviewState state, String reason) {
        reviews.add(findingId + " " + state + (reason == null ? "" : ": " + reason));
        Finding f = findings.get(findingId);
        Finding reviewed = new Finding(f.id(), f.key(), f.ruleId(), f.kind(), f.severity(), f.supplierId(),
                f.supplierName(), f.country(), f.site(), f.period(), f.indicators(), f.title(), f.explanation(),
                f.values(), f.evidence(), f.evidenceTotal(), f.status(), f.closedReason(), state, reason,
                f.firstSeen(), f.lastSeen(), f.packFingerprint());
        findings.put(findingId, reviewed);
        return reviewed;
    }

    @Override
    public LocalDate asOf(Project project) {
        return TODAY;
    }

    @Override
    public void setAsOf(Project project, LocalDate asOf) {
        throw new UnsupportedOperationException("not needed by the window");
    }

    @Override
    public SupplierRisk risk(Project project, long supplierId) throws ProblemException {
        SupplierRisk risk = risks.get(supplierId);
        if (risk == null) {
            throw new ProblemException("There is no supplier " + supplierId + " in this project.");
        }
        return risk;
    }

    @Override
    public List<SupplierRisk> risks(Project project) {
        return List.copyOf(risks.values());
    }

    @Override
    public HeatMap heatMap(Project project) {
        return heatMap;
    }

    @Override
    public CorrectiveAction open(Project project, long findingId, ActionDraft draft) {
        opened.add(draft);
        Finding finding = findings.get(findingId);
        CorrectiveAction action = new CorrectiveAction(actions.size() + 1L, findingId, finding.supplierId(),
                draft.description(), draft.owner(), draft.dueDate(), draft.status(), draft.evidenceNotes(),
                draft.followUpAuditDate(), Instant.EPOCH, Instant.EPOCH);
        actions.add(action);
        return action;
    }

    @Override
    public CorrectiveAction update(Project project, long actionId, ActionDraft draft) {
        for (int i = 0; i < actions.size(); i++) {
            CorrectiveAction old = actions.get(i);
            if (old.id() == actionId) {
                CorrectiveAction updated = new CorrectiveAction(old.id(), old.findingId(), old.supplierId(),
                        draft.description(), draft.owner(), draft.dueDate(), draft.status(), draft.evidenceNotes(),
                        draft.followUpAuditDate(), old.createdAt(), Instant.EPOCH);
                actions.set(i, updated);
                return updated;
            }
        }
        throw new IllegalArgumentException("no action " + actionId);
    }

    @Override
    public List<CorrectiveAction> actions(Project project, Long supplierId) {
        return actions.stream().filter(a -> supplierId == null || supplierId.equals(a.supplierId())).toList();
    }
}
