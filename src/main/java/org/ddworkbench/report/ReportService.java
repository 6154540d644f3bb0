package org.ddworkbench.report;

import java.time.LocalDate;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/** Builds aggregate report tables from a project's data with disclosure control applied. */
public interface ReportService {

    /**
     * The protected tables of {@code definition} over {@code project} as of {@code today}; nothing row-level is
     * returned, stored or logged.
     */
    ReportResult preview(Project project, ReportDefinition definition, LocalDate today, ProgressListener progress,
            CancellationToken cancellation) throws ProblemException;
}
