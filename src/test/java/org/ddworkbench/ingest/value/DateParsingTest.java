package org.ddworkbench.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ingest.value.Metrics.cell;
import static org.ddworkbench.ingest.value.Metrics.text;

import java.time.LocalDate;
import org.ddworkbench.ingest.read.CellKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParsingTest {
    private static final LocalDate TWELFTH_OF_MARCH = LocalDate.of(2024, 3, 12);
    private final DefaultValueParser parser = new DefaultValueParser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-03-12", "2024-03-12T08:30:00", "2024-03-12 08:30", "2024/03/12", "2024.3.12",
        "12/03/2024", "12/3/2024", "12.03.2024", "12-03-2024", "12/03/2024 14:05", "12 Mar 2024", "12 March 2024",
        "March 12, 2024", "Mar 12th 2024", "12-Mar-2024", "12 mars 2024", "Tue, 12 Mar 2024",
        "12 มี.ค. 2567", "12 มีนาคม 2567", "วันที่ 12 มีนาคม พ.ศ. 2567", "12/03/2567", "2567-03-12",
        "๑๒/๐๓/๒๕๖๗", "45363"})
    void everyAcceptedTextFormReadsTheSameDay(String written) {
        assertThat(parser.parseDate(text(written))).isEqualTo(new Parsed.Ok(TWELFTH_OF_MARCH));
        assertThat(parser.parse(text(written), Metrics.AUDIT_DATE, ValueRules.NONE))
                .isEqualTo(new Parsed.Ok(TWELFTH_OF_MARCH));
    }

    @Test
    void ambiguousNumericDatesAreReadDayFirst() {
        assertThat(parser.parseDate(text("03/04/2024"))).isEqualTo(new Parsed.Ok(LocalDate.of(2024, 4, 3)));
        assertThat(parser.parseDate(text("04/03/2024"))).isEqualTo(new Parsed.Ok(LocalDate.of(2024, 3, 4)));
    }

    @Test
    void aMonthFirstDateIsNotGuessed() {
        assertThat(parser.parseDate(text("03/25/2024"))).isEqualTo(new Parsed.Invalid("not a real calendar date"));
    }

    @Test
    void dateCellsFromTheReaderAreTakenAsIsWithoutAnyDateSystemShift() {
        // The reader resolves 1900 and 1904 workbooks to ISO; re-applying a system here would move the day.
        assertThat(parser.parseDate(cell(CellKind.DATE, "2024-03-12"))).isEqualTo(new Parsed.Ok(TWELFTH_OF_MARCH));
        assertThat(parser.parseDate(cell(CellKind.DATETIME, "2024-03-12T23:59:59")))
                .isEqualTo(new Parsed.Ok(TWELFTH_OF_MARCH));
    }

    @Test
    void serialNumbersAreReadInThe1900System() {
        assertThat(parser.parseDate(cell(CellKind.NUMBER, "45363"))).isEqualTo(new Parsed.Ok(TWELFTH_OF_MARCH));
        assertThat(parser.parseDate(cell(CellKind.NUMBER, "45363.75"))).isEqualTo(new Parsed.Ok(TWELFTH_OF_MARCH));
        // The same day in the 1904 system would be 1,462 smaller; the text path never assumes it.
        assertThat(parser.parseDate(text("43901"))).isEqualTo(new Parsed.Ok(LocalDate.of(2020, 3, 11)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "31/02/2024    | not a real calendar date",
        "12/03/24      | a two-digit year is ambiguous; the year must be written in full",
        "12 Mar 67     | a two-digit year is ambiguous; the year must be written in full",
        "1985-01-01    | outside the plausible range 1990 to 2100",
        "2101-01-01    | outside the plausible range 1990 to 2100",
        "99999         | outside the plausible range 1990 to 2100",
        "12/03/2024/1  | not a date",
        "yesterday     | not a date",
        "March 2024    | not a date",
        "12            | not a date"})
    void impossibleAmbiguousAndImplausibleDatesAreRefused(String written, String reason) {
        assertThat(parser.parseDate(text(written))).isEqualTo(new Parsed.Invalid(reason));
    }

    @Test
    void implausibleDateCellsAreRefusedToo() {
        assertThat(parser.parseDate(cell(CellKind.DATE, "1900-01-01")))
                .isEqualTo(new Parsed.Invalid("outside the plausible range 1990 to 2100"));
        assertThat(parser.parseDate(cell(CellKind.BOOLEAN, "true"))).isEqualTo(new Parsed.Invalid("not a date"));
    }
}
