package org.ddworkbench.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.ddworkbench.report.ReportResult;
import org.ddworkbench.report.ReportTable;

/**
 * How the report's published cells compare with the plain {@code GROUP BY}: every published value must equal the
 * reference's count of its country, year and indicator (a cell the reference lacks counts 0), and every count of
 * the reference must have its cell in the report.
 *
 * @param publishedCells cells the report publishes, each compared
 * @param suppressedCells cells disclosure control withheld, not compared
 * @param mismatches published cells whose value differs from the reference
 * @param referenceCellsMissing counts of the reference whose country, year or indicator the report has no cell for
 * @param firstMismatch the first difference in words (labels and the two aggregate counts), or null
 * @param countries the report's country labels
 * @param years the report's year labels (its pages)
 */
record ReportAgreement(int publishedCells, int suppressedCells, int mismatches, int referenceCellsMissing,
        String firstMismatch, List<String> countries, List<String> years) {

    /** Whether the report and the reference agree on every published cell and the report has every counted cell. */
    boolean agrees() {
        return publishedCells > 0 && mismatches == 0 && referenceCellsMissing == 0;
    }

    static ReportAgreement of(ReportResult result, Map<GroupByReference.Cell, Long> reference) {
        int published = 0;
        int suppressed = 0;
        int mismatches = 0;
        String first = null;
        Set<GroupByReference.Cell> reported = new HashSet<>();
        Set<String> countries = new TreeSet<>();
        Set<String> years = new TreeSet<>();
        for (ReportTable table : result.tables()) {
            years.add(table.page());
            countries.addAll(table.rowLabels());
            for (int r = 0; r < table.rowLabels().size(); r++) {
                for (int c = 0; c < table.columnLabels().size(); c++) {
                    GroupByReference.Cell cell = new GroupByReference.Cell(table.rowLabels().get(r), table.page(),
                            table.columnLabels().get(c));
                    reported.add(cell);
                    OptionalDouble value = table.published(r, c);
                    if (value.isEmpty()) {
                        suppressed++;
                        continue;
                    }
                    published++;
                    long expected = reference.getOrDefault(cell, 0L);
                    if (value.getAsDouble() != expected) {
                        mismatches++;
                        if (first == null) {
                            first = String.format("%s, %s, %s: report %,.0f, GROUP BY %,d", cell.country(), cell.year(),
                                    cell.indicator(), value.getAsDouble(), expected);
                        }
                    }
                }
            }
        }
        int missing = (int) reference.keySet().stream().filter(cell -> !reported.contains(cell)).count();
        return new ReportAgreement(published, suppressed, mismatches, missing, first, List.copyOf(countries),
                List.copyOf(years));
    }
}
