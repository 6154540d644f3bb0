package org.ddworkbench.ui.suppliers;

import org.ddworkbench.model.RiskTerm;

/** One line of a supplier's risk breakdown, with the factor and figures in words. */
public record RiskTermRow(RiskTerm term, String factor, String input, String weight, String points) {
}
