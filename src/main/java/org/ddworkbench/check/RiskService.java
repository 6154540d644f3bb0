package org.ddworkbench.check;

import java.util.List;
import org.ddworkbench.model.HeatMap;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.SupplierRisk;
import org.ddworkbench.store.Project;

/** Supplier risk scores from the pack's risk model and the counting findings, with every term visible. */
public interface RiskService {

    /** One supplier's score and breakdown; the terms sum to the score. */
    SupplierRisk risk(Project project, long supplierId) throws ProblemException;

    /** Every supplier's score, highest first. */
    List<SupplierRisk> risks(Project project) throws ProblemException;

    /** Suppliers (highest risk first) × the pack's ILO indicators. */
    HeatMap heatMap(Project project) throws ProblemException;
}
