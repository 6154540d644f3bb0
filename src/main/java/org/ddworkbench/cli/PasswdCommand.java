package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddw passwd}: re-wraps the project's key under a new passphrase. */
@Command(name = "passwd", description = {"Change a project's passphrase (instant: the store is not re-encrypted).",
    "Current passphrase: DDW_PASSPHRASE, --passphrase-file or prompt; new one: DDW_NEW_PASSPHRASE,"
            + " --new-passphrase-file or prompt (asked twice)."})
final class PasswdCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Mixin
    PassphraseFileOption passphraseFile;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE",
            description = "Read the new passphrase from the first line of FILE (instead of DDW_NEW_PASSPHRASE or a prompt).")
    Path newPassphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    PasswdCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = dir.toAbsolutePath().normalize();
        char[] current = passphrases.current(passphraseFile.file);
        // Opening first refuses a wrong current passphrase before the user is asked for a new one.
        try (Project project = app.projects().open(folder, current)) {
            char[] next = passphrases.replacement(newPassphraseFile);
            try {
                project.changePassphrase(current, next);
            } finally {
                PassphraseSource.wipe(next);
            }
            terminal.out().printf("Passphrase changed for %s%n", project.directory());
        } finally {
            PassphraseSource.wipe(current);
        }
        return 0;
    }
}
