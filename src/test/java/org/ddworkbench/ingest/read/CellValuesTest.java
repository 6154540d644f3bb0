package org.ddworkbench.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellValuesTest {

    @Test
    void numbersArePlainDecimalsWithoutFloatNoise() {
        assertThat(CellValues.number(42)).isEqualTo("42");
        assertThat(CellValues.number(-0.0)).isEqualTo("0");
        assertThat(CellValues.number(1234.5)).isEqualTo("1234.5");
        assertThat(CellValues.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(CellValues.number(1.0 / 3)).isEqualTo("0.333333333333333");
        assertThat(CellValues.number(1e20)).isEqualTo("100000000000000000000");
        assertThat(CellValues.number(-2.5e-9)).isEqualTo("-0.0000000025");
        assertThat(CellValues.number(123456789012345.0)).isEqualTo("123456789012345");
    }

    @Test
    void dateFormatsShowTimeOnlyWithHoursSecondsOrAmPm() {
        assertThat(CellValues.kindOfFormat(14, "m/d/yy")).isEqualTo(CellKind.DATE);
        assertThat(CellValues.kindOfFormat(164, "d mmm yyyy")).isEqualTo(CellKind.DATE);
        assertThat(CellValues.kindOfFormat(165, "yyyy-mm-dd hh:mm")).isEqualTo(CellKind.DATETIME);
        assertThat(CellValues.kindOfFormat(166, "[$-409]m/d/yy h:mm AM/PM;@")).isEqualTo(CellKind.DATETIME);
        assertThat(CellValues.kindOfFormat(167, "dd\"h\"mm")).isEqualTo(CellKind.DATE);
        assertThat(CellValues.kindOfFormat(0, "General")).isEqualTo(CellKind.NUMBER);
        assertThat(CellValues.kindOfFormat(168, "0.00%")).isEqualTo(CellKind.NUMBER);
    }

    @Test
    void cleaningStripsNoBreakSpacesToo() {
        assertThat(CellValues.clean("\u00a0 Acme\u00a0Ltd \t")).isEqualTo("Acme\u00a0Ltd");
        assertThat(CellValues.clean(" \u00a0 ")).isEmpty();
    }

    @Test
    void delimiterIsTheMostConsistentOneOutsideQuotes() {
        assertThat(CsvDialect.delimiter("a;b;c\n1;\"2,5\";3\n4;5,5;6\n")).isEqualTo(';');
        assertThat(CsvDialect.delimiter("a,b\n1,2\n")).isEqualTo(',');
        assertThat(CsvDialect.delimiter("a\tb\tc\n1\t2\t3\n")).isEqualTo('\t');
        assertThat(CsvDialect.delimiter("single column\nvalue\n")).isEqualTo(',');
    }
}
