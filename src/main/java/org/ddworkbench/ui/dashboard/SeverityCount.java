package org.ddworkbench.ui.dashboard;

import org.ddworkbench.model.Severity;

/** How many open findings have one severity. */
public record SeverityCount(Severity severity, String label, int count) {
}
