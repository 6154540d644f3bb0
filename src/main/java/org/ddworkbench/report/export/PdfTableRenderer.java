package org.ddworkbench.report.export;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddworkbench.report.packet.PacketCell;

/**
 * Draws a table as a grid of figures with suppressed cells as a grey "x", followed by footnotes grouping the
 * suppressed cells by reason. A table too wide for the page is drawn in bands of columns, each repeating the
 * row labels, and the header row repeats when a table runs onto the next page.
 */
final class PdfTableRenderer {
    private static final float FONT = 8;
    private static final float ROW = 13;
    private static final float PAD = 3;
    private static final float NARROWEST_COLUMN = 44;
    private static final float WIDEST_COLUMN = 90;
    private static final int HEADER_LINES = 3;
    private static final Color HEADER_FILL = new Color(225, 230, 238);
    private static final Color TOTAL_FILL = new Color(243, 245, 248);
    private static final Color SUPPRESSED_FILL = new Color(222, 222, 222);
    private static final Color RULE = new Color(190, 190, 190);

    private final PdfCanvas canvas;

    PdfTableRenderer(PdfCanvas canvas) {
        this.canvas = canvas;
    }

    void draw(TableGrid grid) throws IOException {
        float labelWidth = labelWidth(grid);
        int perBand = Math.max(1, (int) ((canvas.width() - labelWidth) / NARROWEST_COLUMN));
        for (int first = 0; first < grid.columns(); first += perBand) {
            int end = Math.min(grid.columns(), first + perBand);
            float columnWidth = Math.min(WIDEST_COLUMN, (canvas.width() - labelWidth) / (end - first));
            band(grid, first, end, labelWidth, columnWidth);
            canvas.down(6);
        }
        footnotes(grid);
    }

    private void band(TableGrid grid, int first, int end, float labelWidth, float columnWidth) throws IOException {
        List<List<String>> headers = new ArrayList<>();
        int lines = 1;
        for (int column = first; column < end; column++) {
            List<String> wrapped = PdfText.wrap(grid.columnLabel(column), canvas.bold, FONT, columnWidth - 2 * PAD);
            if (wrapped.size() > HEADER_LINES) {
                String rest = String.join(" ", wrapped.subList(HEADER_LINES - 1, wrapped.size()));
                wrapped = new ArrayList<>(wrapped.subList(0, HEADER_LINES));
                wrapped.set(HEADER_LINES - 1, PdfText.fit(rest, canvas.bold, FONT, columnWidth - 2 * PAD));
            }
            headers.add(wrapped);
            lines = Math.max(lines, wrapped.size());
        }
        float headerHeight = lines * (FONT + 1) + 2 * PAD;
        canvas.ensure(headerHeight + ROW);
        header(grid, headers, labelWidth, columnWidth, headerHeight);
        for (int row = 0; row < grid.rows(); row++) {
            if (canvas.ensure(ROW)) {
                header(grid, headers, labelWidth, columnWidth, headerHeight);
            }
            row(grid, row, first, end, labelWidth, columnWidth);
        }
    }

    private void header(TableGrid grid, List<List<String>> headers, float labelWidth, float columnWidth,
            float height) throws IOException {
        float bottom = canvas.y() - height;
        float x = canvas.left();
        canvas.fill(x, bottom, labelWidth + columnWidth * headers.size(), height, HEADER_FILL);
        String dimension = PdfText.fit(grid.rowDimensionLabel(), canvas.bold, FONT, labelWidth - 2 * PAD);
        canvas.text(dimension, canvas.bold, FONT, x + PAD, bottom + PAD + 1, Color.BLACK);
        for (int index = 0; index < headers.size(); index++) {
            float left = x + labelWidth + index * columnWidth;
            List<String> wrapped = headers.get(index);
            for (int line = 0; line < wrapped.size(); line++) {
                float baseline = bottom + PAD + 1 + (wrapped.size() - 1 - line) * (FONT + 1);
                String text = wrapped.get(line);
                float textWidth = PdfText.width(canvas.bold, FONT, text);
                canvas.text(text, canvas.bold, FONT, left + columnWidth - PAD - textWidth, baseline, Color.BLACK);
            }
        }
        canvas.down(height);
    }

    private void row(TableGrid grid, int row, int first, int end, float labelWidth, float columnWidth)
            throws IOException {
        float bottom = canvas.y() - ROW;
        float x = canvas.left();
        float width = labelWidth + columnWidth * (end - first);
        boolean totalRow = row >= grid.interiorRows();
        if (totalRow) {
            canvas.fill(x, bottom, width, ROW, TOTAL_FILL);
        }
        String label = PdfText.fit(grid.rowLabel(row), totalRow ? canvas.bold : canvas.regular, FONT,
                labelWidth - 2 * PAD);
        canvas.text(label, totalRow ? canvas.bold : canvas.regular, FONT, x + PAD, bottom + 4, Color.BLACK);
        for (int column = first; column < end; column++) {
            float left = x + labelWidth + (column - first) * columnWidth;
            PacketCell cell = grid.cell(row, column);
            if (column >= grid.interiorColumns() && !totalRow) {
                canvas.fill(left, bottom, columnWidth, ROW, TOTAL_FILL);
            }
            if (cell == null) {
                continue;
            }
            if (cell.suppressed()) {
                canvas.fill(left + 1, bottom + 1, columnWidth - 2, ROW - 2, SUPPRESSED_FILL);
                float mark = PdfText.width(canvas.regular, FONT, "x");
                canvas.text("x", canvas.regular, FONT, left + (columnWidth - mark) / 2, bottom + 4, Color.BLACK);
            } else {
                String value = PdfText.fit(ValueText.display(cell.value()), canvas.regular, FONT, columnWidth - PAD);
                float textWidth = PdfText.width(canvas.regular, FONT, value);
                canvas.text(value, canvas.regular, FONT, left + columnWidth - PAD - textWidth, bottom + 4,
                        Color.BLACK);
            }
        }
        canvas.fill(x, bottom, width, 0.4f, RULE);
        canvas.down(ROW);
    }

    private void footnotes(TableGrid grid) throws IOException {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (PacketCell cell : grid.suppressed()) {
            String reason = cell.reason() == null ? cell.mark() : cell.reason();
            byReason.computeIfAbsent(reason, key -> new ArrayList<>()).add(grid.position(cell));
        }
        for (Map.Entry<String, List<String>> note : byReason.entrySet()) {
            String reason = note.getKey().strip().replaceAll("[.\\s]+$", "");
            canvas.paragraph("x  " + reason + ": " + String.join("; ", note.getValue()) + ".",
                    canvas.regular, 7.5f);
        }
    }

    private float labelWidth(TableGrid grid) throws IOException {
        float widest = PdfText.width(canvas.bold, FONT, PdfText.safe(grid.rowDimensionLabel()));
        for (int row = 0; row < grid.rows(); row++) {
            widest = Math.max(widest, PdfText.width(canvas.bold, FONT, PdfText.safe(grid.rowLabel(row))));
        }
        return Math.max(60, Math.min(canvas.width() * 0.35f, widest + 2 * PAD));
    }
}
