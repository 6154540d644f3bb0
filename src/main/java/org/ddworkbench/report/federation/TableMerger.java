package org.ddworkbench.report.federation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.packet.NoiseParameters;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketTable;

/**
 * Adds up one additive table across organisations.
 *
 * <p>Labels are the union in first-seen order; an organisation without a label has nothing under it and adds 0
 * (a packet lists every label it has data for). A merged cell is published only when every organisation with
 * the label published its cell, and is then their sum; otherwise it is suppressed with the inputs' reasons.
 * A margin is published on the same terms and left out when an organisation with the label does not give it.
 * So every published merged value is a sum of values the inputs published, and nothing can be worked out from
 * the merged table that could not be worked out from the inputs themselves.
 */
final class TableMerger {
    static final String COMPLEMENTARY = "suppressed-complementary";

    /** One organisation's table. */
    record Input(String fileName, PacketTable table) {
    }

    /** The merged table and any note about totals it had to leave out. */
    record Merged(PacketTable table, List<String> notes) {
    }

    /** What one input holds at a merged position. */
    private record Part(String fileName, PacketCell cell, boolean absent) {
        static final Part ZERO = new Part(null, null, false);
    }

    private final List<Input> inputs;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final List<Map<Long, PacketCell>> cellsByInput = new ArrayList<>();
    /** Per input, its index for each merged row (or column) index, -1 where it lacks the label. */
    private final List<int[]> rowIndices = new ArrayList<>();
    private final List<int[]> columnIndices = new ArrayList<>();
    private final Set<String> missingTotals = new LinkedHashSet<>();

    private TableMerger(List<Input> inputs) {
        this.inputs = List.copyOf(inputs);
        this.rowLabels = union(inputs, true);
        this.columnLabels = union(inputs, false);
        for (Input input : inputs) {
            Map<Long, PacketCell> cells = new HashMap<>();
            for (PacketCell cell : input.table().cells()) {
                cells.put(key(cell.row(), cell.column()), cell);
            }
            cellsByInput.add(cells);
            rowIndices.add(indices(input.table().rowLabels(), rowLabels));
            columnIndices.add(indices(input.table().columnLabels(), columnLabels));
        }
    }

    /**
     * Merges {@code inputs}, which share measure, page and dimensions and are all additive.
     *
     * @throws ProblemException when a sum grows beyond what a packet can hold
     */
    static Merged merge(List<Input> inputs) throws ProblemException {
        return new TableMerger(inputs).merged();
    }

    private Merged merged() throws ProblemException {
        int rows = rowLabels.size();
        int columns = columnLabels.size();
        List<PacketCell> cells = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                PacketCell cell = cell(r, c);
                if (cell != null) {
                    cells.add(cell);
                }
            }
        }
        PacketTable first = inputs.get(0).table();
        List<NoiseParameters> noises = inputs.stream().map(input -> input.table().noise())
                .filter(Objects::nonNull).toList();
        PacketTable table = new PacketTable(first.measure(), first.title(), first.unit(), first.page(),
                first.rowDimension(), first.columnDimension(), rowLabels, columnLabels, true, cells,
                NoiseCombination.combine(noises));
        List<String> notes = missingTotals.isEmpty() ? List.of()
                : List.of(PacketMerger.name(first) + ": totals are left out where " + String.join(" and ", missingTotals)
                        + " does not publish them.");
        return new Merged(table, notes);
    }

    /** The merged cell at a position of the merged table, or null for a total that is left out. */
    private PacketCell cell(int row, int column) throws ProblemException {
        boolean total = row == rowLabels.size() || column == columnLabels.size();
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            parts.add(part(i, row, column));
        }
        List<Part> absent = parts.stream().filter(Part::absent).toList();
        if (total && !absent.isEmpty()) {
            absent.forEach(part -> missingTotals.add(part.fileName()));
            return null;
        }
        List<Part> held = parts.stream().filter(part -> part.cell() != null || part.absent()).toList();
        List<Part> suppressed = held.stream().filter(part -> part.absent() || part.cell().suppressed()).toList();
        if (suppressed.isEmpty()) {
            double sum = held.stream().mapToDouble(part -> part.cell().value()).sum();
            if (!(Math.abs(sum) <= PacketCell.MAX_MAGNITUDE)) {
                throw new ProblemException(PacketMerger.name(inputs.get(0).table()) + " cannot be combined: at row "
                        + label(rowLabels, row) + ", column " + label(columnLabels, column) + " the values of "
                        + String.join(", ", held.stream().map(Part::fileName).toList())
                        + " add up to more than a packet can hold (2^53)");
            }
            return new PacketCell(row, column, sum, PacketCell.PUBLISHED, null);
        }
        Set<String> marks = new LinkedHashSet<>();
        List<String> reasons = new ArrayList<>();
        for (Part part : held) {
            marks.add(part.absent() ? COMPLEMENTARY : part.cell().mark());
        }
        for (Part part : suppressed) {
            String reason = part.absent() ? "not given" : part.cell().reason();
            reasons.add(reason == null || reason.isBlank() ? part.fileName() : part.fileName() + ": " + reason);
        }
        String mark = marks.size() == 1 ? marks.iterator().next() : COMPLEMENTARY;
        return new PacketCell(row, column, null, mark, "suppressed in " + String.join("; ", reasons));
    }

    private static String label(List<String> labels, int index) {
        return index == labels.size() ? "total" : "\"" + labels.get(index) + "\"";
    }

    /** What input {@code i} holds at a merged position: nothing to add, its cell, or a cell it does not give. */
    private Part part(int i, int row, int column) {
        int inputRow = rowIndices.get(i)[row];
        int inputColumn = columnIndices.get(i)[column];
        if (inputRow < 0 || inputColumn < 0) {
            return Part.ZERO;
        }
        PacketCell cell = cellsByInput.get(i).get(key(inputRow, inputColumn));
        String fileName = inputs.get(i).fileName();
        return cell == null ? new Part(fileName, null, true) : new Part(fileName, cell, false);
    }

    /** The input's index for each merged index: its own total for the total, -1 where it lacks the label. */
    private static int[] indices(List<String> inputLabels, List<String> mergedLabels) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < inputLabels.size(); i++) {
            positions.put(inputLabels.get(i), i);
        }
        int[] indices = new int[mergedLabels.size() + 1];
        for (int i = 0; i < mergedLabels.size(); i++) {
            indices[i] = positions.getOrDefault(mergedLabels.get(i), -1);
        }
        indices[mergedLabels.size()] = inputLabels.size();
        return indices;
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xffffffffL);
    }

    private static List<String> union(List<Input> inputs, boolean rows) {
        Set<String> labels = new LinkedHashSet<>();
        for (Input input : inputs) {
            labels.addAll(rows ? input.table().rowLabels() : input.table().columnLabels());
        }
        return List.copyOf(labels);
    }
}
