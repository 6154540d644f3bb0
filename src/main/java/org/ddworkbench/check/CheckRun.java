package org.ddworkbench.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ddworkbench.check.rules.CheckContext;
import org.ddworkbench.check.rules.FindingDraft;
import org.ddworkbench.check.rules.RuleEngine;
import org.ddworkbench.check.rules.SupplierFacts;
import org.ddworkbench.model.CheckSummary;
import org.ddworkbench.model.Severity;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.store.ActivityLog;
import org.ddworkbench.store.CheckInputRepository;
import org.ddworkbench.store.CheckInputRepository.ImportEntry;
import org.ddworkbench.store.CheckInputRepository.StoredInput;
import org.ddworkbench.store.CheckInputRepository.SupplierMaster;
import org.ddworkbench.store.FindingRepository;
import org.ddworkbench.store.FindingWriter;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * One incremental check run on one connection inside the caller's transaction: decides from input digests what
 * to evaluate, evaluates it, reconciles the findings, records the digests and logs the run. When every supplier
 * is evaluated anyway (first run, new as-of date or pack, or a full run), the digests come from the rows the
 * evaluation reads, so the large tables are read once.
 */
final class CheckRun {
    /** Worker values loaded at once; beyond this, suppliers are evaluated in several loads to bound memory. */
    private static final long WORKER_VALUES_PER_LOAD = 8_000_000;
    /** Suppliers evaluated in parallel between two looks at the cancel button. */
    private static final int EVALUATED_TOGETHER = 64;
    static final String SUPPLIER_REMOVED = "The supplier was removed (its import was undone).";

    private final FindingRepository findings;
    private final CheckInputRepository inputs;
    private final FactLoader loader;
    private final Clock clock;

    CheckRun(FindingRepository findings, CheckInputRepository inputs, FactLoader loader, Clock clock) {
        this.findings = findings;
        this.inputs = inputs;
        this.loader = loader;
        this.clock = clock;
    }

    static String noLongerFound(LocalDate asOf) {
        return "No longer found on " + asOf + ": the condition does not hold in the current data.";
    }

    /** One supplier's drafts and data confidence. */
    private record Evaluated(long supplierId, List<FindingDraft> drafts, double confidence) {
    }

    private static Evaluated evaluate(RuleEngine engine, SupplierFacts facts, List<String> falsePositives) {
        RuleEngine.Evaluation evaluation = engine.evaluate(facts, Set.copyOf(falsePositives));
        return new Evaluated(facts.supplierId(), evaluation.drafts(), evaluation.confidence());
    }

    /** What the run decided to evaluate. */
    /**
     * {@code observed} and the evaluated suppliers' {@code digests} are known in advance only when not every
     * supplier is evaluated (they decided which ones are).
     */
    private record Plan(List<SupplierMaster> suppliers, Map<Long, long[]> observed, Map<Long, String> digests,
            boolean everySupplier) {
    }

