package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.model.Finding;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ddw finding}: one finding in full, with every evidence cell down to file, sheet, row and column. */
@Command(name = "finding", description = {"Show one finding in full: rule, supplier, period, indicators, the values"
        + " compared, and every evidence cell ('Sheet'!F14, file, value).", "`ddw findings DIR` lists the ids."})
final class FindingCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Parameters(index = "1", paramLabel = "ID", description = "The finding's id.")
    long id;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    FindingCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = dir.toAbsolutePath().normalize();
        try (Project project = passphrases.open(app.projects(), folder, passphraseFile.file)) {
            Finding finding = app.checks().finding(project, id).orElseThrow(() -> noFinding(id, folder));
            FindingText.detail(terminal.out(), project.pack().pack(), finding);
        }
        return 0;
    }

    static CliProblem noFinding(long id, Path folder) {
        return new CliProblem("There is no finding #" + id + " in " + folder + "; `ddw findings --all` lists them.");
    }
}
