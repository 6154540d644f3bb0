package org.ddworkbench.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.ddworkbench.model.Comparison;
import org.ddworkbench.model.Indicator;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricLevel;
import org.ddworkbench.model.MetricPack;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.model.Threshold;
import org.ddworkbench.report.ReportDimension;
import org.ddworkbench.store.BatchedInsert;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.WorkerRecordStore;
import org.ddworkbench.store.WorkerRow;
import org.ddworkbench.store.WorkerSlot;

/**
 * The report benchmark's reference: copies the stored worker rows into a plain table of the benchmark's throwaway
 * project, one column per worker metric of the pack, and counts per country, interview year and ILO indicator the
 * distinct workers whose answers cross a threshold bearing on the indicator with one SQL {@code GROUP BY}, its
 * conditions generated from the pack's thresholds as the report reads them ({@link Threshold#crossedBy}).
 */
final class GroupByReference {
    /** Created by the benchmark in its own project only; no migration knows it. */
    static final String TABLE = "bench_worker";

    /** One count of the reference: a country, a year label and an indicator label. */
    record Cell(String country, String year, String indicator) {
    }

    /** One metric column: booleans and numbers as DOUBLE (booleans 1 and 0), choices and text as VARCHAR. */
    private record Column(String name, Metric metric, boolean numeric) {
    }

    private final MetricPack pack;
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Integer> columnOf = new HashMap<>();
    private final List<String> indicatorLabels = new ArrayList<>();
    private final String groupBy;

    GroupByReference(MetricPack pack) {
        this.pack = pack;
        for (Metric metric : pack.metrics()) {
            if (metric.level() == MetricLevel.WORKER && metric.type() != MetricType.DATE) {
                columnOf.put(metric.id(), columns.size());
                columns.add(new Column("m_" + columns.size(), metric, metric.type() != MetricType.CHOICE
                        && metric.type() != MetricType.TEXT));
            }
        }
        this.groupBy = groupBySql();
    }

    /** The plain SQL the benchmark times, for the record. */
    String sql() {
        return groupBy;
    }

    /** Creates the table and copies every stored worker row into it; returns the rows copied. */
    long copy(Project project) throws SQLException {
        return project.inTransaction(connection -> {
            StringBuilder create = new StringBuilder("CREATE TABLE " + TABLE
                    + " (supplier_id BIGINT NOT NULL, respondent VARCHAR(200) NOT NULL, interview_year INT");
            StringBuilder insert = new StringBuilder("INSERT INTO " + TABLE
                    + " (supplier_id, respondent, interview_year");
            for (Column column : columns) {
                create.append(", ").append(column.name()).append(column.numeric() ? " DOUBLE PRECISION" : " VARCHAR(1000)");
                insert.append(", ").append(column.name());
            }
            insert.append(") VALUES (?, ?, ?").append(", ?".repeat(columns.size())).append(')');
            try (Statement statement = connection.createStatement()) {
                statement.execute(create.append(')').toString());
            }
            try (BatchedInsert batch = new BatchedInsert(connection, insert.toString())) {
                new WorkerRecordStore().stream(connection, 0, new RowCopier(batch));
                batch.flush();
                return batch.rows();
            } catch (CopyFailed e) {
                throw e.cause;
            }
        });
    }

