package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ddworkbench.cli.CliHarness.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench check} with a tiny portfolio: the command runs end to end and prints its table (no timing is asserted). */
class BenchCheckCommandTest {
    @TempDir
    Path temp;

    @Test
    void tinyBenchmarkPrintsTheTableTheRatiosAndCleansUp() throws Exception {
        CliHarness cli = new CliHarness(temp.resolve("home"));
        Path work = Files.createDirectories(temp.resolve("bench"));

        Result result = cli.run(null, "bench", "check", "--suppliers", "30", "--workers-per-supplier", "5", "--dir",
                work.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Check benchmark: 30 suppliers x 5 surveyed workers", "Step", "Seconds",
                "Peak heap (MB)", "plain full scan", "first check", "re-run, nothing changed",
                "first check / plain scan", "first check / re-run", "Targets:").doesNotContain("FAILED");
        assertThat(result.err()).contains("Writing the synthetic worker survey", "Plain full scan of the same tables",
                "First check", "Re-run with nothing changed");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("the working folder is deleted without --keep").isEmpty();
        }
    }

    @Test
    void badSizesAreRefusedAndMissingSubcommandIsWrongUsage() {
        CliHarness cli = new CliHarness(temp.resolve("home"));
        Result none = cli.run(null, "bench", "check", "--suppliers", "0");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("ddw: --suppliers must be 1 or more." + System.lineSeparator());
        Result notANumber = cli.run(null, "bench", "check", "--workers-per-supplier", "many");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.errLines().get(0)).contains("--workers-per-supplier");
        Result missing = cli.run(null, "bench");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines().get(0)).isEqualTo("ddw: Missing command: all, import, check or report.");
    }
}
