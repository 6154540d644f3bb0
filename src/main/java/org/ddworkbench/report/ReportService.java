package org.ddworkbench.report;

import java.time.LocalDate;
import java.util.List;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.report.privacy.RandomBits;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/** Builds aggregate report tables from a project's data with disclosure control applied, and keeps saved definitions. */
public interface ReportService {

    /**
     * The protected tables of {@code definition} over {@code project} as of {@code today}, without noise; nothing
     * row-level is returned, stored or logged.
     */
    ReportResult preview(Project project, ReportDefinition definition, LocalDate today, ProgressListener progress,
            CancellationToken cancellation) throws ProblemException;

    /**
     * The protected tables with differential-privacy noise of {@code epsilon} drawn from {@code random} (or none
     * when {@code epsilon} is null); refuses measures that cannot carry noise. Spends nothing: the release that
     * writes the result records its ε.
     */
    ReportResult build(Project project, ReportDefinition definition, LocalDate today, Double epsilon,
            RandomBits random, ProgressListener progress, CancellationToken cancellation) throws ProblemException;

    /** The project's saved report definitions, by name. */
    List<ReportDefinition> savedDefinitions(Project project) throws ProblemException;

    /** Saves a definition under its name, replacing one of the same name; checks it against the pack first. */
    void saveDefinition(Project project, ReportDefinition definition) throws ProblemException;

    /** Deletes the saved definition of that name, if there is one. */
    void deleteDefinition(Project project, String name) throws ProblemException;
}
