package org.ddworkbench.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ingest.value.Metrics.cell;
import static org.ddworkbench.ingest.value.Metrics.text;

import java.util.Map;
import java.util.stream.Stream;
import org.ddworkbench.ingest.read.CellKind;
import org.ddworkbench.model.Metric;
import org.ddworkbench.model.MetricType;
import org.ddworkbench.pack.JsonPackReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParsingTest {
    private final DefaultValueParser parser = new DefaultValueParser();

    static Stream<Arguments> acceptedNumbers() {
        return Stream.of(
                Arguments.of(Metrics.WEEKLY_HOURS, "48", 48.0),
                Arguments.of(Metrics.WEEKLY_HOURS, "48 h", 48.0),
                Arguments.of(Metrics.WEEKLY_HOURS, "60 hrs", 60.0),
                Arguments.of(Metrics.WEEKLY_HOURS, "60hrs.", 60.0),
                Arguments.of(Metrics.WEEKLY_HOURS, "60 hrs/week", 60.0),
                Arguments.of(Metrics.WEEKLY_HOURS, "56 hours per week", 56.0),
                Arguments.of(Metrics.WEEKLY_HOURS, "56 hours a week", 56.0),
                Arguments.of(Metrics.WEEKLY_HOURS, "48,5", 48.5),
                Arguments.of(Metrics.WEEKLY_HOURS, "48.5", 48.5),
                Arguments.of(Metrics.WEEKLY_HOURS, "๔๘", 48.0),
                Arguments.of(Metrics.WEEKLY_HOURS, "๗๒ ชั่วโมง", 72.0),
                Arguments.of(Metrics.WEEKLY_HOURS, "72 ชม./สัปดาห์", 72.0),
                Arguments.of(Metrics.FEE_MONTHS, "3 months' wages", 3.0),
                Arguments.of(Metrics.FEE_MONTHS, "2.5 months", 2.5),
                Arguments.of(Metrics.FEE_MONTHS, "4 เดือน", 4.0),
                Arguments.of(Metrics.WORKERS, "1,234", 1234.0),
                Arguments.of(Metrics.WORKERS, "1.234.567", 1234567.0),
                Arguments.of(Metrics.WORKERS, "1 234", 1234.0),
                Arguments.of(Metrics.WORKERS, "1\u00a0234", 1234.0),
                Arguments.of(Metrics.WORKERS, "1'234", 1234.0),
                Arguments.of(Metrics.WORKERS, "1.234,0", 1234.0),
                Arguments.of(Metrics.WORKERS, "380 workers", 380.0),
                Arguments.of(Metrics.WORKERS, "๑,๒๓๔ คน", 1234.0),
                Arguments.of(Metrics.DELAY_DAYS, "12 days", 12.0),
                Arguments.of(Metrics.DELAY_DAYS, "12 วัน", 12.0),
                Arguments.of(Metrics.WAGE_THB, "THB 9,000", 9000.0),
                Arguments.of(Metrics.WAGE_THB, "9,000 baht", 9000.0),
                Arguments.of(Metrics.WAGE_THB, "฿9000", 9000.0),
                Arguments.of(Metrics.WAGE_THB, "9 000 บาท", 9000.0),
                Arguments.of(Metrics.WAGE_THB, "1.234,5 THB", 1234.5),
                Arguments.of(Metrics.WAGE_THB, "1,234.5", 1234.5),
                Arguments.of(Metrics.WAGE_THB, "-1,500 THB", -1500.0),
                Arguments.of(Metrics.WAGE_THB, "THB -1,500", -1500.0),
                Arguments.of(Metrics.BALANCE, "-12.5", -12.5),
                Arguments.of(Metrics.BALANCE, "−3", -3.0),
                Arguments.of(Metrics.BALANCE, "+7", 7.0),
                Arguments.of(Metrics.BALANCE, "0,123", 0.123),
                Arguments.of(Metrics.BALANCE, "1.234", 1.234));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @MethodSource("acceptedNumbers")
    void numbersWithSeparatorsDigitsAndMatchingUnitsAreAccepted(Metric metric, String written, double expected) {
        assertThat(parser.parse(text(written), metric, ValueRules.NONE)).isEqualTo(new Parsed.Ok(expected));
    }

    @Test
    void numberCellsAreTakenAsTheReaderWroteThem() {
        assertThat(parser.parse(cell(CellKind.NUMBER, "45.5"), Metrics.WEEKLY_HOURS, ValueRules.NONE))
                .isEqualTo(new Parsed.Ok(45.5));
        assertThat(parser.parse(cell(CellKind.NUMBER, "380"), Metrics.WORKERS, ValueRules.NONE))
                .isEqualTo(new Parsed.Ok(380.0));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "12 h/day        | written in hours per day, but this metric is in hours-per-week",
        "12%             | written in per cent, but this metric is in hours-per-week",
        "9000 baht       | written in Thai baht, but this metric is in hours-per-week",
        "3 days          | written in days, but this metric is in hours-per-week",
        "170             | above the maximum of 168 hours-per-week",
        "-1              | below the minimum of 0 hours-per-week",
        "48-60           | a range, not a single number",
        "about forty     | not a number",
        "48 apples       | not a number",
        "1e5             | not a number",
        "12 5            | not a number: its digit groups do not look like thousands",
        "N/A             | not a number"})
    void conflictingUnitsRangesAndNonNumbersAreRefusedWithAReason(String written, String reason) {
        assertThat(parser.parse(text(written), Metrics.WEEKLY_HOURS, ValueRules.NONE))
                .isEqualTo(new Parsed.Invalid(reason));
    }

    @Test
    void aCurrencyOtherThanTheMetricsIsRefused() {
        assertThat(parser.parse(text("USD 300"), Metrics.WAGE_THB, ValueRules.NONE))
                .isEqualTo(new Parsed.Invalid("written in US dollars, but this metric is in THB"));
    }

    @Test
    void aUnitOnAMetricWithoutOneIsRefused() {
        assertThat(parser.parse(text("5 h"), Metrics.BALANCE, ValueRules.NONE))
                .isEqualTo(new Parsed.Invalid("written in hours, but this metric has no unit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "1,234.5", "0,5"})
    void integersMustBeWhole(String written) {
        assertThat(parser.parse(text(written), Metrics.WORKERS, ValueRules.NONE))
                .isEqualTo(new Parsed.Invalid("not a whole number"));
    }

    @Test
    void theUnitFactorConvertsBeforeTheRangeAndWholeNumberChecks() {
        ValueRules weeksToDays = new ValueRules(Map.of(), 7.0);
        assertThat(parser.parse(text("3"), Metrics.DELAY_DAYS, weeksToDays)).isEqualTo(new Parsed.Ok(21.0));
        assertThat(parser.parse(text("60"), Metrics.DELAY_DAYS, weeksToDays))
                .isEqualTo(new Parsed.Invalid("above the maximum of 365 days"));
        assertThat(parser.parse(text("3"), Metrics.DELAY_DAYS, new ValueRules(Map.of(), 0.5)))
                .isEqualTo(new Parsed.Invalid("not a whole number"));
    }

    @Test
    void translationsApplyBeforeNumbersAreRead() {
        ValueRules rules = new ValueRules(Map.of("none", "0"), 1.0);
        assertThat(parser.parse(text(" None "), Metrics.DELAY_DAYS, rules)).isEqualTo(new Parsed.Ok(0.0));
    }

    @Test
    void cellsOfOtherKindsAreNotNumbers() {
        assertThat(parser.parse(cell(CellKind.DATE, "2024-03-12"), Metrics.WORKERS, ValueRules.NONE))
                .isEqualTo(new Parsed.Invalid("not a number"));
        assertThat(parser.parse(cell(CellKind.ERROR, "#DIV/0!"), Metrics.WORKERS, ValueRules.NONE))
                .isEqualTo(new Parsed.Invalid("the cell holds a spreadsheet error instead of a value"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"Tier 1|1", "2|2", "tier 3|3", "1,200|1200"})
    void integerFieldsAcceptLabelsAndSeparators(String written, double expected) {
        assertThat(parser.parseInteger(text(written), 1, 5000)).isEqualTo(new Parsed.Ok(expected));
    }

    @Test
    void integerFieldsCheckWholenessAndRange() {
        assertThat(parser.parseInteger(text("Tier 9"), 1, 5)).isEqualTo(new Parsed.Invalid("above the maximum of 5"));
        assertThat(parser.parseInteger(text("0"), 1, 5)).isEqualTo(new Parsed.Invalid("below the minimum of 1"));
        assertThat(parser.parseInteger(text("1.5"), 1, 5)).isEqualTo(new Parsed.Invalid("not a whole number"));
        assertThat(parser.parseInteger(text("first"), 1, 5)).isEqualTo(new Parsed.Invalid("not a number"));
    }

    @Test
    void everyNumericUnitOfTheBundledPackIsUnderstood() {
        new JsonPackReader().bundled().pack().metrics().stream()
                .filter(m -> m.type() == MetricType.NUMBER || m.type() == MetricType.INTEGER
                        || m.type() == MetricType.PERCENT)
                .forEach(m -> assertThat(UnitWords.acceptedBy(m.unit())).as(m.id() + " in " + m.unit()).isNotEmpty());
    }
}
