package org.ddworkbench.report.export;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws on A4 pages top to bottom: it keeps the writing position, starts a new page when the next piece would
 * run into the bottom margin, and numbers the pages at the end. All text passes through {@link PdfText}.
 */
final class PdfCanvas {
    static final float MARGIN = 50;
    private static final float FOOTER = 24;

    final PdfFont regular;
    final PdfFont bold;
    private final PDDocument document;
    private final PDRectangle size = PDRectangle.A4;
    private PDPageContentStream content;
    private float y;

    PdfCanvas(PDDocument document) throws IOException {
        this.document = document;
        this.regular = PdfFont.regular(document);
        this.bold = PdfFont.bold(document);
        newPage();
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** The top of the space still free on the page; drawing goes downwards from here. */
    float y() {
        return y;
    }

    void down(float distance) {
        y -= distance;
    }

    /** Whether {@code height} more points fit above the footer of this page. */
    boolean fits(float height) {
        return y - height >= MARGIN + FOOTER;
    }

    /** Starts a new page unless {@code height} more points fit on this one; returns whether it did. */
    boolean ensure(float height) throws IOException {
        if (fits(height)) {
            return false;
        }
        newPage();
        return true;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    /** Writes text with its baseline at {@code baseline}; the text must already be safe. */
    void text(String safeText, PdfFont font, float fontSize, float x, float baseline, Color color) throws IOException {
        content.beginText();
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, baseline);
        font.show(content, safeText, fontSize);
        content.endText();
    }

    /** Writes safe text turned a quarter anticlockwise, reading upwards from (x, baseline). */
    void upwardText(String safeText, PdfFont font, float fontSize, float x, float baseline) throws IOException {
        content.beginText();
        content.setNonStrokingColor(Color.BLACK);
        content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, baseline));
        font.show(content, safeText, fontSize);
        content.endText();
    }

    /** Writes text wrapped to the page width at the writing position, moving down line by line. */
    void paragraph(String text, PdfFont font, float fontSize) throws IOException {
        paragraph(text, font, fontSize, left(), width());
    }

    void paragraph(String text, PdfFont font, float fontSize, float x, float lineWidth) throws IOException {
        float leading = fontSize * 1.35f;
        List<String> lines = PdfText.wrap(text, font, fontSize, lineWidth);
        for (String line : lines) {
            ensure(leading);
            down(leading);
            text(line, font, fontSize, x, y + fontSize * 0.3f, Color.BLACK);
        }
    }

    void fill(float x, float bottom, float width, float height, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, bottom, width, height);
        content.fill();
    }

    void outline(float x, float bottom, float width, float height, Color color) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(0.5f);
        content.addRect(x, bottom, width, height);
        content.stroke();
    }

    /** Grey diagonal lines across a box, the mark of a suppressed cell in charts. */
    void hatch(float x, float bottom, float width, float height) throws IOException {
        fill(x, bottom, width, height, new Color(235, 235, 235));
        content.saveGraphicsState();
        content.addRect(x, bottom, width, height);
        content.clip();
        content.setStrokingColor(new Color(170, 170, 170));
        content.setLineWidth(0.5f);
        for (float offset = -height; offset < width; offset += 4) {
            content.moveTo(x + offset, bottom);
            content.lineTo(x + offset + height, bottom + height);
        }
        content.stroke();
        content.restoreGraphicsState();
    }

    /** Ends the last page and writes "page n of m" and the report's name at the foot of every page. */
    void finish(String reportName) throws IOException {
        content.close();
        int pages = document.getNumberOfPages();
        String name = PdfText.fit(reportName, regular, 8, width() / 2);
        for (int index = 0; index < pages; index++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(index),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = foot;
                String number = "Page " + (index + 1) + " of " + pages;
                text(name, regular, 8, left(), MARGIN, Color.GRAY);
                text(number, regular, 8, left() + width() - PdfText.width(regular, 8, number), MARGIN, Color.GRAY);
            }
        }
        content = null;
    }
}
