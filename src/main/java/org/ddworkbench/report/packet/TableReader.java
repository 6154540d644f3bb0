package org.ddworkbench.report.packet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads one table of a packet, the parser standing on its opening brace, naming the table by number and title. */
final class TableReader {
    /** Counts a cell against the packet's limit. */
    @FunctionalInterface
    interface CellCounter {
        void count() throws PacketProblem;
    }

    private static final List<String> FIELDS = List.of("measure", "title", "unit", "page", "rowDimension",
            "columnDimension", "rowLabels", "columnLabels", "additive", "cells", "noise");
    private static final List<String> CELL_FIELDS = List.of("row", "column", "value", "mark", "reason");
    private static final List<String> NOISE_FIELDS = List.of("mechanism", "epsilon", "sensitivity",
            "standardDeviation", "halfWidth95");

    private final PacketValues values;
    private final int index;
    private final CellCounter counter;
    private String measure;
    private String title;
    private String unit;
    private String page;
    private String rowDimension;
    private String columnDimension;
    private List<String> rowLabels;
    private List<String> columnLabels;
    private boolean additive;
    private List<PacketCell> cells;
    private NoiseParameters noise;

    TableReader(PacketValues values, int index, CellCounter counter) {
        this.values = values;
        this.index = index;
        this.counter = counter;
    }

    PacketTable table() throws IOException, PacketProblem {
        values.expectObject(place());
        values.fields(this::place, FIELDS, name -> {
            switch (name) {
                case "measure" -> measure = values.text(place(), name, false);
                case "title" -> title = values.text(place(), name, false);
                case "unit" -> unit = values.text(place(), name, true);
                case "page" -> page = values.text(place(), name, true);
                case "rowDimension" -> rowDimension = values.text(place(), name, false);
                case "columnDimension" -> columnDimension = values.text(place(), name, true);
                case "rowLabels" -> rowLabels = values.texts(place(), name);
                case "columnLabels" -> columnLabels = values.texts(place(), name);
                case "additive" -> additive = values.bool(place(), name);
                case "cells" -> cells = cells();
                default -> noise = noise();
            }
        });
        return new PacketTable(measure, title, unit, page, rowDimension, columnDimension, rowLabels, columnLabels,
                additive, cells, noise);
    }

    private String place() {
        return PacketPlaces.table(index, title);
    }

    private List<PacketCell> cells() throws IOException, PacketProblem {
        values.startArray(place(), "cells");
        List<PacketCell> read = new ArrayList<>();
        while (values.nextElement()) {
            counter.count();
            read.add(cell(read.size()));
        }
        return read;
    }

    private PacketCell cell(int position) throws IOException, PacketProblem {
        String place = place() + ", cell " + (position + 1) + " in its list";
        values.expectObject(place);
        int[] indices = new int[2];
        Double[] value = new Double[1];
        String[] texts = new String[2];
        values.fields(place, CELL_FIELDS, name -> {
            switch (name) {
                case "row" -> indices[0] = values.whole(place, name);
                case "column" -> indices[1] = values.whole(place, name);
                case "value" -> value[0] = values.nullableNumber(place, name, true);
                case "mark" -> texts[0] = values.text(place, name, false);
                default -> texts[1] = values.text(place, name, true);
            }
        });
        boolean published = PacketCell.PUBLISHED.equals(texts[0]);
        if (published && value[0] == null) {
            throw new PacketProblem(cellPlace(place, indices), "a published cell must have a value");
        }
        if (!published && value[0] != null) {
            throw new PacketProblem(cellPlace(place, indices), "a cell marked " + PacketPlaces.quote(texts[0])
                    + " must have no value");
        }
        return new PacketCell(indices[0], indices[1], value[0], texts[0], texts[1]);
    }

    /** The cell by its labels when the table's labels came before its cells, as the writer puts them. */
    private String cellPlace(String place, int[] indices) {
        if (rowLabels == null || columnLabels == null) {
            return place;
        }
        return place() + ", " + PacketPlaces.cell(rowLabels, columnLabels, indices[0], indices[1]);
    }

    private NoiseParameters noise() throws IOException, PacketProblem {
        if (!values.startObjectOrNull(place(), "noise")) {
            return null;
        }
        String place = place() + ", noise";
        String[] mechanism = new String[1];
        double[] figures = new double[4];
        values.fields(place, NOISE_FIELDS, name -> {
            if (name.equals("mechanism")) {
                mechanism[0] = values.text(place, name, true);
            } else {
                figures[NOISE_FIELDS.indexOf(name) - 1] = values.number(place, name);
            }
        });
        return new NoiseParameters(mechanism[0], figures[0], figures[1], figures[2], figures[3]);
    }
}
