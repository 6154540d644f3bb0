package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ddworkbench.cli.CliHarness.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench import} with tiny sizes: the command runs end to end and prints its table (no timing is asserted). */
class BenchImportCommandTest {
    @TempDir
    Path temp;

    @Test
    void tinyBenchmarkImportsBothFormatsPrintsTheTableAndCleansUp() throws Exception {
        CliHarness cli = new CliHarness(temp.resolve("home"));
        Path work = Files.createDirectories(temp.resolve("bench"));

        Result result = cli.run(null, "bench", "import", "--rows-xlsx", "500", "--rows-csv", "2000", "--dir",
                work.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Figure", "This build", "Bare parse", "Ratio", "Target",
                "XLSX, 500 rows x 20 columns", "CSV, 2,000 rows x 20 columns", "rows per second", "total seconds",
                "peak heap used (MB)", "Target import <= 1.5x bare parse:")
                .doesNotContain("FAILED");
        assertThat(result.out()).contains("500 rows and", "2,000 rows and");
        assertThat(result.err()).contains("Bare parse of the XLSX file", "Importing the CSV file");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("the working folder is deleted without --keep").isEmpty();
        }
    }

    @Test
    void keepLeavesTheGeneratedFilesAndProjects() throws Exception {
        CliHarness cli = new CliHarness(temp.resolve("home"));
        Path work = Files.createDirectories(temp.resolve("bench"));

        Result result = cli.run(null, "bench", "import", "--rows-xlsx", "0", "--rows-csv", "200", "--dir",
                work.toString(), "--keep");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("XLSX,").contains("Generated files and projects kept in");
        try (Stream<Path> left = Files.list(work)) {
            Path kept = left.findFirst().orElseThrow();
            assertThat(kept.resolve("worker-survey.csv")).isRegularFile();
            assertThat(kept.resolve("project-csv")).isDirectory();
        }
    }

    @Test
    void negativeRowCountsAreRefused() {
        Result result = new CliHarness(temp.resolve("home")).run(null, "bench", "import", "--rows-csv", "-1");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("ddw: Row counts must be 0 or more." + System.lineSeparator());
    }
}
