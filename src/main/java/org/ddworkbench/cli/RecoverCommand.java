package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddw recover}: sets a new passphrase with the project's recovery code. */
@Command(name = "recover", description = {"Set a new passphrase using the project's recovery code (the code keeps"
        + " working).", "Code: DDW_RECOVERY_CODE, --recovery-code-file or prompt; new passphrase: DDW_NEW_PASSPHRASE,"
                + " --new-passphrase-file or prompt (asked twice)."})
final class RecoverCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--recovery-code-file", paramLabel = "FILE",
            description = "Read the recovery code from the first line of FILE (instead of DDW_RECOVERY_CODE or a prompt).")
    Path recoveryCodeFile;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE",
            description = "Read the new passphrase from the first line of FILE (instead of DDW_NEW_PASSPHRASE or a prompt).")
    Path newPassphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    RecoverCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = dir.toAbsolutePath().normalize();
        char[] code = passphrases.recoveryCode(recoveryCodeFile);
        char[] next = null;
        try {
            next = passphrases.replacement(newPassphraseFile);
            app.projects().recover(folder, code, next);
            terminal.out().printf("New passphrase set for %s; the recovery code still works.%n", folder);
        } finally {
            PassphraseSource.wipe(code);
            PassphraseSource.wipe(next);
        }
        return 0;
    }
}
