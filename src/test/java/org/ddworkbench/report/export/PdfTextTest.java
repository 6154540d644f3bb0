package org.ddworkbench.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfTextTest {
    private final PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void accentsOutsideWinAnsiLoseTheirMarkAndOtherScriptsBecomeQuestionMarks() throws IOException {
        assertThat(PdfText.safe("Việt Nam")).isEqualTo("Viet Nam");
        assertThat(PdfText.safe("Côte d’Ivoire ±2 × 3")).isEqualTo("Côte d’Ivoire ±2 × 3");
        assertThat(PdfText.safe("ไทย")).isEqualTo("???");
        assertThat(PdfText.safe("ε = 1")).isEqualTo("epsilon = 1");
        assertThat(helvetica.getStringWidth(PdfText.safe("ไทย Việt\tNam"))).isPositive();
    }

    @Test
    void longTextIsCutShortOrWrappedWithinTheWidth() throws IOException {
        String fitted = PdfText.fit("Recruitment fees in months of wages", helvetica, 10, 60);
        assertThat(fitted).endsWith("…");
        assertThat(PdfText.width(helvetica, 10, fitted)).isLessThanOrEqualTo(60);

        assertThat(PdfText.wrap("Recruitment fees in months of wages", helvetica, 10, 80))
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(PdfText.width(helvetica, 10, line)).isLessThanOrEqualTo(80));
    }
}
