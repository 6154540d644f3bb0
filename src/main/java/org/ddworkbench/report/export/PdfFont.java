package org.ddworkbench.report.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One face of the PDF's lettering: the standard Helvetica for everything it can draw, and the bundled Noto Sans
 * Thai (embedded, only the glyphs used) for Thai letters, so report and organisation names typed in Thai print.
 * Text is drawn and measured in runs of one font each.
 */
record PdfFont(PDFont latin, PDFont thai) {

    static PdfFont regular(PDDocument document) {
        return new PdfFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                embedded(document, "NotoSansThai-Regular.ttf"));
    }

    static PdfFont bold(PDDocument document) {
        return new PdfFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
                embedded(document, "NotoSansThai-Bold.ttf"));
    }

    static boolean isThai(int codePoint) {
        return codePoint >= 0x0E00 && codePoint <= 0x0E7F;
    }

    /** The width of safe text (see {@link PdfText#safe}) in points. */
    float width(String safeText, float size) throws IOException {
        float width = 0;
        for (String run : runs(safeText)) {
            width += fontOf(run).getStringWidth(run) / 1000f * size;
        }
        return width;
    }

    /** Shows safe text at the current text position, switching fonts between runs. */
    void show(PDPageContentStream content, String safeText, float size) throws IOException {
        for (String run : runs(safeText)) {
            content.setFont(fontOf(run), size);
            content.showText(run);
        }
    }

    private PDFont fontOf(String run) {
        return isThai(run.codePointAt(0)) ? thai : latin;
    }

    /** The text cut where it changes between Thai and other letters (spaces go with what precedes them). */
    private static List<String> runs(String text) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && isThai(c) != isThai(text.charAt(start))) {
                runs.add(text.substring(start, i));
                start = i;
            }
        }
        if (start < text.length()) {
            runs.add(text.substring(start));
        }
        return runs;
    }

    private static PDFont embedded(PDDocument document, String file) {
        try (InputStream in = PdfFont.class.getResourceAsStream("/org/ddworkbench/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font " + file + " is missing from the application.");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The bundled font " + file + " could not be read.", unreadable);
        }
    }
}
