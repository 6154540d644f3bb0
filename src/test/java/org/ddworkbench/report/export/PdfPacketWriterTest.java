package org.ddworkbench.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ddworkbench.report.packet.AggregatePacket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPacketWriterTest {
    @TempDir
    Path folder;

    private PDDocument export(AggregatePacket packet) throws IOException {
        Path target = folder.resolve("report.pdf");
        new PacketExporter().export(packet, ExportFormat.PDF, target);
        return Loader.loadPDF(target.toFile());
    }

    @Test
    void theFirstPageRendersToSomethingVisible() throws IOException {
        try (PDDocument document = export(TestPackets.standard())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);

            long marked = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    marked += (page.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
                }
            }
            assertThat((double) marked / (page.getWidth() * page.getHeight())).isGreaterThan(0.02);
        }
    }

    @Test
    void theTextNamesTheReportItsThresholdsAndItsTables() throws IOException {
        try (PDDocument document = export(TestPackets.standard())) {
            String text = new PDFTextStripper().getText(document);

            assertThat(text).contains(TestPackets.REPORT, TestPackets.BY_COUNTRY, TestPackets.BY_RISK,
                    "Chart: " + TestPackets.BY_RISK, "5 contributors", "epsilon = 1", "Viet Nam",
                    "Fewer than 5 suppliers contribute: Brazil × @x.", "±5.5", "Page 1 of");
        }
    }

    @Test
    void aReportNamedInThaiPrintsInThai() throws IOException {
        AggregatePacket standard = TestPackets.standard();
        AggregatePacket thai = new AggregatePacket(standard.format(), "ความเสี่ยงของซัพพลายเออร์ 2568",
                standard.released(), standard.pack(), standard.disclosure(), standard.privacy(), standard.sources(),
                standard.tables());
        try (PDDocument document = export(thai)) {
            assertThat(new PDFTextStripper().getText(document)).contains("ความเสี่ยงของซัพพลายเออร์ 2568")
                    .doesNotContain("???");
        }
    }

    @Test
    void thirtyTablesRunOverSeveralNumberedPages() throws IOException {
        try (PDDocument document = export(TestPackets.many(30))) {
            int pages = document.getNumberOfPages();
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pages);

            assertThat(pages).isGreaterThan(5);
            assertThat(lastPage.getText(document)).contains("Page " + pages + " of " + pages, "Period 30");
        }
    }

    @Test
    void theDocumentInformationNamesTheWorkbenchAndNoAuthor() throws IOException {
        try (PDDocument document = export(TestPackets.standard())) {
            PDDocumentInformation information = document.getDocumentInformation();

            assertThat(information.getAuthor()).isNull();
            assertThat(information.getProducer()).isEqualTo("Diligence Workbench");
            assertThat(information.getCreator()).isEqualTo("Diligence Workbench");
            assertThat(information.getCreationDate().toInstant()).hasToString("2024-05-31T00:00:00Z");
            assertThat(information.getCOSObject().toString()).doesNotContain(System.getProperty("user.name"));
        }
    }
}
