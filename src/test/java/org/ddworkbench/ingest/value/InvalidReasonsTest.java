package org.ddworkbench.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ingest.value.Metrics.text;

import java.util.List;
import java.util.stream.Stream;
import org.ddworkbench.model.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Problem lists are exported and logged, so a reason must never carry the personal data it was given. */
class InvalidReasonsTest {
    private static final List<String> SENSITIVE = List.of("Somchai Srisuk", "081-555-1234", "MA123456",
            "nok.srisuk92@example.org", "1-2345-67890-12-3", "999 hours per day", "777%", "31/02/2029",
            "Kyaw Zaw Min lives at 17/3 Saphan Pla Road", "x".repeat(2_001) + " Somchai");
    private static final List<Metric> METRICS = List.of(Metrics.WEEKLY_HOURS, Metrics.WORKERS, Metrics.MIGRANT_SHARE,
            Metrics.WAGE_THB, Metrics.BALANCE, Metrics.YES_NO, Metrics.AUDIT_DATE, Metrics.AUDIT_TYPE, Metrics.COMMENT);

    static Stream<Arguments> cases() {
        return METRICS.stream().flatMap(m -> SENSITIVE.stream().map(v -> Arguments.of(m.id(), m, v)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void invalidReasonsNeverContainTheValue(String metricId, Metric metric, String value) {
        Parsed parsed = new DefaultValueParser().parse(text(value), metric, ValueRules.NONE);
        if (parsed instanceof Parsed.Invalid invalid) {
            assertThat(invalid.reason()).doesNotContain(value).doesNotContain("Somchai").doesNotContain("555")
                    .doesNotContain("123456").doesNotContain("example").doesNotContain("999").doesNotContain("777");
        } else {
            assertThat(metric).as("only free text may accept these values").isEqualTo(Metrics.COMMENT);
        }
    }
}
