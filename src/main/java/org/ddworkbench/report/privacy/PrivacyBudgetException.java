package org.ddworkbench.report.privacy;

import org.ddworkbench.model.ProblemException;

/** A release was refused because its ε is invalid or would exceed the project's privacy budget. */
public final class PrivacyBudgetException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public PrivacyBudgetException(String userMessage) {
        super(userMessage);
    }
}
