package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.model.ImportRecord;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ddw undo-import}: removes exactly one import's data, and logs it. */
@Command(name = "undo-import", description = {"Remove exactly the data of one import (and suppliers only it created);"
        + " the undo is recorded in the activity log.", "`ddw imports DIR` lists the ids."})
final class UndoImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Parameters(index = "1", paramLabel = "ID", description = "The import's id.")
    long id;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    UndoImportCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = dir.toAbsolutePath().normalize();
        try (Project project = passphrases.open(app.projects(), folder, passphraseFile.file)) {
            ImportRecord record = app.imports().imports(project).stream().filter(r -> r.id() == id).findFirst()
                    .orElseThrow(() -> new CliProblem("There is no import #" + id + " in " + folder
                            + "; `ddw imports` lists the imports."));
            app.imports().undo(project, id);
            terminal.out().printf("Undid import #%d (%s): its %,d values are removed; the undo is in the activity log.%n",
                    id, record.fileName(), record.valuesStored());
        }
        return 0;
    }
}
