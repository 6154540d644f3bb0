package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ddw recovery-code}: makes a new recovery code for a project and prints it once. */
@Command(name = "recovery-code", description = {"Make a new recovery code for the project and print it once; an"
        + " earlier code stops working.", "With it, ddw recover sets a new passphrase when the old one is forgotten."})
final class RecoveryCodeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    RecoveryCodeCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        char[] passphrase = passphrases.existing(passphraseFile.file);
        try {
            show(terminal, app.projects().addRecoveryCode(dir.toAbsolutePath().normalize(), passphrase));
        } finally {
            PassphraseSource.wipe(passphrase);
        }
        return 0;
    }

    /** Prints the code with the advice to keep it offline; it is shown this once and stored nowhere. */
    static void show(Terminal terminal, String code) {
        terminal.out().printf("Recovery code: %s%n", code);
        terminal.out().println("Write it down or print it now and keep it offline, apart from the laptop. It is shown"
                + " only this once; anyone holding it and the project files can open the project.");
    }
}
