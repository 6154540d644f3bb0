package org.ddworkbench.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PdfTextTest {
    private static final String THAI = "แบบสำรวจแรงงานและบันทึกข้อร้องเรียนทุกไฟล์จะได้รับการตรวจสอบก่อนจัดเก็บข้อมูล";

    private final PDDocument document = new PDDocument();
    private final PdfFont font = PdfFont.regular(document);

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void thaiIsKeptAccentsOutsideWinAnsiLoseTheirMarkAndOtherScriptsBecomeQuestionMarks() throws IOException {
        assertThat(PdfText.safe("Việt Nam")).isEqualTo("Viet Nam");
        assertThat(PdfText.safe("Côte d’Ivoire ±2 × 3")).isEqualTo("Côte d’Ivoire ±2 × 3");
        assertThat(PdfText.safe("ไทย")).isEqualTo("ไทย");
        assertThat(PdfText.safe("中国")).isEqualTo("??");
        assertThat(PdfText.safe("ε = 1")).isEqualTo("epsilon = 1");
        assertThat(PdfText.width(font, 10, PdfText.safe("ไทย Việt\tNam")))
                .isGreaterThan(PdfText.width(font, 10, "Viet Nam"));
    }

    @Test
    void longTextIsCutShortOrWrappedWithinTheWidth() throws IOException {
        String fitted = PdfText.fit("Recruitment fees in months of wages", font, 10, 60);
        assertThat(fitted).endsWith("…");
        assertThat(PdfText.width(font, 10, fitted)).isLessThanOrEqualTo(60);

        assertThat(PdfText.wrap("Recruitment fees in months of wages", font, 10, 80))
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(PdfText.width(font, 10, line)).isLessThanOrEqualTo(80));
    }

    @Test
    void thaiWrapsBetweenWordsThoughItHasNoSpaces() throws IOException {
        List<String> lines = PdfText.wrap(THAI, font, 10, 120);

        assertThat(lines).hasSizeGreaterThan(2)
                .allSatisfy(line -> assertThat(PdfText.width(font, 10, line)).isLessThanOrEqualTo(120))
                .noneSatisfy(line -> assertThat(line).endsWith("…"));
        assertThat(String.join("", lines)).isEqualTo(THAI);
    }
}
