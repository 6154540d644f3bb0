package org.ddworkbench.ui.imports;

import org.ddworkbench.model.ImportRecord;

/** One line of the Imports table, with the time already in the user's time zone. */
public record ImportRow(ImportRecord record, String when, String kind, String shortSha) {
}
