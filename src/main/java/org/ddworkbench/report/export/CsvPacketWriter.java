package org.ddworkbench.report.export;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketCell;
import org.ddworkbench.report.packet.PacketTable;

/**
 * Writes every table's cells as one rectangular CSV table, a line per cell: UTF-8 with a byte-order mark so
 * Excel reads accents, text neutralised against formula injection, and values written as plain numbers so a
 * negative noisy count stays a number. The method is stated in the other formats, not here.
 */
final class CsvPacketWriter implements PacketWriter {
    static final List<String> HEADER = List.of("Table", "Page", "Row dimension", "Row", "Column dimension",
            "Column", "Value", "Unit", "Mark", "Reason", "± (95%)");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CsvMapper mapper = CsvMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public void write(AggregatePacket packet, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write(BYTE_ORDER_MARK);
        try (SequenceWriter lines = mapper.writer().writeValues(text)) {
            lines.write(HEADER);
            for (PacketTable table : packet.tables()) {
                writeTable(lines, new TableGrid(table));
            }
        }
        text.flush();
    }

    private static void writeTable(SequenceWriter lines, TableGrid grid) throws IOException {
        PacketTable table = grid.table();
        Object halfWidth = table.noise() == null ? "" : ValueText.number(table.noise().halfWidth95());
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                PacketCell cell = grid.cell(row, column);
                if (cell == null) {
                    continue;
                }
                List<Object> line = new ArrayList<>(HEADER.size());
                line.add(text(table.title()));
                line.add(text(table.page()));
                line.add(text(table.rowDimension()));
                line.add(text(grid.rowLabel(row)));
                line.add(text(table.columnDimension()));
                line.add(text(grid.columnLabel(column)));
                line.add(cell.suppressed() ? "" : ValueText.number(cell.value()));
                line.add(text(table.unit()));
                line.add(text(cell.mark()));
                line.add(text(cell.reason()));
                line.add(halfWidth);
                lines.write(line);
            }
        }
    }

    private static String text(String value) {
        return SpreadsheetText.neutralise(value);
    }
}
