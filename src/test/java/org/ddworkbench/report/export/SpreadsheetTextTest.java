package org.ddworkbench.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void textAFormulaCouldStartWithGetsALeadingApostrophe() {
        assertThat(SpreadsheetText.neutralise("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(SpreadsheetText.neutralise("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetText.neutralise("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetText.neutralise("@x")).isEqualTo("'@x");
        assertThat(SpreadsheetText.neutralise("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetText.neutralise("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void ordinaryTextPassesUnchangedAndNullBecomesEmpty() {
        assertThat(SpreadsheetText.neutralise("Brazil = 12")).isEqualTo("Brazil = 12");
        assertThat(SpreadsheetText.neutralise(null)).isEmpty();
    }
}
