package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.model.PrivacyRelease;
import org.ddworkbench.report.BudgetStatement;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ddw budget}: the project's privacy budget and the ledger of releases that spent it. */
@Command(name = "budget", description = "Show the project's differential-privacy budget (from its metric pack): the"
        + " total, what is spent and left, and every release in the ledger with its epsilon and output file hash.")
final class BudgetCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    BudgetCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        BudgetStatement statement;
        String pack;
        try (Project project = passphrases.open(app.projects(), dir.toAbsolutePath().normalize(), passphraseFile.file)) {
            statement = app.privacyLedger().statement(project);
            pack = project.pack().pack().id() + " " + project.pack().pack().version();
        }
        PrintWriter out = terminal.out();
        out.printf(Locale.ROOT, "Privacy budget: epsilon %s (from pack %s); spent %s, left %s%n",
                number(statement.budget().total()), pack, number(statement.budget().spent()),
                number(statement.budget().remaining()));
        if (statement.releases().isEmpty()) {
            out.println("No differentially private releases yet.");
            return 0;
        }
        out.printf("%5s  %-16s  %8s  %-30s  %-12s  %s%n", "ID", "Released", "Epsilon", "Report", "Output", "Covered");
        for (PrivacyRelease release : statement.releases()) {
            out.printf(Locale.ROOT, "%5d  %-16s  %8s  %-30s  %-12s  %s%n", release.id(),
                    WHEN.format(release.releasedAt().atZone(ZoneId.systemDefault())), number(release.epsilon()),
                    release.reportName(), shortHash(release.outputSha256()), release.covered());
        }
        return 0;
    }

    private static String shortHash(String sha256) {
        return sha256.length() > 12 ? sha256.substring(0, 12) : sha256;
    }

    private static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
