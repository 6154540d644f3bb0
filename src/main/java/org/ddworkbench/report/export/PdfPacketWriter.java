package org.ddworkbench.report.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.ddworkbench.report.packet.AggregatePacket;
import org.ddworkbench.report.packet.PacketTable;

/**
 * Writes a readable report: a header stating the report, its date, pack, thresholds and noise, what an "x" means,
 * then each table as figures with footnoted suppressions and a chart. The document information names the
 * workbench as producer and carries no author; its date is the release date, not the moment of writing.
 */
final class PdfPacketWriter implements PacketWriter {
    private static final String PRODUCER = "Diligence Workbench";
    private static final float LABEL_WIDTH = 110;

    @Override
    public void write(AggregatePacket packet, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfCanvas canvas = new PdfCanvas(document);
            header(canvas, packet);
            PdfTableRenderer tables = new PdfTableRenderer(canvas);
            PdfChartRenderer charts = new PdfChartRenderer(canvas);
            for (PacketTable table : packet.tables()) {
                TableGrid grid = new TableGrid(table);
                title(canvas, table);
                tables.draw(grid);
                String noise = MethodStatement.noiseNote(table);
                if (noise != null) {
                    canvas.paragraph(noise, canvas.regular, 7.5f);
                }
                canvas.down(8);
                charts.draw(grid);
                canvas.down(20);
            }
            canvas.finish(packet.reportName());
            describe(document.getDocumentInformation(), packet);
            document.save(out);
        }
    }

    private static void header(PdfCanvas canvas, AggregatePacket packet) throws IOException {
        canvas.paragraph(packet.reportName(), canvas.bold, 18);
        canvas.paragraph("Aggregate report released " + packet.released(), canvas.regular, 10);
        canvas.down(10);
        for (MethodStatement.Line line : MethodStatement.facts(packet)) {
            labelled(canvas, line, 9);
        }
        canvas.down(8);
        canvas.paragraph("Reading the tables", canvas.bold, 10);
        for (MethodStatement.Line line : MethodStatement.suppressionExplained(packet)) {
            labelled(canvas, line, 8);
        }
        canvas.down(16);
        canvas.fill(canvas.left(), canvas.y(), canvas.width(), 0.8f, Color.GRAY);
        canvas.down(16);
    }

    /** A label in bold on the left and its text wrapped beside it. */
    private static void labelled(PdfCanvas canvas, MethodStatement.Line line, float size) throws IOException {
        canvas.ensure(size * 1.35f);
        float top = canvas.y();
        String label = PdfText.fit(line.label(), canvas.bold, size, LABEL_WIDTH - 6);
        canvas.text(label, canvas.bold, size, canvas.left(), top - size * 1.35f + size * 0.3f, Color.BLACK);
        canvas.paragraph(line.text(), canvas.regular, size, canvas.left() + LABEL_WIDTH,
                canvas.width() - LABEL_WIDTH);
    }

    private static void title(PdfCanvas canvas, PacketTable table) throws IOException {
        // Keep a table's title with its first rows rather than alone at the foot of a page.
        canvas.ensure(120);
        canvas.paragraph(table.title(), canvas.bold, 12);
        String about = (table.unit() == null ? "" : "Unit: " + table.unit())
                + (table.page() == null ? "" : "   Page: " + table.page());
        if (!about.isBlank()) {
            canvas.paragraph(about, canvas.regular, 8);
        }
        canvas.down(6);
    }

    private static void describe(PDDocumentInformation information, AggregatePacket packet) {
        information.setTitle(PdfText.safe(packet.reportName()));
        information.setProducer(PRODUCER);
        information.setCreator(PRODUCER);
        Calendar releaseDay = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        releaseDay.setTimeInMillis(packet.released().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        information.setCreationDate(releaseDay);
        information.setModificationDate(releaseDay);
    }
}
