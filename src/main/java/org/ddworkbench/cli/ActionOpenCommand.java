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

/** {@code ddw action open}: opens a corrective action on a finding. */
@Command(name = "open", description = "Open a corrective action on a finding: what is to be done, by whom, by when;"
        + " recorded in the activity log.")
final class ActionOpenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Option(names = "--finding", required = true, paramLabel = "ID", description = "The finding the action answers.")
    long findingId;

    @Option(names = "--description", required = true, paramLabel = "TEXT", description = "What is to be done.")
    String description;

    @Option(names = "--owner", required = true, paramLabel = "TEXT", description = "Who is responsible.")
    String owner;

    @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "When it is due; past it, an action not closed is overdue.")
    LocalDate due;

    @Option(names = "--follow-up", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "When a follow-up audit will verify it.")
    LocalDate followUp;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    ActionOpenCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        requireText("--description", description);
        requireText("--owner", owner);
        Path folder = dir.toAbsolutePath().normalize();
        try (Project project = passphrases.open(app.projects(), folder, passphraseFile.file)) {
            app.checks().finding(project, findingId)
                    .orElseThrow(() -> new CliProblem("--finding: there is no finding #" + findingId + " in " + folder
                            + "; `ddw findings` lists them."));
            CorrectiveAction action = app.actions().open(project, findingId, new ActionDraft(description.strip(),
                    owner.strip(), due, ActionStatus.OPEN, "", followUp));
            terminal.out().printf("Opened corrective action #%d on finding #%d, due %s (%s); it is in the activity log.%n",
                    action.id(), action.findingId(), action.dueDate(), action.status().smetaStatus());
        }
        return 0;
    }

    private void requireText(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new ParameterException(spec.commandLine(), option + " must not be blank.");
        }
    }
}