    CheckSummary run(Connection connection, LoadedPack pack, LocalDate asOf, boolean full, ActivityLog log,
            ProgressListener progress, CancellationToken cancellation) throws SQLException {
        long started = System.nanoTime();
        progress.progress(-1, "Finding what changed since the last check");
        CheckContext context = new CheckContext(pack.pack(), pack.fingerprint(), asOf);
        InputDigests digests = new InputDigests(pack.fingerprint(), asOf);
        List<SupplierMaster> suppliers = inputs.suppliers(connection);
        KnownImports imports = new KnownImports(inputs.imports(connection));
        Map<Long, List<String>> falsePositives = findings.falsePositiveKeys(connection);
        Map<Long, StoredInput> stored = inputs.stored(connection);
        StoredInput lastRun = stored.get(CheckInputRepository.RUN_ROW);
        boolean everySupplier = full || lastRun == null || !lastRun.inputHash().equals(digests.run());
        Plan plan = everySupplier ? new Plan(suppliers, null, null, true)
                : changedSuppliers(connection, suppliers, imports, falsePositives, stored, digests);
        Set<Long> present = new HashSet<>();
        suppliers.forEach(s -> present.add(s.id()));
        List<Long> removed = stored.keySet().stream().filter(id -> id > 0 && !present.contains(id)).sorted().toList();
        String projectDigest = digests.project(imports.entries());
        StoredInput projectBefore = stored.get(CheckInputRepository.PROJECT_ROW);
        boolean projectChanged = everySupplier || projectBefore == null
                || !projectBefore.inputHash().equals(projectDigest);
        cancellation.throwIfCancelled();

        Instant now = clock.instant();
        FactLoader.Seen seen = new FactLoader.Seen();
        Map<Long, Double> confidence = new LinkedHashMap<>();
        int opened = 0;
        int closed = 0;
        if (!plan.suppliers().isEmpty() || projectChanged) {
            RuleEngine engine = new RuleEngine(context, imports.catalog());
            // An incremental run reconciles only the findings of the suppliers it evaluates (and project-wide ones).
            List<Long> scope = plan.everySupplier() ? null : plan.suppliers().stream().map(SupplierMaster::id).toList();
            try (FindingWriter writer = findings.writer(connection, now)) {
                FindingReconciler reconciler = new FindingReconciler(findings.states(connection, scope), writer,
                        pack.fingerprint(), now);
                String closeReason = noLongerFound(asOf);
                int total = plan.suppliers().size();
                for (List<SupplierMaster> load : loads(connection, plan.suppliers())) {
                    Map<Long, SupplierFacts> facts = loader.suppliers(connection, load,
                            load.size() == suppliers.size(), context, imports, seen, cancellation);
                    for (int from = 0; from < load.size(); from += EVALUATED_TOGETHER) {
                        cancellation.throwIfCancelled();
                        // Rules are pure, so suppliers are evaluated on every core; results are reconciled in
                        // supplier order, which keeps the run deterministic.
                        List<Evaluated> evaluated = load.subList(from, Math.min(load.size(), from + EVALUATED_TOGETHER))
                                .parallelStream().map(supplier -> evaluate(engine, facts.get(supplier.id()),
                                        falsePositives.getOrDefault(supplier.id(), List.of()))).toList();
                        for (Evaluated result : evaluated) {
                            cancellation.throwIfCancelled();
                            facts.remove(result.supplierId());
                            reconciler.reconcile(result.supplierId(), result.drafts(), closeReason);
                            confidence.put(result.supplierId(), result.confidence());
                            progress.progress((double) confidence.size() / (total + 1),
                                    "Checked supplier " + confidence.size() + " of " + total);
                        }
                    }
                }
                if (projectChanged) {
                    progress.progress((double) total / (total + 1), "Checking project-wide rules");
                    Map<Long, Set<String>> known = new TreeMap<>(inputs.workerMetrics(connection));
                    known.putAll(seen.workerMetrics);
                    reconciler.reconcile(CheckInputRepository.PROJECT_ROW, engine.project(loader.project(connection,
                            imports, plan.everySupplier() ? seen.observedMetrics : null, known, cancellation)),
                            closeReason);
                    seen.workerMetrics.putAll(known);
                }
                cancellation.throwIfCancelled();
                opened = reconciler.opened();
                closed = reconciler.closed();
            }
        }
        closed += findings.closeForRemovedSuppliers(connection, removed, SUPPLIER_REMOVED, now);
        inputs.delete(connection, removed);
        Map<Long, long[]> observed = plan.observed() != null ? plan.observed() : observedFrom(seen, imports);
        inputs.save(connection, checkedInputs(connection, plan, confidence, observed, falsePositives, digests,
                projectChanged ? projectDigest : null), now);
        inputs.saveObservedSuppliers(connection, observed);
        if (!seen.workerMetrics.isEmpty()) {
            inputs.saveWorkerMetrics(connection, seen.workerMetrics);
        }
        cancellation.throwIfCancelled();
        CheckSummary summary = summary(connection, context, plan.suppliers().size(),
                suppliers.size() - plan.suppliers().size(), opened, closed,
                Duration.ofNanos(System.nanoTime() - started));
        log(connection, log, summary, full, removed.size());
        progress.progress(1, "Check finished");
        return summary;
    }

    /** The suppliers whose digest differs from the one they were last checked with. */
    private Plan changedSuppliers(Connection connection, List<SupplierMaster> suppliers, KnownImports imports,
            Map<Long, List<String>> falsePositives, Map<Long, StoredInput> stored, InputDigests digests)
            throws SQLException {
        Map<Long, long[]> known = inputs.observedSuppliers(connection);
        Map<Long, long[]> observed = new HashMap<>();
        for (ImportEntry entry : imports.entries()) {
            long[] ids = known.get(entry.id());
            observed.put(entry.id(), ids != null ? ids : inputs.observedSuppliersOf(connection, entry.id()));
        }
        Map<Long, long[]> contributing = inputs.contributingImports(connection, observed);
        List<SupplierMaster> changed = new ArrayList<>();
        Map<Long, String> changedDigests = new HashMap<>();
        for (SupplierMaster supplier : suppliers) {
            String digest = digests.supplier(supplier, contributing.get(supplier.id()),
                    falsePositives.get(supplier.id()));
            StoredInput before = stored.get(supplier.id());
            if (before == null || !before.inputHash().equals(digest)) {
                changed.add(supplier);
                changedDigests.put(supplier.id(), digest);
            }
        }
        return new Plan(changed, observed, changedDigests, false);
    }

