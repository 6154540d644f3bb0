package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import org.ddworkbench.cli.CliHarness.Result;
import org.ddworkbench.store.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ddw report} previews protected tables of the sample project and never shows anything but published values. */
class ReportCommandTest {
    private static final String PASSPHRASE = SampleCopies.PASSPHRASE;

    @TempDir
    static Path shared;

    private static CliHarness cli;
    private static String project;

    @BeforeAll
    static void buildSample() throws Exception {
        cli = new CliHarness(shared.resolve("home"));
        // Reports only read, so every test can share one copy.
        project = SampleCopies.build(cli.app, shared.resolve("sample")).copy(shared.resolve("project")).toString();
    }

    @Test
    void suppliersByCountryWithTotalsPublishesLargeCellsAndSuppressesSingleSuppliersWithTheReason() {
        Result result = cli.run(PASSPHRASE, "report", project, "--by", "country", "--measures", "suppliers",
                "--totals");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("Report: pack forced-labour-core 1\\.2\\.0 \\([0-9a-f]{12}\\);"
                + " minimum cell size \\d+, dominance share \\d+%");
        assertThat(result.out()).containsPattern("(?m)^TH\\s+8$");
        assertThat(result.out()).containsPattern("(?m)^Total\\s+12$");
        assertThat(result.out()).containsPattern("(?m)^[A-Z]{2}\\s+x$");
        assertThat(result.out()).contains("  1. x at BD, KH, MM, VN: fewer than 5 suppliers");
    }

    @Test
    void flaggedHighByIndicatorNamesIndicatorsInTheRows() {
        Result result = cli.run(PASSPHRASE, "report", project, "--by", "indicator", "--measures", "flagged:high");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Flagged suppliers (high or more severe) by indicator",
                "Retention of identity documents", "Excessive overtime");
        assertThat(result.out()).containsPattern("(?m)^Isolation\\s+0$")
                .containsPattern("(?m)^  1\\. x at Abuse of vulnerability, .+: fewer than 5 suppliers$");
        assertThat(result.out()).doesNotContain("Total");
    }

    @Test
    void theSummaryPreviewsIndicatorPrevalenceRiskDistributionAndCorrectiveActions() {
        Result result = cli.run(PASSPHRASE, "report", project, "--summary");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Due diligence summary: pack forced-labour-core")
                .contains("Flagged suppliers by country and indicator", "Suppliers by risk band",
                        "Overdue corrective actions by country");
        assertThat(cli.run(PASSPHRASE, "report", project, "--summary", "--by", "country").err())
                .contains("--summary is a report of its own");
    }

    @Test
    void anUnknownDimensionIsWrongUsageNamingTheValueAndTheChoices() {
        Result result = cli.run(PASSPHRASE, "report", project, "--by", "region", "--measures", "suppliers");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'region'", "country, sector, tier, scheme, risk-band, indicator, period");
    }

    @Test
    void anUnknownMeasureIsWrongUsage() {
        Result result = cli.run(PASSPHRASE, "report", project, "--by", "country", "--measures", "wages");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'wages'", "suppliers, flagged, flagged-share, findings");
    }

    @Test
    void aMinimumCellBelowThePackFloorFailsInOneLineNamingTheFloor() {
        Result result = cli.run(PASSPHRASE, "report", project, "--by", "country", "--measures", "suppliers",
                "--min-cell", "1");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("In report \"Report\"").contains("below the metric pack's floor of 3");
    }

    @Test
    void noSupplierNameAppearsInAnyReport() throws Exception {
        Collection<String> names;
        try (Project open = cli.app.projects().open(Path.of(project), PASSPHRASE.toCharArray())) {
            names = Suppliers.names(cli.app, open).values();
        }
        Result result = cli.run(PASSPHRASE, "report", project, "--by", "country,tier", "--measures",
                "suppliers,flagged,findings:high,actions-open", "--totals");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(names).isNotEmpty();
        for (String name : names) {
            assertThat(result.out()).doesNotContain(name);
        }
    }
}
