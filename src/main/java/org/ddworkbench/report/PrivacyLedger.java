package org.ddworkbench.report;

import org.ddworkbench.model.ProblemException;
import org.ddworkbench.store.Project;

/** Reads a project's privacy-budget ledger; releases are appended by the exports that make them. */
public interface PrivacyLedger {

    /** The budget of the project's pack and every release so far, oldest first. */
    BudgetStatement statement(Project project) throws ProblemException;
}
