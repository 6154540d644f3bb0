package org.ddworkbench.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.model.ChainVerification;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ddw verify}: proves the key and store open, then re-computes the activity log's hash chain. */
@Command(name = "verify", description = {"Open the project (which proves the passphrase, key and store) and verify"
        + " the activity log's hash chain.", "Exit code 0 when intact, 1 with the first broken entry otherwise."})
final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    VerifyCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = dir.toAbsolutePath().normalize();
        try (Project project = passphrases.open(app.projects(), folder, passphraseFile.file)) {
            ChainVerification chain;
            try {
                chain = project.activityLog().verify();
            } catch (SQLException e) {
                throw new CliProblem("Could not read the activity log of " + folder + ".", e);
            }
            if (!chain.intact()) {
                terminal.err().printf("ddw: the activity log of %s is broken at entry %d: %s%n", folder,
                        chain.firstBrokenSeq(), chain.message());
                return ErrorHandler.USER_ERROR;
            }
            terminal.out().printf("OK: store opened and activity log intact (%d entries checked).%n",
                    chain.entriesChecked());
        }
        return 0;
    }
}
