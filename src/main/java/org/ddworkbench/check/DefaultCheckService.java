package org.ddworkbench.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ddworkbench.model.CheckSummary;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.store.CheckFactRepository;
import org.ddworkbench.store.CheckInputRepository;
import org.ddworkbench.store.FindingRepository;
import org.ddworkbench.store.FindingRepository.FindingRef;
import org.ddworkbench.store.Project;
import org.ddworkbench.store.ProjectSettings;
import org.ddworkbench.store.WorkerRecordStore;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;

/** Runs the pack's cross-check rules incrementally over the project store and keeps their findings. */
public final class DefaultCheckService implements CheckService {
    /** The project setting holding the as-of date (ISO) checks measure from. */
    static final String AS_OF_SETTING = "check.as_of";
    /** Most severe first, then by supplier name (project-wide last), then title. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::supplierName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(Finding::title).thenComparingLong(Finding::id);

    private final Clock clock;
    private final FindingRepository findings;
    private final ProjectSettings settings;
    private final CheckRun runner;
    private final ObjectMapper mapper = new ObjectMapper();

    public DefaultCheckService() {
        this(Clock.systemUTC());
    }

    DefaultCheckService(Clock clock) {
        this(clock, new FindingRepository(), new CheckInputRepository(), new ProjectSettings());
    }

    private DefaultCheckService(Clock clock, FindingRepository findings, CheckInputRepository inputs,
            ProjectSettings settings) {
        this.clock = clock;
        this.findings = findings;
        this.settings = settings;
        this.runner = new CheckRun(findings, inputs,
                new FactLoader(new CheckFactRepository(), inputs, new WorkerRecordStore()), clock);
    }

    @Override
    public CheckSummary run(Project project, CheckOptions options, ProgressListener progress,
            CancellationToken cancellation) throws ProblemException {
        try {
            return project.inTransaction(connection -> {
                LocalDate asOf = options.asOf() != null ? options.asOf() : asOf(connection);
                return runner.run(connection, project.pack(), asOf, options.full(), project.activityLog(), progress,
                        cancellation);
            });
        } catch (SQLException e) {
            throw CheckException.store(project, "run the cross-checks", e);
        }
    }

    @Override
    public List<Finding> findings(Project project, FindingQuery query) throws ProblemException {
        try {
            List<Finding> found = project.inTransaction(connection ->
                    findings.list(connection, query.supplierId(), query.includeClosed(), true));
            return found.stream().sorted(ORDER).toList();
        } catch (SQLException e) {
            throw CheckException.store(project, "list the findings", e);
        }
    }

    @Override
    public Optional<Finding> finding(Project project, long findingId) throws ProblemException {
        try {
            return project.inTransaction(connection -> findings.find(connection, findingId));
        } catch (SQLException e) {
            throw CheckException.store(project, "read finding " + findingId, e);
        }
    }

    @Override
    public Finding review(Project project, long findingId, ReviewState state, String reason)
            throws ProblemException {
        if (state == null) {
            throw new CheckException("Choose how to review finding " + findingId + ".");
        }
        String label = state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (state.needsReason() && (reason == null || reason.isBlank())) {
            throw new CheckException("Give a reason for marking finding " + findingId + " as " + label + ".");
        }
        String kept = reason == null || reason.isBlank() ? null : reason;
        try {
            Optional<Finding> reviewed = project.inTransaction(connection -> {
                Optional<FindingRef> ref = findings.ref(connection, findingId);
                if (ref.isEmpty()) {
                    return Optional.<Finding>empty();
                }
                findings.review(connection, findingId, state, kept);
                ObjectNode detail = mapper.createObjectNode().put("findingId", findingId)
                        .put("ruleId", ref.get().ruleId()).put("review", state.name());
                project.activityLog().append(connection, "finding.review",
                        "Reviewed finding " + findingId + " as " + label + ".", detail.toString());
                return findings.find(connection, findingId);
            });
            return reviewed.orElseThrow(() -> new CheckException("There is no finding " + findingId
                    + " in this project; it may have been listed before the project changed."));
        } catch (SQLException e) {
            throw CheckException.store(project, "record the review of finding " + findingId, e);
        }
    }

    @Override
    public LocalDate asOf(Project project) throws ProblemException {
        try {
            return project.inTransaction(this::asOf);
        } catch (SQLException e) {
            throw CheckException.store(project, "read the as-of date", e);
        }
    }

    private LocalDate asOf(Connection connection) throws SQLException {
        Optional<String> setting = settings.get(connection, AS_OF_SETTING);
        if (setting.isPresent()) {
            try {
                return LocalDate.parse(setting.get());
            } catch (DateTimeParseException e) {
                throw new SQLException("The stored as-of date is not a date", e);
            }
        }
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Override
    public void setAsOf(Project project, LocalDate asOf) throws ProblemException {
        try {
            project.inTransaction(connection -> {
                settings.put(connection, AS_OF_SETTING, asOf == null ? null : asOf.toString());
                ObjectNode detail = mapper.createObjectNode();
                if (asOf == null) {
                    detail.putNull("asOf");
                } else {
                    detail.put("asOf", asOf.toString());
                }
                project.activityLog().append(connection, "check.as-of", asOf == null
                        ? "Cleared the as-of date: checks measure from the day they run."
                        : "Set the as-of date checks measure from to " + asOf + ".", detail.toString());
                return null;
            });
        } catch (SQLException e) {
            throw CheckException.store(project, "set the as-of date", e);
        }
    }
}
