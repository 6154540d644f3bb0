package org.ddworkbench.report.packet;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ddworkbench.report.disclosure.CellMark;

/**
 * The rules a packet's content obeys beyond its JSON shape: thresholds in range, finite figures, known marks,
 * distinct labels, and each cell once and inside its table. The reader applies them to what it read and the
 * writer to what it is asked to write, so every packet written reads back.
 */
final class PacketChecks {
    /** The marks of {@link CellMark} as the packet spells them, such as {@code suppressed-small}. */
    static final Set<String> MARKS = Arrays.stream(CellMark.values())
            .map(mark -> mark.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .collect(Collectors.toUnmodifiableSet());
    static final int MAX_TABLES = 1_000;
    static final int MAX_CELLS = 1_000_000;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private PacketChecks() {
    }

    /** The first rule the packet breaks, as "place: problem", or empty when it keeps them all. */
    static Optional<String> problem(AggregatePacket packet) {
        if (!SHA256.matcher(packet.pack().fingerprint()).matches()) {
            return Optional.of("pack: the fingerprint must be 64 lower-case hexadecimal digits");
        }
        DisclosureParameters disclosure = packet.disclosure();
        if (disclosure.minCellSize() < 1) {
            return Optional.of("disclosure: the minimum cell size must be at least 1");
        }
        if (!(disclosure.dominanceShare() > 0 && disclosure.dominanceShare() <= 1)) {
            return Optional.of("disclosure: the dominance share must be above 0 and at most 1");
        }
        if (packet.privacy() != null) {
            PrivacyParameters privacy = packet.privacy();
            if (!(privacy.epsilon() > 0 && Double.isFinite(privacy.epsilon()))) {
                return Optional.of("privacy: epsilon must be a positive number");
            }
            if (privacy.maxCellsPerContributor() < 1) {
                return Optional.of("privacy: the most cells per contributor must be at least 1");
            }
        }
        if (packet.sources().isEmpty()) {
            return Optional.of("sources: a packet names at least one source");
        }
        for (int i = 0; i < packet.sources().size(); i++) {
            String hash = packet.sources().get(i).contentSha256();
            if (hash != null && !SHA256.matcher(hash).matches()) {
                return Optional.of("source " + (i + 1) + ": the content SHA-256 must be 64 lower-case hexadecimal digits");
            }
        }
        if (packet.tables().size() > MAX_TABLES) {
            return Optional.of("the packet has more than " + MAX_TABLES + " tables");
        }
        long cells = 0;
        for (int i = 0; i < packet.tables().size(); i++) {
            PacketTable table = packet.tables().get(i);
            cells += table.cells().size();
            if (cells > MAX_CELLS) {
                return Optional.of("the packet has more than " + MAX_CELLS + " cells");
            }
            Optional<String> problem = problem(table);
            if (problem.isPresent()) {
                return Optional.of(PacketPlaces.table(i, table.title()) + ", " + problem.get());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} is a SHA-256 in lower-case hex. */
    static boolean isSha256(String text) {
        return SHA256.matcher(text).matches();
    }

    private static Optional<String> problem(PacketTable table) {
        Optional<String> labels = repeatedLabel("row", table.rowLabels())
                .or(() -> repeatedLabel("column", table.columnLabels()));
        if (labels.isPresent()) {
            return labels;
        }
        if (table.noise() != null) {
            Optional<String> noise = problem(table.noise());
            if (noise.isPresent()) {
                return noise;
            }
        }
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < table.cells().size(); i++) {
            PacketCell cell = table.cells().get(i);
            String place = PacketPlaces.cell(table.rowLabels(), table.columnLabels(), cell.row(), cell.column());
            if (cell.row() < 0 || cell.row() > rows || cell.column() < 0 || cell.column() > columns) {
                return Optional.of("cell " + (i + 1) + " in its list: the position (row index " + cell.row()
                        + ", column index " + cell.column() + ") is outside the table, which has " + rows
                        + " rows and " + columns + " columns (the index after the last is the total)");
            }
            if (!seen.add((long) cell.row() * (columns + 1) + cell.column())) {
                return Optional.of(place + ": the cell appears more than once");
            }
            if (!MARKS.contains(cell.mark())) {
                return Optional.of(place + ": unknown mark " + PacketPlaces.quote(cell.mark()) + "; expected one of: "
                        + String.join(", ", MARKS.stream().sorted().toList()));
            }
            if (cell.value() != null && !Double.isFinite(cell.value())) {
                return Optional.of(place + ": the value must be a finite number");
            }
            if (cell.value() != null && Math.abs(cell.value()) > PacketCell.MAX_MAGNITUDE) {
                return Optional.of(place + ": the value is too large for an aggregate (beyond 2^53)");
            }
            if (exactCount(table, cell) && (cell.value() < 0 || cell.value() != Math.rint(cell.value()))) {
                return Optional.of(place + ": a count without noise must be a whole number, not negative");
            }
        }
        return Optional.empty();
    }

    /** A published cell of an additive table without noise holds an exact count. */
    private static boolean exactCount(PacketTable table, PacketCell cell) {
        return table.additive() && table.noise() == null && cell.value() != null;
    }

    private static Optional<String> problem(NoiseParameters noise) {
        double[] figures = {noise.epsilon(), noise.sensitivity(), noise.standardDeviation(), noise.halfWidth95()};
        for (double figure : figures) {
            if (!(figure >= 0 && Double.isFinite(figure))) {
                return Optional.of("noise: epsilon, sensitivity, standard deviation and half-width must be finite"
                        + " and not negative");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> repeatedLabel(String axis, List<String> labels) {
        Set<String> seen = new HashSet<>();
        for (String label : labels) {
            if (!seen.add(label)) {
                return Optional.of("the " + axis + " label " + PacketPlaces.quote(label) + " appears more than once");
            }
        }
        return Optional.empty();
    }
}
