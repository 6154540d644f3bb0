package org.ddworkbench.report.export;

import java.awt.Color;
import java.io.IOException;
import org.ddworkbench.report.packet.PacketCell;

/**
 * Draws a table as a chart labelled only from the packet, so one renderer serves every report: a one-way table
 * (risk distribution, corrective-action status) as horizontal bars, a two-way table (indicator prevalence by
 * country) as a heat grid. Suppressed cells are hatched and marked "x" rather than drawn as zero.
 */
final class PdfChartRenderer {
    private static final float FONT = 7;
    private static final float ROW = 13;
    private static final float PAD = 3;
    private static final float VALUE_ROOM = 48;
    private static final float NARROWEST_CELL = 16;
    private static final float WIDEST_CELL = 36;
    private static final float TALLEST_HEADER = 90;
    private static final Color INK = new Color(38, 84, 132);

    private final PdfCanvas canvas;

    PdfChartRenderer(PdfCanvas canvas) {
        this.canvas = canvas;
    }

    void draw(TableGrid grid) throws IOException {
        if (grid.interiorRows() == 0 || grid.interiorColumns() == 0) {
            return;
        }
        String unit = grid.table().unit() == null ? "" : " (" + grid.table().unit() + ")";
        canvas.ensure(3 * ROW);
        canvas.paragraph("Chart: " + grid.table().title() + unit, canvas.bold, 8);
        canvas.down(4);
        if (grid.twoWay()) {
            heatGrid(grid);
        } else {
            bars(grid);
        }
    }

    private void bars(TableGrid grid) throws IOException {
        float labelWidth = labelWidth(grid);
        float longest = canvas.width() - labelWidth - VALUE_ROOM;
        double largest = scale(grid);
        for (int row = 0; row < grid.interiorRows(); row++) {
            canvas.ensure(ROW);
            float bottom = canvas.y() - ROW;
            label(grid.rowLabel(row), labelWidth, bottom);
            float start = canvas.left() + labelWidth;
            canvas.fill(start - 0.6f, bottom, 0.6f, ROW, Color.GRAY);
            PacketCell cell = grid.cell(row, 0);
            if (cell != null && cell.suppressed()) {
                canvas.hatch(start, bottom + 2, 18, ROW - 4);
                canvas.text("x  suppressed", canvas.regular, FONT, start + 22, bottom + 4, Color.DARK_GRAY);
            } else if (cell != null) {
                float length = (float) (Math.max(0, cell.value()) / largest * longest);
                canvas.fill(start, bottom + 2, length, ROW - 4, INK);
                canvas.text(PdfText.safe(ValueText.display(cell.value())), canvas.regular, FONT,
                        start + length + PAD, bottom + 4, Color.BLACK);
            }
            canvas.down(ROW);
        }
        canvas.down(PAD);
    }

    private void heatGrid(TableGrid grid) throws IOException {
        float labelWidth = labelWidth(grid);
        float room = canvas.width() - labelWidth;
        float cellWidth = Math.min(WIDEST_CELL, Math.max(NARROWEST_CELL, room / grid.interiorColumns()));
        int perBand = Math.max(1, (int) (room / cellWidth));
        double largest = scale(grid);
        for (int first = 0; first < grid.interiorColumns(); first += perBand) {
            int end = Math.min(grid.interiorColumns(), first + perBand);
            float headerHeight = headerHeight(grid, first, end);
            canvas.ensure(headerHeight + ROW);
            columnLabels(grid, first, end, labelWidth, cellWidth, headerHeight);
            for (int row = 0; row < grid.interiorRows(); row++) {
                if (canvas.ensure(ROW)) {
                    columnLabels(grid, first, end, labelWidth, cellWidth, headerHeight);
                }
                float bottom = canvas.y() - ROW;
                label(grid.rowLabel(row), labelWidth, bottom);
                for (int column = first; column < end; column++) {
                    heatCell(grid.cell(row, column), canvas.left() + labelWidth + (column - first) * cellWidth,
                            bottom, cellWidth, largest);
                }
                canvas.down(ROW);
            }
            canvas.down(6);
        }
        canvas.paragraph("Darker cells hold more " + (grid.table().unit() == null ? "" : grid.table().unit())
                + "; the darkest is " + ValueText.display(largest) + ". Hatched cells marked x are suppressed.",
                canvas.regular, FONT);
    }

    private void heatCell(PacketCell cell, float x, float bottom, float width, double largest) throws IOException {
        if (cell == null) {
            return;
        }
        if (cell.suppressed()) {
            canvas.hatch(x, bottom, width, ROW);
            float mark = PdfText.width(canvas.regular, FONT, "x");
            canvas.text("x", canvas.regular, FONT, x + (width - mark) / 2, bottom + 4, Color.BLACK);
        } else {
            float share = (float) Math.min(1, Math.max(0, cell.value() / largest));
            canvas.fill(x, bottom, width, ROW, shade(share));
            String value = PdfText.safe(ValueText.display(cell.value()));
            float valueWidth = PdfText.width(canvas.regular, 6, value);
            if (valueWidth <= width - 2) {
                canvas.text(value, canvas.regular, 6, x + (width - valueWidth) / 2, bottom + 4,
                        share > 0.5f ? Color.WHITE : Color.BLACK);
            }
        }
        canvas.outline(x, bottom, width, ROW, Color.WHITE);
    }

    private void columnLabels(TableGrid grid, int first, int end, float labelWidth, float cellWidth, float height)
            throws IOException {
        float bottom = canvas.y() - height;
        for (int column = first; column < end; column++) {
            String label = PdfText.fit(grid.columnLabel(column), canvas.regular, FONT, height - 2 * PAD);
            float x = canvas.left() + labelWidth + (column - first) * cellWidth + cellWidth / 2 + FONT / 3;
            canvas.upwardText(label, canvas.regular, FONT, x, bottom + PAD);
        }
        canvas.down(height);
    }

    private float headerHeight(TableGrid grid, int first, int end) throws IOException {
        float widest = 0;
        for (int column = first; column < end; column++) {
            widest = Math.max(widest, PdfText.width(canvas.regular, FONT, PdfText.safe(grid.columnLabel(column))));
        }
        return Math.min(TALLEST_HEADER, widest + 2 * PAD);
    }

    private void label(String text, float width, float bottom) throws IOException {
        canvas.text(PdfText.fit(text, canvas.regular, FONT, width - 2 * PAD), canvas.regular, FONT, canvas.left(),
                bottom + 4, Color.BLACK);
    }

    private float labelWidth(TableGrid grid) throws IOException {
        float widest = 0;
        for (int row = 0; row < grid.interiorRows(); row++) {
            widest = Math.max(widest, PdfText.width(canvas.regular, FONT, PdfText.safe(grid.rowLabel(row))));
        }
        return Math.max(50, Math.min(canvas.width() * 0.3f, widest + 2 * PAD));
    }

    private static double scale(TableGrid grid) {
        double largest = grid.largestInteriorValue();
        return largest > 0 ? largest : 1;
    }

    /** From a pale tint for the smallest values to the full ink for the largest. */
    private static Color shade(float share) {
        float strength = 0.08f + 0.92f * share;
        return new Color(Math.round(255 + (INK.getRed() - 255) * strength),
                Math.round(255 + (INK.getGreen() - 255) * strength),
                Math.round(255 + (INK.getBlue() - 255) * strength));
    }
}
