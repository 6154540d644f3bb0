package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.model.Finding;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddw findings}: the findings of the last check, most severe first. */
@Command(name = "findings", description = {"List the findings of the last `ddw check`, most severe first: id, severity,"
        + " supplier, title and review.", "`ddw finding DIR ID` shows one with its evidence."})
final class FindingsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--supplier", paramLabel = "ID", description = "Only this supplier's findings (ids: `ddw risk DIR`).")
    Long supplierId;

    @Option(names = "--all", description = "Include closed findings.")
    boolean all;

    @Option(names = "--json", description = "Print the findings as JSON.")
    boolean json;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    FindingsCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = dir.toAbsolutePath().normalize();
        try (Project project = passphrases.open(app.projects(), folder, passphraseFile.file)) {
            if (supplierId != null) {
                Suppliers.require(app, project, supplierId, folder);
            }
            List<Finding> findings = app.checks().findings(project, new FindingQuery(supplierId, all));
            if (json) {
                terminal.out().println(new FindingJson(project.pack().pack()).findingList(findings));
            } else if (findings.isEmpty()) {
                terminal.out().println(supplierId == null ? (all ? "No findings yet; run `ddw check` first."
                        : "No open findings.") : "No " + (all ? "" : "open ") + "findings for supplier #" + supplierId + ".");
            } else {
                FindingText.list(terminal.out(), findings, all);
            }
        }
        return 0;
    }
}
