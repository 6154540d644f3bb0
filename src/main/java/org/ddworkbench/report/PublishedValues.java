package org.ddworkbench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddworkbench.model.Metric;
import org.ddworkbench.report.MeasureKind.Shape;
import org.ddworkbench.report.disclosure.Position;
import org.ddworkbench.report.disclosure.ProtectedTable;
import org.ddworkbench.report.packet.NoiseParameters;
import org.ddworkbench.report.privacy.Bounds;
import org.ddworkbench.report.privacy.Contribution;
import org.ddworkbench.report.privacy.ContributionBounder;
import org.ddworkbench.report.privacy.DiscreteLaplace;
import org.ddworkbench.report.privacy.Laplace;
import org.ddworkbench.report.privacy.NoisyMean;

/**
 * The values a table shows where they differ from its protected counts: statistics and shares computed over the
 * cells that pass, and noisy values when the release adds noise (noise on every interior cell; published margins
 * are the sums of the noisy cells, which costs no further privacy).
 */
final class PublishedValues {
    private final Measure measure;
    private final MeasureGrid grid;
    private final CellSummary[][] summaries;
    private final TableLayout layout;
    private final List<String> columnLabels;
    private final String page;
    private final TableNoise noise;
    private final Metric metric;
    private NoiseParameters parameters;

    PublishedValues(Measure measure, MeasureGrid grid, CellSummary[][] summaries, TableLayout layout,
            List<String> columnLabels, String page, TableNoise noise, Metric metric) {
        this.measure = measure;
        this.grid = grid;
        this.summaries = summaries;
        this.layout = layout;
        this.columnLabels = columnLabels;
        this.page = page;
        this.noise = noise;
        this.metric = metric;
    }

    /** The noise the values carry, known after {@link #values}; null when none. */
    NoiseParameters noise() {
        return parameters;
    }

    /** The values of the published positions that differ from the protected counts. */
    Map<Position, Double> values(ProtectedTable cells) {
        Shape shape = measure.kind().shape();
        Map<Position, Double> values = new HashMap<>();
        if (shape == Shape.METRIC_STATISTIC) {
            statistics(cells, values);
        } else if (shape == Shape.FINDING_SHARE) {
            for (Position p : interior(cells)) {
                CellSummary s = summaries[p.row()][p.column()];
                values.put(p, s.population() == 0 ? 0 : 100.0 * s.value() / s.population());
            }
        } else if (noise != null) {
            noisyCounts(cells, values);
        }
        return values;
    }

    private void statistics(ProtectedTable cells, Map<Position, Double> values) {
        Bounds bounds = noise == null ? null : new Bounds(metric.min(), metric.max());
        for (Position p : interior(cells)) {
            CellAccumulator cell = grid.get(new MeasureGrid.Key(page, layout.rowLabels().get(p.row()),
                    layout.columnLabels() == null ? null : columnLabels.get(p.column())));
            if (cell == null || cells.mark(p.row(), p.column()).isSuppressed()) {
                continue;
            }
            if (noise == null) {
                values.put(p, measure.statistic().of(cell.values(), cell.valueCount()));
                continue;
            }
            List<Contribution> contributions = new ArrayList<>(cell.valueCount());
            for (int i = 0; i < cell.valueCount(); i++) {
                contributions.add(new Contribution(Long.toString(cell.contributors()[i]), cell.values()[i]));
            }
            NoisyMean mean = noise.means().noisyMean(contributions, bounds, 1, ContributionBounder.Selection.FIRST,
                    noise.epsilonPerTable());
            values.put(p, mean.value());
            if (parameters == null) {
                // The mean's error shrinks with the cell's size; state it for the smallest publishable cell.
                int smallest = Math.max(1, cells.rules().minCellSize());
                double sd = mean.sumStandardDeviation() / smallest;
                parameters = new NoiseParameters("bounded mean: Laplace noise on the clamped sum, discrete Laplace"
                        + " noise on the count, values clamped to " + metric.min() + " to " + metric.max(),
                        noise.epsilonPerTable(), (metric.max() - metric.min()) / 2, sd,
                        Laplace.halfWidth95(mean.sumStandardDeviation() / Math.sqrt(2)) / smallest);
            }
        }
    }

    private void noisyCounts(ProtectedTable cells, Map<Position, Double> values) {
        int rows = layout.rowLabels().size();
        int columns = columnLabels.size();
        boolean capped = measure.kind().shape() == Shape.FINDING_RECORDS
                || measure.kind().shape() == Shape.ACTION_RECORDS;
        int sensitivity = noise.maxCells() * (capped ? ReportTableBuilder.RECORDS_CAP : 1);
        double epsilon = noise.epsilonPerTable();
        double[][] noisy = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                noisy[r][c] = noise.counts().noisyCount(Math.round(summaries[r][c].value()), epsilon, sensitivity);
            }
        }
        for (Position p : cells.positions()) {
            double value = 0;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    boolean inRow = p.row() == rows || p.row() == r;
                    boolean inColumn = p.column() == columns || p.column() == c;
                    if (inRow && inColumn) {
                        value += noisy[r][c];
                    }
                }
            }
            values.put(p, value);
        }
        parameters = new NoiseParameters("discrete Laplace", epsilon, sensitivity,
                DiscreteLaplace.standardDeviation(epsilon, sensitivity),
                DiscreteLaplace.halfWidth95(epsilon, sensitivity));
    }

    private List<Position> interior(ProtectedTable cells) {
        int rows = layout.rowLabels().size();
        int columns = columnLabels.size();
        return cells.positions().stream().filter(p -> p.row() < rows && p.column() < columns).toList();
    }
}
