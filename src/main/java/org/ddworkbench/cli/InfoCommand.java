package org.ddworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.model.ChainVerification;
import org.ddworkbench.model.ProjectInfo;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ddw info}: what a project says about itself and the state of its activity log. */
@Command(name = "info", description = "Show a project's name, pack, schema version and activity log state.")
final class InfoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    InfoCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = dir.toAbsolutePath().normalize();
        try (Project project = passphrases.open(app.projects(), folder, passphraseFile.file)) {
            ProjectInfo info = project.info();
            int entries;
            ChainVerification chain;
            try {
                entries = project.activityLog().entries().size();
                chain = project.activityLog().verify();
            } catch (SQLException e) {
                throw new CliProblem("Could not read the activity log of " + folder + ".", e);
            }
            PrintWriter out = terminal.out();
            out.printf("Name:            %s%n", info.name());
            out.printf("Folder:          %s%n", project.directory());
            out.printf("Created:         %s%n", info.createdAt());
            out.printf("Pack:            %s %s%n", info.packId(), info.packVersion());
            out.printf("Fingerprint:     %s%n", info.packFingerprint());
            out.printf("Schema version:  %s%n", info.schemaVersion());
            out.printf("Log entries:     %d%n", entries);
            out.printf("Log chain:       %s%n", chain.intact() ? "intact"
                    : "BROKEN at entry " + chain.firstBrokenSeq() + " (" + chain.message() + ")");
        }
        return 0;
    }
}
