package org.ddworkbench.check;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddworkbench.check.rules.RiskCalculator;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.HeatMap;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.SupplierRisk;
import org.ddworkbench.store.CheckInputRepository;
import org.ddworkbench.store.CheckInputRepository.StoredInput;
import org.ddworkbench.store.CheckInputRepository.SupplierMaster;
import org.ddworkbench.store.FindingRepository;
import org.ddworkbench.store.Project;

/**
 * Scores suppliers with the pack's risk model from their counting findings, master data and the data confidence
 * of their last check (0 when never checked).
 */
public final class DefaultRiskService implements RiskService {
    private static final Comparator<SupplierRisk> HIGHEST_FIRST = Comparator.comparingDouble(SupplierRisk::score)
            .reversed().thenComparing(SupplierRisk::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparingLong(SupplierRisk::supplierId);

    private final FindingRepository findings;
    private final CheckInputRepository inputs;

    public DefaultRiskService() {
        this(new FindingRepository(), new CheckInputRepository());
    }

    DefaultRiskService(FindingRepository findings, CheckInputRepository inputs) {
        this.findings = findings;
        this.inputs = inputs;
    }

    /** What scores are computed from, read in one transaction. */
    private record Inputs(List<SupplierMaster> suppliers, Map<Long, StoredInput> checked, List<Finding> counting) {
    }

    @Override
    public SupplierRisk risk(Project project, long supplierId) throws ProblemException {
        Inputs data = read(project, supplierId);
        SupplierMaster supplier = data.suppliers().stream().filter(s -> s.id() == supplierId).findFirst()
                .orElseThrow(() -> new CheckException("There is no supplier " + supplierId + " in this project."));
        return score(new RiskCalculator(project.pack().pack()), supplier, data);
    }

    @Override
    public List<SupplierRisk> risks(Project project) throws ProblemException {
        return risks(project, read(project, null));
    }

    @Override
    public HeatMap heatMap(Project project) throws ProblemException {
        Inputs data = read(project, null);
        return new RiskCalculator(project.pack().pack()).heatMap(risks(project, data), data.counting());
    }

    private static List<SupplierRisk> risks(Project project, Inputs data) {
        RiskCalculator calculator = new RiskCalculator(project.pack().pack());
        Map<Long, List<Finding>> bySupplier = bySupplier(data.counting());
        List<SupplierRisk> risks = new ArrayList<>();
        for (SupplierMaster supplier : data.suppliers()) {
            risks.add(score(calculator, supplier, data.checked(), bySupplier.getOrDefault(supplier.id(), List.of())));
        }
        risks.sort(HIGHEST_FIRST);
        return risks;
    }

    private static SupplierRisk score(RiskCalculator calculator, SupplierMaster supplier, Inputs data) {
        return score(calculator, supplier, data.checked(),
                data.counting().stream().filter(f -> f.supplierId() != null && f.supplierId() == supplier.id())
                        .toList());
    }

    private static SupplierRisk score(RiskCalculator calculator, SupplierMaster supplier,
            Map<Long, StoredInput> checked, List<Finding> counting) {
        StoredInput input = checked.get(supplier.id());
        return calculator.score(supplier.id(), supplier.name(), supplier.country(), supplier.sector(),
                input == null ? 0 : input.confidence(), counting);
    }

    private static Map<Long, List<Finding>> bySupplier(List<Finding> counting) {
        Map<Long, List<Finding>> bySupplier = new HashMap<>();
        for (Finding finding : counting) {
            if (finding.supplierId() != null) {
                bySupplier.computeIfAbsent(finding.supplierId(), id -> new ArrayList<>()).add(finding);
            }
        }
        return bySupplier;
    }

    /** Suppliers, their last check and their counting findings (of one supplier, or all when null). */
    private Inputs read(Project project, Long supplierId) throws ProblemException {
        try {
            return project.inTransaction((Connection connection) -> new Inputs(inputs.suppliers(connection),
                    inputs.stored(connection),
                    findings.list(connection, supplierId, false, false).stream().filter(Finding::counts)
                            .sorted(DefaultCheckService.ORDER).toList()));
        } catch (SQLException e) {
            throw CheckException.store(project, "compute the supplier risk scores", e);
        }
    }
}
