package org.ddworkbench.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void namesAreShortValidAndUniqueIgnoringCase() {
        SheetNames names = new SheetNames();
        String wanted = "Share flagged [high]: country/indicator * period?";

        String first = names.claim(wanted);
        String second = names.claim(wanted);
        String third = names.claim(wanted.toUpperCase());

        assertThat(first).hasSizeLessThanOrEqualTo(31).isNotEqualTo(second)
                .satisfies(name -> assertThat(name).doesNotContain("[", "]", ":", "*", "?", "/", "\\"));
        assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)");
        assertThat(third).hasSizeLessThanOrEqualTo(31).endsWith(" (3)");
    }

    @Test
    void anEmptyOrReservedNameStillGetsAUsableOne() {
        SheetNames names = new SheetNames();

        assertThat(names.claim("")).isEqualTo("Table");
        assertThat(names.claim("History")).isEqualTo("History (2)");
    }
}
