package org.ddworkbench.report.packet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds realistic aggregate packets in code for the codec, merge and CLI tests. */
public final class SamplePackets {
    public static final String FINGERPRINT = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
    public static final PackReference PACK = new PackReference("forced-labour-core", "1.1.0", FINGERPRINT);
    public static final String FLAGGED = "flagged_suppliers:high";

    private SamplePackets() {
    }

    /** A buyer's original release of {@code tables}, thresholds 5 and 0.8, no noise. */
    public static AggregatePacket packet(String organisation, String releaseId, PacketTable... tables) {
        return new AggregatePacket(AggregatePacket.FORMAT, "Supplier risk 2025", LocalDate.of(2025, 7, 1), PACK,
                new DisclosureParameters(5, 0.8), null, List.of(new PacketSource(organisation, releaseId, null)),
                List.of(tables));
    }

    /** Flagged suppliers by country x indicator, the way a buyer's release gives them. */
    public static TableBuilder flagged(List<String> countries) {
        return new TableBuilder(FLAGGED, "Flagged suppliers by country", countries,
                List.of("Debt bondage", "Excessive overtime"));
    }

    /** Builds one table cell by cell. */
    public static final class TableBuilder {
        private final String measure;
        private final String title;
        private final List<String> rows;
        private final List<String> columns;
        private final List<PacketCell> cells = new ArrayList<>();
        private String unit = "suppliers";
        private String page;
        private String rowDimension = "country";
        private String columnDimension = "indicator";
        private boolean additive = true;
        private NoiseParameters noise;

        public TableBuilder(String measure, String title, List<String> rows, List<String> columns) {
            this.measure = measure;
            this.title = title;
            this.rows = rows;
            this.columns = columns;
        }

        /** Publishes each row of {@code values} (interior cells, then totals when a row is longer). */
        public TableBuilder values(double[]... values) {
            for (int r = 0; r < values.length; r++) {
                for (int c = 0; c < values[r].length; c++) {
                    published(r, c, values[r][c]);
                }
            }
            return this;
        }

        public TableBuilder published(int row, int column, double value) {
            cells.removeIf(cell -> cell.row() == row && cell.column() == column);
            cells.add(new PacketCell(row, column, value, PacketCell.PUBLISHED, null));
            return this;
        }

        public TableBuilder small(int row, int column) {
            return suppressed(row, column, "suppressed-small", "fewer than 5 suppliers");
        }

        public TableBuilder suppressed(int row, int column, String mark, String reason) {
            cells.removeIf(cell -> cell.row() == row && cell.column() == column);
            cells.add(new PacketCell(row, column, null, mark, reason));
            return this;
        }

        public TableBuilder without(int row, int column) {
            cells.removeIf(cell -> cell.row() == row && cell.column() == column);
            return this;
        }

        public TableBuilder dimensions(String rowDimension, String columnDimension) {
            this.rowDimension = rowDimension;
            this.columnDimension = columnDimension;
            return this;
        }

        public TableBuilder page(String page) {
            this.page = page;
            return this;
        }

        public TableBuilder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public TableBuilder notAdditive() {
            this.additive = false;
            return this;
        }

        public TableBuilder noise(NoiseParameters noise) {
            this.noise = noise;
            return this;
        }

        public PacketTable build() {
            return new PacketTable(measure, title, unit, page, rowDimension, columnDimension, rows, columns,
                    additive, cells, noise);
        }
    }
}
