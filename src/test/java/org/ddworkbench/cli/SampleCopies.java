package org.ddworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.ddworkbench.App;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.sample.SampleProject;
import org.ddworkbench.store.TestFolders;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Builds the sample project once (a few seconds) and hands each test its own copy of the closed project folder,
 * so tests that review findings or open actions do not see each other's changes.
 */
final class SampleCopies {
    static final String PASSPHRASE = SampleProject.PASSPHRASE;
    /** The sample's scenario date: checks run as of it so the sample's audits are as old as the story says. */
    static final String AS_OF = "2025-06-30";

    private final Path built;

    private SampleCopies(Path built) {
        this.built = built;
    }

    static SampleCopies build(App app, Path base) throws ProblemException {
        Path project = new SampleProject(app.projects(), app.packReader(), app.imports(), app.checks())
                .ensure(base, ProgressListener.NONE, new CancellationToken());
        return new SampleCopies(project);
    }

    /** A fresh copy of the sample project in {@code target}. */
    Path copy(Path target) throws IOException {
        return TestFolders.copy(built, target);
    }
}
