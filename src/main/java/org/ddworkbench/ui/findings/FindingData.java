package org.ddworkbench.ui.findings;

import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.ddworkbench.check.ActionService;
import org.ddworkbench.check.CheckService;
import org.ddworkbench.check.RiskService;
import org.ddworkbench.store.Project;

/**
 * The open project with its check, risk and action services, and a revision number the screens showing
 * findings watch, so that a check run, a review or an action in one place refreshes all of them.
 */
public final class FindingData {
    private final Project project;
    private final CheckService checks;
    private final RiskService risks;
    private final ActionService actions;
    private final Clock clock;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    /** {@code clock} tells which day it is, for overdue corrective actions. */
    public FindingData(Project project, CheckService checks, RiskService risks, ActionService actions, Clock clock) {
        this.project = project;
        this.checks = checks;
        this.risks = risks;
        this.actions = actions;
        this.clock = clock;
    }

    public Project project() {
        return project;
    }

    public CheckService checks() {
        return checks;
    }

    public RiskService risks() {
        return risks;
    }

    public ActionService actions() {
        return actions;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Grows by one after every check run, review or action change; call on the FX thread. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Tells every watching screen that findings, risks or actions changed. */
    public void changed() {
        revision.set(revision.get() + 1);
    }
}
