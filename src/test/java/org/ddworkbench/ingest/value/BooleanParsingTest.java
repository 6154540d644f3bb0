package org.ddworkbench.ingest.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ingest.value.Metrics.cell;
import static org.ddworkbench.ingest.value.Metrics.text;

import java.util.Map;
import org.ddworkbench.ingest.read.CellKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanParsingTest {
    private final DefaultValueParser parser = new DefaultValueParser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Yes", "YES", " yes ", "y", "Y", "true", "1", "x", "X", "✓", "Oui", "oui", "vrai",
        "ใช่", "มี", "ได้", "ใช่ค่ะ", "ဟုတ်ကဲ့", "បាទ", "ចាស", "ແມ່ນ", "có", "Có", "ya", "হ্যাঁ", "Yes."})
    void yesInEachLanguageIsTrue(String written) {
        assertThat(parser.parseBoolean(text(written), ValueRules.NONE)).isEqualTo(new Parsed.Ok(true));
        assertThat(parser.parse(text(written), Metrics.YES_NO, ValueRules.NONE)).isEqualTo(new Parsed.Ok(true));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"No", "NO", "n", "N", "false", "0", "Non", "faux", "ไม่", "ไม่ใช่", "ไม่มี", "ไม่ได้",
        "မဟုတ်ဘူး", "ទេ", "ບໍ່", "không", "khong", "tidak", "না"})
    void noInEachLanguageIsFalse(String written) {
        assertThat(parser.parseBoolean(text(written), ValueRules.NONE)).isEqualTo(new Parsed.Ok(false));
    }

    @Test
    void booleanAndNumberCellsAreRead() {
        assertThat(parser.parseBoolean(cell(CellKind.BOOLEAN, "true"), ValueRules.NONE)).isEqualTo(new Parsed.Ok(true));
        assertThat(parser.parseBoolean(cell(CellKind.BOOLEAN, "false"), ValueRules.NONE)).isEqualTo(new Parsed.Ok(false));
        assertThat(parser.parseBoolean(cell(CellKind.NUMBER, "1"), ValueRules.NONE)).isEqualTo(new Parsed.Ok(true));
        assertThat(parser.parseBoolean(cell(CellKind.NUMBER, "0.0"), ValueRules.NONE)).isEqualTo(new Parsed.Ok(false));
    }

    @Test
    void translationsApplyFirstToTheTrimmedLowerCaseText() {
        ValueRules rules = new ValueRules(Map.of("sometimes", "no", "1", "no"), 1.0);
        assertThat(parser.parseBoolean(text(" Sometimes "), rules)).isEqualTo(new Parsed.Ok(false));
        assertThat(parser.parseBoolean(cell(CellKind.NUMBER, "1"), rules)).isEqualTo(new Parsed.Ok(false));
        assertThat(parser.parse(text("SOMETIMES"), Metrics.YES_NO, rules)).isEqualTo(new Parsed.Ok(false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"maybe", "2", "yes and no", "N/A"})
    void otherAnswersAreRefused(String written) {
        assertThat(parser.parseBoolean(text(written), ValueRules.NONE))
                .isEqualTo(new Parsed.Invalid("not a yes or no answer in a language the workbench knows"));
    }

    @Test
    void dateCellsAreNotYesOrNo() {
        assertThat(parser.parseBoolean(cell(CellKind.DATE, "2024-03-12"), ValueRules.NONE))
                .isInstanceOf(Parsed.Invalid.class);
    }
}