    /** Which suppliers each import stored values of, from the rows a load of every supplier read. */
    private static Map<Long, long[]> observedFrom(FactLoader.Seen seen, KnownImports imports) {
        Map<Long, long[]> observed = new HashMap<>();
        for (ImportEntry entry : imports.entries()) {
            observed.put(entry.id(), seen.suppliersByImport.getOrDefault(entry.id(), Set.of()).stream()
                    .mapToLong(Long::longValue).sorted().toArray());
        }
        return observed;
    }

    /** The digests and confidence the evaluated suppliers (and project and run) were checked with. */
    private List<StoredInput> checkedInputs(Connection connection, Plan plan, Map<Long, Double> confidence,
            Map<Long, long[]> observed, Map<Long, List<String>> falsePositives, InputDigests digests,
            String projectDigest) throws SQLException {
        List<StoredInput> checked = new ArrayList<>();
        if (!plan.suppliers().isEmpty()) {
            // An incremental run computed these digests to choose the suppliers; only a full one computes them here.
            Map<Long, long[]> contributing = plan.digests() != null ? Map.of()
                    : inputs.contributingImports(connection, observed);
            for (SupplierMaster supplier : plan.suppliers()) {
                String digest = plan.digests() != null ? plan.digests().get(supplier.id())
                        : digests.supplier(supplier, contributing.get(supplier.id()), falsePositives.get(supplier.id()));
                checked.add(new StoredInput(supplier.id(), digest, confidence.get(supplier.id())));
            }
        }
        if (projectDigest != null) {
            checked.add(new StoredInput(CheckInputRepository.PROJECT_ROW, projectDigest, 0));
        }
        checked.add(new StoredInput(CheckInputRepository.RUN_ROW, digests.run(), 0));
        return checked;
    }

    /** Groups suppliers so that each load holds a bounded number of worker values (usually one load). */
    private List<List<SupplierMaster>> loads(Connection connection, List<SupplierMaster> toCheck)
            throws SQLException {
        if (toCheck.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> values = inputs.workerValueCounts(connection);
        List<List<SupplierMaster>> loads = new ArrayList<>();
        List<SupplierMaster> current = new ArrayList<>();
        long budget = 0;
        for (SupplierMaster supplier : toCheck) {
            long count = values.getOrDefault(supplier.id(), 0L);
            if (!current.isEmpty() && budget + count > WORKER_VALUES_PER_LOAD) {
                loads.add(current);
                current = new ArrayList<>();
                budget = 0;
            }
            current.add(supplier);
            budget += count;
        }
        loads.add(current);
        return loads;
    }

    private CheckSummary summary(Connection connection, CheckContext context, int checked, int unchanged, int opened,
            int closed, Duration elapsed) throws SQLException {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0);
        }
        Map<String, Integer> byIndicator = new TreeMap<>();
        int open = 0;
        for (Map.Entry<Severity, List<String>> finding : findings.openSeverities(connection)) {
            open++;
            bySeverity.merge(finding.getKey(), 1, Integer::sum);
            finding.getValue().forEach(indicator -> byIndicator.merge(indicator, 1, Integer::sum));
        }
        return new CheckSummary(context.asOf(), context.period(), context.packFingerprint(), checked, unchanged,
                opened, closed, open, bySeverity, byIndicator, elapsed);
    }

    private static void log(Connection connection, ActivityLog log, CheckSummary summary, boolean full, int removed)
            throws SQLException {
        ObjectNode detail = new ObjectMapper().createObjectNode()
                .put("asOf", summary.asOf().toString())
                .put("period", summary.period())
                .put("full", full)
                .put("suppliersChecked", summary.suppliersChecked())
                .put("suppliersUnchanged", summary.suppliersUnchanged())
                .put("suppliersRemoved", removed)
                .put("opened", summary.opened())
                .put("closed", summary.closed())
                .put("open", summary.open());
        ObjectNode bySeverity = detail.putObject("openBySeverity");
        summary.openBySeverity().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> bySeverity.put(e.getKey().name(), e.getValue()));
        log.append(connection, "check.run", "Ran the cross-checks as of " + summary.asOf() + ": "
                + summary.suppliersChecked() + " suppliers checked, " + summary.opened() + " findings opened, "
                + summary.closed() + " closed, " + summary.open() + " open.", detail.toString());
    }
}