    /**
     * Runs the {@code GROUP BY} once: the distinct workers per country, interview year and indicator label
     * (cells without such workers are absent).
     */
    Map<Cell, Long> counts(Connection connection) throws SQLException {
        Map<Cell, Long> counts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(groupBy); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String country = rs.getString(1);
                int year = rs.getInt(2);
                String yearLabel = rs.wasNull() ? ReportDimension.UNDATED : String.valueOf(year);
                for (int i = 0; i < indicatorLabels.size(); i++) {
                    long count = rs.getLong(3 + i);
                    if (count > 0) {
                        counts.merge(new Cell(country, yearLabel, indicatorLabels.get(i)), count, Long::sum);
                    }
                }
            }
        }
        return counts;
    }

    private String groupBySql() {
        // The report's labels: a blank country is "Unknown"; indicators in pack order.
        String country = "COALESCE(NULLIF(TRIM(s.country), ''), '" + ReportDimension.UNKNOWN + "')";
        StringBuilder sql = new StringBuilder("SELECT " + country + ", w.interview_year");
        for (Indicator indicator : pack.indicators()) {
            indicatorLabels.add(indicator.label());
            List<String> crossings = new ArrayList<>();
            for (Column column : columns) {
                if (column.metric().indicators().contains(indicator.id())) {
                    for (Threshold threshold : column.metric().thresholds()) {
                        String condition = condition(column, threshold);
                        if (condition != null) {
                            crossings.add(condition);
                        }
                    }
                }
            }
            sql.append(",\n  ").append(crossings.isEmpty() ? "0"
                    : "COUNT(DISTINCT CASE WHEN " + String.join(" OR ", crossings) + " THEN w.respondent END)");
        }
        return sql.append("\nFROM ").append(TABLE).append(" w JOIN supplier s ON s.id = w.supplier_id")
                .append("\nGROUP BY ").append(country).append(", w.interview_year").toString();
    }

    /** The SQL of one threshold on one column, or null when no stored value of the column can cross it. */
    private static String condition(Column column, Threshold threshold) {
        Object bound = threshold.value();
        if (bound instanceof Boolean || bound instanceof Number) {
            if (!column.numeric()) {
                return null;
            }
            double number = bound instanceof Boolean b ? (b ? 1 : 0) : ((Number) bound).doubleValue();
            // A DOUBLE literal: a decimal one would make H2 convert every stored value to DECFLOAT to compare.
            return column.name() + " " + operator(threshold.operator()) + " CAST("
                    + BigDecimal.valueOf(number).toPlainString() + " AS DOUBLE PRECISION)";
        }
        if (bound instanceof String choice && !column.numeric()) {
            String literal = "'" + choice.trim().toUpperCase(Locale.ROOT).replace("'", "''") + "'";
            return switch (threshold.operator()) {
                case EQ -> "UPPER(TRIM(" + column.name() + ")) = " + literal;
                case NE -> "UPPER(TRIM(" + column.name() + ")) <> " + literal;
                default -> null;
            };
        }
        return null;
    }

    private static String operator(Comparison comparison) {
        return switch (comparison) {
            case GT -> ">";
            case GE -> ">=";
            case LT -> "<";
            case LE -> "<=";
            case EQ -> "=";
            case NE -> "<>";
        };
    }

    /** Adds each decoded worker row to the insert, its values in their metric's column. */
    private final class RowCopier implements Consumer<WorkerRow> {
        private final BatchedInsert batch;
        private final Map<List<WorkerSlot>, int[]> layouts = new IdentityHashMap<>();

        RowCopier(BatchedInsert batch) {
            this.batch = batch;
        }

        @Override
        public void accept(WorkerRow row) {
            int[] target = layouts.computeIfAbsent(row.slots(), this::layout);
            Object[] parameters = new Object[3 + columns.size()];
            parameters[0] = row.supplierId();
            // The report's worker key: the pseudonym, or the import and row when the survey had none.
            parameters[1] = row.respondent() != null ? row.respondent() : "row " + row.importId() + ":" + row.row();
            LocalDate date = row.observedOn();
            parameters[2] = date == null ? null : date.getYear();
            for (int slot = 0; slot < target.length; slot++) {
                if (target[slot] >= 0) {
                    parameters[3 + target[slot]] = stored(columns.get(target[slot]), row.values()[slot]);
                }
            }
            try {
                batch.add(parameters);
            } catch (SQLException e) {
                throw new CopyFailed(e);
            }
        }

        private int[] layout(List<WorkerSlot> slots) {
            int[] target = new int[slots.size()];
            for (int i = 0; i < slots.size(); i++) {
                target[i] = columnOf.getOrDefault(slots.get(i).metricId(), -1);
            }
            return target;
        }

        /** A value as its column holds it; one the column cannot hold could not cross a threshold there either. */
        private static Object stored(Column column, Object value) {
            if (column.numeric()) {
                if (value instanceof Boolean b) {
                    return b ? 1.0 : 0.0;
                }
                return value instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : null;
            }
            return value instanceof String text ? text : null;
        }
    }

    /** Carries an insert failure out of the row stream's consumer. */
    private static final class CopyFailed extends RuntimeException {
        private final SQLException cause;

        CopyFailed(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
