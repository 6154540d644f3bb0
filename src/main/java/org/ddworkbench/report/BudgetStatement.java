package org.ddworkbench.report;

import java.util.List;
import org.ddworkbench.model.PrivacyRelease;
import org.ddworkbench.report.privacy.PrivacyBudget;

/** A project's privacy budget: the total its pack allows, what is spent and left, and the releases that spent it. */
public record BudgetStatement(PrivacyBudget budget, List<PrivacyRelease> releases) {

    public BudgetStatement {
        releases = List.copyOf(releases);
    }
}
