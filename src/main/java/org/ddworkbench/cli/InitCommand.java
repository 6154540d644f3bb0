package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.pack.LoadedPack;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddw init}: creates an encrypted project with a metric pack. */
@Command(name = "init", description = "Create a new encrypted project in DIR (which must be missing or empty).")
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--pack", paramLabel = "FILE", description = "The metric pack to use (default: the bundled pack).")
    Path packFile;

    @Option(names = "--name", paramLabel = "NAME", description = "The project's name (default: the folder's name).")
    String name;

    @Option(names = "--recovery-code", description = "Also make a recovery code and print it once.")
    boolean recoveryCode;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    InitCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = dir.toAbsolutePath().normalize();
        LoadedPack pack = packFile == null ? app.packReader().bundled() : app.packReader().read(packFile);
        String projectName = name != null && !name.isBlank() ? name.strip()
                : folder.getFileName() != null ? folder.getFileName().toString() : "Project";
        char[] passphrase = passphrases.forNewProject(passphraseFile.file);
        try (Project project = app.projects().create(folder, projectName, passphrase, pack)) {
            terminal.out().printf("Created project \"%s\" in %s%n", project.info().name(), project.directory());
            terminal.out().printf("Pack: %s %s (fingerprint %s)%n", pack.pack().id(), pack.pack().version(),
                    pack.shortFingerprint());
            if (recoveryCode) {
                RecoveryCodeCommand.show(terminal, project.addRecoveryCode(passphrase));
            }
        } finally {
            PassphraseSource.wipe(passphrase);
        }
        return 0;
    }
}
