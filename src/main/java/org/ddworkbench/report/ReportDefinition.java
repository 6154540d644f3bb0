package org.ddworkbench.report;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.disclosure.DisclosureRules;

/**
 * What a user asked a report to show; {@link #rules} checks it against the pack before anything is read.
 *
 * @param name the report's name
 * @param rows the dimension along the rows
 * @param columns the dimension along the columns, or null for a one-way table
 * @param pages a third dimension giving one table per value (such as one per period), or null
 * @param measures one table per measure (and page), in this order
 * @param minCellSize the minimum cell size the user chose, or null for the pack's default
 * @param totals whether row, column and grand totals are published where they are sums of their cells
 */
public record ReportDefinition(String name, ReportDimension rows, ReportDimension columns, ReportDimension pages,
        List<Measure> measures, Integer minCellSize, boolean totals) {

    public ReportDefinition {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    /** A report of one or two dimensions, without pages. */
    public ReportDefinition(String name, ReportDimension rows, ReportDimension columns, List<Measure> measures,
            Integer minCellSize, boolean totals) {
        this(name, rows, columns, null, measures, minCellSize, totals);
    }

    /** The dimensions in use: rows, then columns and pages if chosen. */
    public List<ReportDimension> dimensions() {
        return Stream.of(rows, columns, pages).filter(Objects::nonNull).toList();
    }

    /** The disclosure rules this definition asks for under the pack, or why it cannot be run. */
    public DisclosureRules rules(MetricPack pack) throws ProblemException {
        if (name == null || name.isBlank()) {
            throw new ProblemException("The report needs a name.");
        }
        String where = "In report \"" + name.strip() + "\": ";
        if (rows == null) {
            throw new ProblemException(where + "choose a dimension for the rows.");
        }
        if (pages != null && columns == null) {
            throw new ProblemException(where + "choose a dimension for the columns before one for the pages.");
        }
        if (rows == columns) {
            throw new ProblemException(where + "the rows and columns cannot both be by " + rows.noun() + ".");
        }
        if (pages != null && (pages == rows || pages == columns)) {
            throw new ProblemException(where + "the pages cannot be by " + pages.noun()
                    + ", which the rows or columns already use.");
        }
        if (measures.isEmpty()) {
            throw new ProblemException(where + "choose at least one measure.");
        }
        Set<Measure> seen = new HashSet<>();
        List<ReportDimension> used = dimensions();
        for (Measure measure : measures) {
            MeasureKind kind = measure.kind();
            if (used.contains(ReportDimension.INDICATOR) && !kind.byIndicator()) {
                throw new ProblemException(where + "\"" + measure.title() + "\" cannot be broken down by indicator;"
                        + " only flagged suppliers, their share, open findings and workers reporting an indicator"
                        + " have indicators.");
            }
            if (used.contains(ReportDimension.PERIOD) && !kind.dated()) {
                throw new ProblemException(where + "\"" + measure.title() + "\" cannot be broken down by period;"
                        + " suppliers and coverage have no date.");
            }
            if (measure.minSeverity() != null && !kind.findingBased()) {
                throw new ProblemException(where + "\"" + kind.title() + "\" has no severity;"
                        + " only measures of findings can be limited by severity.");
            }
            if (kind.needsMetric()) {
                metric(pack, measure, where);
            }
            if (!seen.add(measure)) {
                throw new ProblemException(where + "\"" + measure.title() + "\" is chosen twice.");
            }
        }
        try {
            return DisclosureRules.fromPack(pack.disclosure(),
                    minCellSize == null ? OptionalInt.empty() : OptionalInt.of(minCellSize));
        } catch (ProblemException e) {
            throw new ProblemException(where + e.getMessage(), e);
        }
    }

    /** The numeric pack metric a statistic summarises, or why there is none. */
    static Metric metric(MetricPack pack, Measure measure, String where) throws ProblemException {
        if (measure.metricId() == null || measure.statistic() == null) {
            throw new ProblemException(where + "a metric statistic needs a metric and a statistic.");
        }
        Optional<Metric> found = pack.metric(measure.metricId());
        if (found.isEmpty()) {
            throw new ProblemException(where + "the metric pack has no metric \"" + measure.metricId() + "\".");
        }
        MetricType type = found.get().type();
        if (type != MetricType.NUMBER && type != MetricType.INTEGER && type != MetricType.PERCENT) {
            throw new ProblemException(where + "\"" + found.get().label() + "\" is not a number, so it has no "
                    + measure.statistic().title().toLowerCase(Locale.ROOT) + ".");
        }
        return found.get();
    }
}
