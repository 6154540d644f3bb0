package org.ddworkbench.report;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.ddworkbench.model.DisclosureDefaults;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.disclosure.DisclosureRules;

/**
 * What a user asked a report to show; {@link #rules} checks it against the pack before anything is read.
 *
 * @param name the report's name
 * @param rows the dimension along the rows
 * @param columns the dimension along the columns, or null for a one-way table
 * @param measures one table per measure, in this order
 * @param minCellSize the minimum cell size the user chose, or null for the pack's default
 * @param totals whether row, column and grand totals are published where they are sums of their cells
 */
public record ReportDefinition(String name, ReportDimension rows, ReportDimension columns, List<Measure> measures,
        Integer minCellSize, boolean totals) {

    public ReportDefinition {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** The disclosure rules this definition asks for under the pack's defaults, or why it cannot be run. */
    public DisclosureRules rules(DisclosureDefaults pack) throws ProblemException {
        if (name == null || name.isBlank()) {
            throw new ProblemException("The report needs a name.");
        }
        String where = "In report \"" + name.strip() + "\": ";
        if (rows == null) {
            throw new ProblemException(where + "choose a dimension for the rows.");
        }
        if (rows == columns) {
            throw new ProblemException(where + "the rows and columns cannot both be by " + rows.noun() + ".");
        }
        if (measures.isEmpty()) {
            throw new ProblemException(where + "choose at least one measure.");
        }
        Set<Measure> seen = new HashSet<>();
        boolean byIndicator = rows == ReportDimension.INDICATOR || columns == ReportDimension.INDICATOR;
        for (Measure measure : measures) {
            if (byIndicator && !measure.kind().findingBased()) {
                throw new ProblemException(where + "\"" + measure.title() + "\" cannot be broken down by indicator;"
                        + " only flagged suppliers and open findings have indicators.");
            }
            if (measure.minSeverity() != null && !measure.kind().findingBased()) {
                throw new ProblemException(where + "\"" + measure.kind().title() + "\" has no severity;"
                        + " only flagged suppliers and open findings can be limited by severity.");
            }
            if (!seen.add(measure)) {
                throw new ProblemException(where + "\"" + measure.title() + "\" is chosen twice.");
            }
        }
        try {
            return DisclosureRules.fromPack(pack,
                    minCellSize == null ? OptionalInt.empty() : OptionalInt.of(minCellSize));
        } catch (ProblemException e) {
            throw new ProblemException(where + e.getMessage(), e);
        }
    }
}
