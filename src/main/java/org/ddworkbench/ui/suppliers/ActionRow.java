package org.ddworkbench.ui.suppliers;

import org.ddworkbench.model.CorrectiveAction;

/** One line of a supplier's corrective actions, with status, SMETA status and dates in words. */
public record ActionRow(CorrectiveAction action, String finding, String status, String smetaStatus, String due,
        String followUp, boolean overdue) {
}
