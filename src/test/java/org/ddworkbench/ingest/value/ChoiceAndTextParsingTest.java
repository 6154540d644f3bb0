package org.ddworkbench.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ingest.value.Metrics.text;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceAndTextParsingTest {
    private final DefaultValueParser parser = new DefaultValueParser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"semi-announced", "Semi-Announced", " semi announced ", "SEMI_ANNOUNCED", "semiannounced",
        "Sémi-announced"})
    void choicesMatchIgnoringCaseSpacesHyphensAndAccents(String written) {
        assertThat(parser.parse(text(written), Metrics.AUDIT_TYPE, ValueRules.NONE))
                .isEqualTo(new Parsed.Ok("semi-announced"));
    }

    @Test
    void translationsApplyBeforeChoicesAreMatched() {
        ValueRules rules = new ValueRules(Map.of("surprise visit", "unannounced"), 1.0);
        assertThat(parser.parse(text("Surprise visit"), Metrics.AUDIT_TYPE, rules)).isEqualTo(new Parsed.Ok("unannounced"));
    }

    @Test
    void anUnknownChoiceListsTheAllowedValues() {
        assertThat(parser.parse(text("partly"), Metrics.AUDIT_TYPE, ValueRules.NONE))
                .isEqualTo(new Parsed.Invalid("not one of the allowed values: announced, semi-announced, unannounced"));
    }

    @Test
    void textIsKeptTrimmed() {
        assertThat(parser.parse(text("  Asked for more fans.  "), Metrics.COMMENT, ValueRules.NONE))
                .isEqualTo(new Parsed.Ok("Asked for more fans."));
    }

    @Test
    void textUpToTwoThousandCharactersIsAcceptedAndLongerIsRefused() {
        assertThat(parser.parse(text("a".repeat(2_000)), Metrics.COMMENT, ValueRules.NONE)).isInstanceOf(Parsed.Ok.class);
        assertThat(parser.parse(text("a".repeat(2_001)), Metrics.COMMENT, ValueRules.NONE))
                .isEqualTo(new Parsed.Invalid("longer than the 2,000 characters allowed"));
    }

    @Test
    void thaiTextIsCountedInCharactersNotBytes() {
        assertThat(parser.parse(text("ก".repeat(2_000)), Metrics.COMMENT, ValueRules.NONE)).isInstanceOf(Parsed.Ok.class);
    }
}
