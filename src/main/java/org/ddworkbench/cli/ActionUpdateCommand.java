package org.ddworkbench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.ActionStatus;
import org.ddworkbench.model.CorrectiveAction;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ddw action update}: changes the fields given of a corrective action and keeps the others. */
@Command(name = "update", description = {"Change a corrective action: only the fields given change, the others are"
        + " kept. Verified needs evidence notes. Recorded in the activity log.", "`ddw actions DIR` lists the ids."})
final class ActionUpdateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Parameters(index = "1", paramLabel = "ID", description = "The action's id.")
    long id;

    @Option(names = "--status", paramLabel = "STATUS", converter = ChoiceWords.ActionStatuses.class,
            completionCandidates = ChoiceWords.ActionStatuses.class, description = "${COMPLETION-CANDIDATES}.")
    ActionStatus status;

    @Option(names = "--due", paramLabel = "YYYY-MM-DD", converter = DateConverter.class, description = "A new due date.")
    LocalDate due;

    @Option(names = "--owner", paramLabel = "TEXT", description = "A new owner.")
    String owner;

    @Option(names = "--description", paramLabel = "TEXT", description = "A new description.")
    String description;

    @Option(names = "--evidence", paramLabel = "TEXT",
            description = "Evidence notes: what shows the action was taken (documents seen, interviews).")
    String evidence;

    @Option(names = "--follow-up", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The follow-up audit date.")
    LocalDate followUp;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    ActionUpdateCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        if (status == null && due == null && owner == null && description == null && evidence == null
                && followUp == null) {
            throw new ParameterException(spec.commandLine(), "Nothing to change: give at least one of --status, --due,"
                    + " --owner, --description, --evidence, --follow-up.");
        }
        requireNotBlank("--owner", owner);
        requireNotBlank("--description", description);
        Path folder = dir.toAbsolutePath().normalize();
        try (Project project = passphrases.open(app.projects(), folder, passphraseFile.file)) {
            CorrectiveAction current = app.actions().actions(project, null).stream().filter(a -> a.id() == id)
                    .findFirst().orElseThrow(() -> new CliProblem("There is no corrective action #" + id + " in "
                            + folder + "; `ddw actions` lists them."));
            ActionDraft draft = new ActionDraft(
                    description != null ? description.strip() : current.description(),
                    owner != null ? owner.strip() : current.owner(),
                    due != null ? due : current.dueDate(),
                    status != null ? status : current.status(),
                    evidence != null ? evidence.strip() : current.evidenceNotes(),
                    followUp != null ? followUp : current.followUpAuditDate());
            CorrectiveAction updated = app.actions().update(project, id, draft);
            terminal.out().printf("Updated corrective action #%d: %s (%s), due %s%s; it is in the activity log.%n",
                    updated.id(), ChoiceWords.word(updated.status()), updated.status().smetaStatus(), updated.dueDate(),
                    updated.overdue(app.checks().asOf(project)) ? ", OVERDUE" : "");
        }
        return 0;
    }

    private void requireNotBlank(String option, String value) {
        if (value != null && value.isBlank()) {
            throw new ParameterException(spec.commandLine(), option + " must not be blank.");
        }
    }
}
