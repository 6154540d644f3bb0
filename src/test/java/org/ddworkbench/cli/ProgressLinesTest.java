package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress on standard error: silent for quick work, then plain lines without terminal control codes. */
class ProgressLinesTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong();
    private final ProgressLines progress = new ProgressLines(new PrintWriter(text), "reading big.xlsx", now::get);

    @Test
    void quickStepsPrintNothing() {
        progress.progress(0.5, "halfway");
        progress.progress(1, "done");
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void aStepThatEndsJustAfterTheQuietSecondPrintsNoLoneHundredPercent() {
        now.set(1_500_000_000L);
        progress.progress(1, "done");
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void longStepsPrintEachTenthOnceAsPlainLines() {
        now.set(2_000_000_000L);
        for (int i = 0; i <= 100; i++) {
            progress.progress(i / 100.0, "row " + i);
        }
        progress.progress(-1, "unknown amount");
        String[] lines = text.toString().split("\\R");
        assertThat(lines).hasSize(11).startsWith("  reading big.xlsx 0%").endsWith("  reading big.xlsx 100%");
        assertThat(text.toString()).doesNotContain("\r", "\u001b");
    }
}
