package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddw restore}: unpacks a backup file into a new project folder and checks it. */
@Command(name = "restore", description = {"Restore a backup file into a new or empty folder, then check that it"
        + " opens and that its activity log is intact.",
    "The passphrase is the one the project had when the backup was made."})
final class RestoreCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The backup file (.ddwbackup).")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "The new project folder (missing or empty).")
    Path to;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    RestoreCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        char[] passphrase = passphrases.existing(passphraseFile.file);
        try (Project project = app.projects().restore(file, to, passphrase)) {
            terminal.out().printf("Restored project \"%s\" to %s; the activity log is intact.%n",
                    project.info().name(), project.directory());
        } finally {
            PassphraseSource.wipe(passphrase);
        }
        return 0;
    }
}
