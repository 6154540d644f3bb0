package org.ddworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddworkbench.App;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ddw review}: records what a user concluded about a finding, with the reason a dispute needs. */
@Command(name = "review", description = {"Mark a finding as confirmed, disputed or a false positive (or back to"
        + " unreviewed). Disputed and false-positive need --reason. The review is recorded in the activity log and"
        + " kept when later checks find the same condition."})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder.")
    Path dir;

    @Parameters(index = "1", paramLabel = "ID", description = "The finding's id.")
    long id;

    @Option(names = "--state", required = true, paramLabel = "STATE", converter = ChoiceWords.ReviewStates.class,
            completionCandidates = ChoiceWords.ReviewStates.class, description = "${COMPLETION-CANDIDATES}.")
    ReviewState state;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why; required for disputed and false-positive.")
    String reason;

    @Mixin
    PassphraseFileOption passphraseFile;

    private final App app;
    private final Terminal terminal;
    private final PassphraseSource passphrases;

    ReviewCommand(App app, Terminal terminal, PassphraseSource passphrases) {
        this.app = app;
        this.terminal = terminal;
        this.passphrases = passphrases;
    }

    @Override
    public Integer call() throws Exception {
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (state.needsReason() && given == null) {
            throw new ParameterException(spec.commandLine(), "--reason is required when --state is "
                    + ChoiceWords.word(state) + ": say why.");
        }
        Path folder = dir.toAbsolutePath().normalize();
        try (Project project = passphrases.open(app.projects(), folder, passphraseFile.file)) {
            app.checks().finding(project, id).orElseThrow(() -> FindingCommand.noFinding(id, folder));
            Finding reviewed = app.checks().review(project, id, state, given);
            terminal.out().printf("Finding #%d (%s) is now %s; the review is in the activity log.%n", reviewed.id(),
                    FindingText.oneLine(reviewed.title()), ChoiceWords.word(reviewed.review()));
        }
        return 0;
    }
}
