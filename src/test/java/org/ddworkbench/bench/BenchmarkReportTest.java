package org.ddworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's table and verdict, from made-up measurements. */
class BenchmarkReportTest {
    private static final long MB = 1024 * 1024;

    @Test
    void tableShowsBothFiguresTheirRatioAndTheTarget() {
        FormatRun xlsx = run("XLSX", 200_000, 2_000_000_000L, 5_000_000_000L, null);
        String text = print(new BenchmarkReport(List.of(xlsx), 256 * MB, 2, "17", null));

        assertThat(text).contains("Figure", "This build", "Bare parse", "Ratio", "Target", "-Xmx <= 256m: yes");
        assertThat(text).containsPattern("rows per second +40,000 +100,000 +2\\.50x +import <= 1\\.5x bare parse");
        assertThat(text).containsPattern("total seconds +5\\.0 +2\\.0 +2\\.50x");
        assertThat(text).contains("Target import <= 1.5x bare parse: XLSX missed (2.50x).",
                "200,000-row XLSX import with -Xmx <= 256m: succeeded.");
    }

    @Test
    void aFastEnoughImportMeetsTheTargetAndABigHeapSaysTheMemoryTargetWasNotTested() {
        FormatRun csv = run("CSV", 1_000_000, 4_000_000_000L, 5_000_000_000L, null);
        BenchmarkReport report = new BenchmarkReport(List.of(csv), 4096 * MB, 2, "17", null);
        assertThat(report.targetMet()).isTrue();
        assertThat(report.smallHeap()).isFalse();
        assertThat(print(report)).contains("CSV met (1.25x)", "Memory target not tested", "run with java -Xmx256m");
    }

    @Test
    void aFailedImportIsReportedWithItsReason() {
        FormatRun csv = run("CSV", 1_000_000, 4_000_000_000L, 9_000_000_000L, "out of memory");
        BenchmarkReport report = new BenchmarkReport(List.of(csv), 256 * MB, 2, "17", null);
        assertThat(report.targetMet()).isFalse();
        assertThat(print(report)).contains("CSV import FAILED after 9.0 s: out of memory", "CSV failed",
                "1,000,000-row CSV import with -Xmx <= 256m: FAILED.");
    }

    private static FormatRun run(String format, int rows, long bareNanos, long importNanos, String failure) {
        Phase bare = new Phase(rows, bareNanos, 40 * MB, null);
        Phase imported = failure == null ? new Phase(rows, importNanos, 120 * MB, null)
                : Phase.failed(importNanos, 250 * MB, failure);
        return new FormatRun(format, rows, 12 * MB, 3.0, bare, imported, 0.6, importNanos / 2e9, importNanos / 2e9,
                failure == null ? rows : 0, failure == null ? rows * 17L : 0, 30 * MB);
    }

    private static String print(BenchmarkReport report) {
        StringWriter text = new StringWriter();
        report.print(new PrintWriter(text));
        return text.toString();
    }
}
