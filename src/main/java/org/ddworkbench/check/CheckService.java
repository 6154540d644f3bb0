package org.ddworkbench.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ddworkbench.model.CheckSummary;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/**
 * Runs the pack's cross-check rules over a project's data and keeps their findings: deterministic and
 * incremental (only suppliers whose inputs changed are evaluated again; unchanged findings keep their id and
 * review; findings whose condition is gone are closed with the reason). Every run and review is logged.
 */
public interface CheckService {

    /**
     * Runs every rule as of {@code options.asOf()} (or the project's as-of date, or today) in one transaction
     * with its activity-log entry: the stored findings change all together or not at all.
     */
    CheckSummary run(Project project, CheckOptions options, ProgressListener progress, CancellationToken cancellation)
            throws ProblemException;

    /** Findings, most severe first, then by supplier name and title; closed ones only when asked. */
    List<Finding> findings(Project project, FindingQuery query) throws ProblemException;

    Optional<Finding> finding(Project project, long findingId) throws ProblemException;

    /**
     * Records a user's review of a finding; {@code reason} is required (not blank) for disputed and
     * false-positive reviews and kept as given; logged with the finding's id and rule, never its values.
     */
    Finding review(Project project, long findingId, ReviewState state, String reason) throws ProblemException;

    /** The date checks measure from when a run names none: the project's setting, or today. */
    LocalDate asOf(Project project) throws ProblemException;

    /**
     * Sets (or with null, clears) the project's as-of date, for projects assessed at a fixed date such as the
     * sample's scenario; logged.
     */
    void setAsOf(Project project, LocalDate asOf) throws ProblemException;

    /**
     * Options of one run.
     *
     * @param asOf the date staleness and the assessment period are measured from, or null for {@link #asOf}
     * @param full evaluate every supplier even when its inputs did not change
     */
    record CheckOptions(LocalDate asOf, boolean full) {
        public static final CheckOptions DEFAULTS = new CheckOptions(null, false);
    }

    /**
     * Which findings to list.
     *
     * @param supplierId one supplier's findings only, or null for all
     * @param includeClosed closed findings too
     */
    record FindingQuery(Long supplierId, boolean includeClosed) {
        public static final FindingQuery OPEN = new FindingQuery(null, false);
        public static final FindingQuery ALL = new FindingQuery(null, true);
    }
}
