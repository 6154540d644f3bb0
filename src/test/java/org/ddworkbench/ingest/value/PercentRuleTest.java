package org.ddworkbench.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ingest.value.Metrics.cell;
import static org.ddworkbench.ingest.value.Metrics.text;

import java.util.Map;
import org.ddworkbench.ingest.read.CellKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentRuleTest {
    private static final ValueRules FRACTIONS = new ValueRules(Map.of(), 100.0);
    private final DefaultValueParser parser = new DefaultValueParser();

    @ParameterizedTest(name = "text {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "12%         | 12",
        "12 %        | 12",
        "0.5%        | 0.5",
        "35 percent  | 35",
        "35          | 35",
        "0.35        | 35",
        "0,355       | 35.5",
        "1           | 1",
        "0           | 0",
        "๓๕%         | 35"})
    void textWithASignIsAsWrittenAndAFractionBelowOneIsScaled(String written, double expected) {
        assertThat(parser.parse(text(written), Metrics.MIGRANT_SHARE, ValueRules.NONE)).isEqualTo(new Parsed.Ok(expected));
    }

    @ParameterizedTest(name = "number cell {0} -> {1}")
    @CsvSource(delimiter = '|', value = {"0.35|35", "0.88|88", "35|35", "1|1", "0|0", "100|100"})
    void percentFormattedNumberCellsHoldingFractionsBecomePercentages(String raw, double expected) {
        assertThat(parser.parse(cell(CellKind.NUMBER, raw), Metrics.MIGRANT_SHARE, ValueRules.NONE))
                .isEqualTo(new Parsed.Ok(expected));
    }

    @Test
    void aMappingThatDeclaresFractionsDecidesInsteadOfTheGuess() {
        assertThat(parser.parse(cell(CellKind.NUMBER, "1"), Metrics.MIGRANT_SHARE, FRACTIONS)).isEqualTo(new Parsed.Ok(100.0));
        assertThat(parser.parse(cell(CellKind.NUMBER, "0.35"), Metrics.MIGRANT_SHARE, FRACTIONS)).isEqualTo(new Parsed.Ok(35.0));
        assertThat(parser.parse(text("12%"), Metrics.MIGRANT_SHARE, FRACTIONS)).isEqualTo(new Parsed.Ok(12.0));
    }

    @Test
    void percentagesAreCheckedAgainstTheRange() {
        assertThat(parser.parse(text("150%"), Metrics.MIGRANT_SHARE, ValueRules.NONE))
                .isEqualTo(new Parsed.Invalid("above the maximum of 100 percent"));
        assertThat(parser.parse(text("-5%"), Metrics.MIGRANT_SHARE, ValueRules.NONE))
                .isEqualTo(new Parsed.Invalid("below the minimum of 0 percent"));
    }

    @Test
    void aPercentSignOnAnotherKindOfMetricIsAConflict() {
        assertThat(parser.parse(text("40%"), Metrics.WORKERS, ValueRules.NONE))
                .isEqualTo(new Parsed.Invalid("written in per cent, but this metric is in count"));
    }
}
