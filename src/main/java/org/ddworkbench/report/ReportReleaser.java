package org.ddworkbench.report;

import java.time.LocalDate;
import java.util.List;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Releases a report as a file: builds its protected tables, adds noise if asked (refusing a release the privacy
 * budget cannot pay for), writes the file atomically, and records the release in the activity log, the privacy
 * ledger and a receipt beside the file.
 */
public interface ReportReleaser {

    /** Releases {@code definition} over {@code project} as of {@code today}; nothing is written if it fails. */
    default Release release(Project project, ReportDefinition definition, ReleaseOptions options, LocalDate today,
            ProgressListener progress, CancellationToken cancellation) throws ProblemException {
        return release(project, definition.name().strip(), List.of(definition), options, today, progress,
                cancellation);
    }

    /**
     * Releases several report definitions as one file called {@code name} (such as a board summary of indicator
     * prevalence, risk distribution and corrective actions); a release with noise splits its ε over all their
     * measures.
     */
    Release release(Project project, String name, List<ReportDefinition> sections, ReleaseOptions options,
            LocalDate today, ProgressListener progress, CancellationToken cancellation) throws ProblemException;
}
