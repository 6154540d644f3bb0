package org.ddworkbench.sample;

import java.nio.file.Path;
import org.ddworkbench.pack.PackReader;
import org.ddworkbench.store.ProjectException;
import org.ddworkbench.store.ProjectService;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/** Placeholder until the sample project lands. */
public final class SampleProject {
    /** The documented passphrase of the sample project; fictional data only. */
    public static final String PASSPHRASE = "sample-project-demo";

    private final ProjectService projects;
    private final PackReader packReader;

    public SampleProject(ProjectService projects, PackReader packReader) {
        this.projects = projects;
        this.packReader = packReader;
    }

    /**
     * Makes sure {@code baseDir} holds the generated sample input files ({@code baseDir/inputs}) and a
     * project built from them ({@code baseDir/project}), creating what is missing; returns the project folder.
     */
    public Path ensure(Path baseDir, ProgressListener progress, CancellationToken cancellation)
            throws ProjectException {
        throw new UnsupportedOperationException("not yet " + projects + packReader + baseDir + progress + cancellation);
    }
}
