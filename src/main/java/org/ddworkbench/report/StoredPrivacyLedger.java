package org.ddworkbench.report;

import java.sql.SQLException;
import java.util.List;
import org.ddworkbench.model.PrivacyRelease;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.privacy.PrivacyBudget;
import org.ddworkbench.store.PrivacyLedgerRepository;
import org.ddworkbench.store.Project;

/** The privacy-budget ledger kept in the project's encrypted store. */
public final class StoredPrivacyLedger implements PrivacyLedger {
    private final PrivacyLedgerRepository releases = new PrivacyLedgerRepository();

    @Override
    public BudgetStatement statement(Project project) throws ProblemException {
        List<PrivacyRelease> all;
        try {
            all = project.inTransaction(releases::all);
        } catch (SQLException e) {
            throw new ProblemException("Could not read the privacy-budget ledger of " + project.directory()
                    + ". The project may be damaged; restore it from a backup.", e);
        }
        PrivacyBudget budget = PrivacyBudget.forPack(project.pack().pack().disclosure(),
                all.stream().map(PrivacyRelease::epsilon).toList());
        return new BudgetStatement(budget, all);
    }
}
