package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.store.BackupFile;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddw backup}: writes one encrypted backup file of a project. */
@Command(name = "backup", description = {"Write one backup file of the project (still encrypted: it opens with the"
        + " passphrase the project has now). Keep it on another disk.", "Restore it with: ddw restore FILE --to DIR"})
final class BackupCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The backup file to write, for example project.ddwbackup (replaced if it exists).")
    Path out;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    BackupCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        try (Project project = passphrases.open(app.projects(), dir, passphraseFile.file)) {
            BackupFile backup = project.backup(out);
            terminal.out().printf("Backup written: %s (%d bytes, SHA-256 %s)%n", backup.file(), backup.bytes(),
                    backup.sha256());
        }
        return 0;
    }
}
