package org.ddworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.ddworkbench.cli.CliHarness.Result;
import org.ddworkbench.store.PrivacyLedgerRepository;
import org.ddworkbench.store.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ddw budget} shows the pack's budget and the append-only ledger of releases that spent it. */
class BudgetCommandTest {
    private static final String PASSPHRASE = "correct horse battery";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @TempDir
    Path temp;
    private CliHarness cli;
    private Path project;

    @BeforeEach
    void createProject() {
        cli = new CliHarness(temp.resolve("home"));
        project = temp.resolve("project");
        Result init = cli.run(PASSPHRASE, "init", project.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
    }

    @Test
    void aNewProjectHasThePacksWholeBudgetLeft() {
        Result result = cli.run(PASSPHRASE, "budget", project.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Privacy budget: epsilon 5 (from pack forced-labour-core 1.2.0); spent 0,"
                + " left 5", "No differentially private releases yet.");
    }

    @Test
    void releasesAddUpAndAreListedOldestFirst() throws Exception {
        append(1.0, "Indicators by country", "country x indicator, 2025");
        append(0.25, "Weekly hours", "country, mean total weekly hours");

        Result result = cli.run(PASSPHRASE, "budget", project.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("spent 1.25, left 3.75", "Indicators by country", "country x indicator, 2025",
                "9f86d081884c");
        assertThat(result.out().indexOf("Indicators by country")).isLessThan(result.out().indexOf("Weekly hours"));
    }

    @Test
    void theLedgerCannotBeEditedToGiveBudgetBack() throws Exception {
        append(2.0, "Indicators by country", "country x indicator");

        try (Project open = cli.app.projects().open(project, PASSPHRASE.toCharArray())) {
            assertThatThrownBy(() -> open.inTransaction(c -> c.createStatement()
                    .executeUpdate("UPDATE privacy_release SET epsilon = 0.1")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("privacy-budget ledger is append-only");
            assertThatThrownBy(() -> open.inTransaction(c -> c.createStatement()
                    .executeUpdate("DELETE FROM privacy_release")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(cli.run(PASSPHRASE, "budget", project.toString()).out()).contains("spent 2, left 3");
    }

    @Test
    void aWrongPassphraseIsOneLine() {
        Result result = cli.run("not the passphrase", "budget", project.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(1);
    }

    private void append(double epsilon, String report, String covered) throws Exception {
        try (Project open = cli.app.projects().open(project, PASSPHRASE.toCharArray())) {
            open.inTransaction(c -> new PrivacyLedgerRepository().append(c, Instant.parse("2025-07-01T09:00:00Z"),
                    epsilon, report, covered, SHA));
        }
    }
}
