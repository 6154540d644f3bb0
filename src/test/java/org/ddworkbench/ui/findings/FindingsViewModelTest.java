package org.ddworkbench.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.findings.FakeChecks.finding;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.ActionStatus;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.Severity;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.ddworkbench.ui.TestPacks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FindingsViewModelTest {
    private final FakeChecks checks = new FakeChecks();
    private final FindingData data = checks.data();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RecordingFindingDialogs findingDialogs = new RecordingFindingDialogs();
    private final FindingsViewModel model = new FindingsViewModel(data,
            new FindingText(TestPacks.small().pack(), ZoneOffset.UTC), BackgroundRunner.inline(), dialogs,
            findingDialogs);

    @BeforeEach
    void findings() {
        checks.add(finding(1, Severity.CRITICAL, 10L, "Gulf Lantern Seafoods", "TH",
                List.of("retention_of_documents"), FindingStatus.OPEN, ReviewState.UNREVIEWED, 1));
        checks.add(finding(2, Severity.HIGH, 10L, "Gulf Lantern Seafoods", "TH",
                List.of("excessive_overtime"), FindingStatus.OPEN, ReviewState.CONFIRMED, 40));
        checks.add(finding(3, Severity.MEDIUM, 11L, "Irrawaddy Cotton Spinners", "MM",
                List.of("excessive_overtime", "debt_bondage"), FindingStatus.OPEN, ReviewState.UNREVIEWED, 1));
        checks.add(finding(4, Severity.HIGH, 11L, "Irrawaddy Cotton Spinners", "MM",
                List.of("debt_bondage"), FindingStatus.CLOSED, ReviewState.UNREVIEWED, 1));
        model.refresh();
    }

    @Test
    void openFindingsAreShownFirstAndClosedOnesOnlyWhenAsked() {
        assertThat(model.allFindings()).hasSize(4);
        assertThat(ids()).containsExactly(1L, 2L, 3L);

        model.filters().statusProperty().set(model.filters().statuses().get(2));
        assertThat(ids()).containsExactly(1L, 2L, 3L, 4L);

        model.filters().statusProperty().set(model.filters().statuses().get(1));
        assertThat(ids()).containsExactly(4L);
    }

    @Test
    void filtersCombineSeverityIndicatorCountrySupplierAndReview() {
        FindingFilters filters = model.filters();
        assertThat(filters.countries()).extracting(Choice::label)
                .containsExactly("All countries", "MM · Myanmar (Burma)", "TH · Thailand");
        assertThat(filters.suppliers()).extracting(Choice::label)
                .containsExactly("All suppliers", "Gulf Lantern Seafoods", "Irrawaddy Cotton Spinners");

        filters.indicatorProperty().set(choice(filters.indicators(), "excessive_overtime"));
        assertThat(ids()).containsExactly(2L, 3L);

        filters.countryProperty().set(choice(filters.countries(), "MM"));
        assertThat(ids()).containsExactly(3L);

        filters.countryProperty().set(filters.countries().get(0));
        filters.severityProperty().set(choice(filters.severities(), "HIGH"));
        assertThat(ids()).containsExactly(2L);

        filters.reviewProperty().set(choice(filters.reviews(), "UNREVIEWED"));
        assertThat(ids()).isEmpty();

        filters.reset();
        filters.supplierProperty().set(choice(filters.suppliers(), "11"));
        assertThat(ids()).containsExactly(3L);
    }

    @Test
    void runningTheChecksShowsWhatTheRunDidAndRereadsTheFindings() {
        checks.add(finding(5, Severity.LOW, 12L, "Lotus Loom", "TH", List.of(), FindingStatus.OPEN,
                ReviewState.UNREVIEWED, 1));

        model.runChecks();

        assertThat(checks.runs).isEqualTo(1);
        assertThat(model.summaryProperty().get())
                .isEqualTo("Checked as of 2025-07-01: 3 suppliers evaluated, 0 unchanged. 5 new, 0 closed, 5 open.");
        assertThat(model.allFindings()).hasSize(5);
    }

    @Test
    void aFailedRunIsExplainedInADialog() {
        checks.runFailure = new ProblemException("The pack has no cross-check rules.");

        model.runChecks();

        assertThat(dialogs.failures).containsExactly("Could not run the cross-checks: The pack has no cross-check rules.");
    }

    @Test
    void theDetailShowsComparedValuesEvidenceAndHowManyCellsAreNotListed() {
        model.selectedProperty().set(model.findings().get(1));

        FindingDetail detail = model.detailProperty().get();
        assertThat(detail.title()).isEqualTo("Finding 2");
        assertThat(detail.values()).extracting(v -> v.label() + "=" + v.value())
                .containsExactly("Worker survey: weekly hours=72", "Pack threshold=60");
        assertThat(detail.facts()).extracting(FindingDetail.Fact::value)
                .contains("High", "Gulf Lantern Seafoods (TH · Thailand)", "2023-06-30 – 2025-06-30",
                        "Excessive overtime", "Confirmed");
        EvidenceLine cell = detail.evidence().get(0);
        assertThat(cell.reference()).isEqualTo("'Worker survey'!F14");
        assertThat(List.of(cell.file(), cell.sha256(), cell.sheet(), cell.row(), cell.column(), cell.metric(),
                cell.value())).containsExactly("worker-survey.xlsx", "0123456789ab", "Worker survey", "14", "F",
                        "Total weekly working hours", "72");
        assertThat(detail.more()).isEqualTo("39 more cells");
    }

    @Test
    void showEvidenceOpensTheCellsOfTheSelectedFinding() {
        model.selectedProperty().set(model.findings().get(1));
        EvidenceLine cell = model.detailProperty().get().evidence().get(0);

        model.showEvidence(cell);

        EvidenceListing listing = findingDialogs.evidenceShown.get(0);
        assertThat(listing.heading()).isEqualTo("Gulf Lantern Seafoods · Finding 2");
        assertThat(listing.lines()).containsExactly(cell);
        assertThat(listing.selected()).isEqualTo(cell);
        assertThat(listing.note()).isEqualTo("40 cells this finding rests on. The first 1 are listed; 39 more are not.");
    }

    @Test
    void disputingNeedsAReasonAndKeepsIt() {
        model.selectedProperty().set(model.findings().get(0));

        findingDialogs.nextReason = Optional.of("   ");
        model.dispute();
        assertThat(checks.reviews).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("A reason is required to mark a finding as Disputed.");

        findingDialogs.nextReason = Optional.empty();
        model.markFalsePositive();
        assertThat(checks.reviews).isEmpty();

        findingDialogs.nextReason = Optional.of("  The audit was announced, but workers were interviewed off site. ");
        model.dispute();
        assertThat(checks.reviews).containsExactly(
                "1 DISPUTED: The audit was announced, but workers were interviewed off site.");
        assertThat(model.selectedProperty().get().finding().review()).isEqualTo(ReviewState.DISPUTED);
        assertThat(model.selectedProperty().get().review()).isEqualTo("Disputed");
        assertThat(model.messageProperty().get()).startsWith("Marked as Disputed.");
    }

    @Test
    void confirmingNeedsNoReason() {
        model.selectedProperty().set(model.findings().get(2));

        model.confirm();

        assertThat(checks.reviews).containsExactly("3 CONFIRMED");
    }

    @Test
    void anIncompleteCorrectiveActionIsNotSavedAndSaysWhatIsMissing() {
        model.selectedProperty().set(model.findings().get(0));
        findingDialogs.nextAction = Optional.of(new ActionDraft("Return passports to workers", " ", null,
                ActionStatus.OPEN, "", null));

        model.openAction();

        assertThat(findingDialogs.actionsAsked.get(0).dueDate()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(checks.opened).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Name who owns the action. Choose a due date.");

        findingDialogs.nextAction = Optional.of(new ActionDraft("Return passports to workers", "HR manager",
                LocalDate.of(2025, 8, 15), ActionStatus.OPEN, "", LocalDate.of(2025, 10, 1)));
        model.openAction();

        assertThat(checks.actions).singleElement().satisfies(action -> {
            assertThat(action.findingId()).isEqualTo(1L);
            assertThat(action.owner()).isEqualTo("HR manager");
        });
        assertThat(model.messageProperty().get()).startsWith("Corrective action #1 opened, due 2025-08-15.");
    }

    @Test
    void actionFormRulesCoverVerifiedWithoutNotesAndAFollowUpBeforeTheDueDate() {
        assertThat(ActionForm.problems(new ActionDraft("Fix", "HR", LocalDate.of(2025, 8, 1), ActionStatus.VERIFIED,
                " ", LocalDate.of(2025, 7, 1)))).containsExactly(
                        "A verified action needs evidence notes: what showed it was done.",
                        "The follow-up audit date is before the due date.");
        assertThat(ActionForm.problems(ActionForm.blank(FakeChecks.TODAY))).hasSize(2);
    }

    @Test
    void focusingAClosedFindingClearsTheFiltersThatHideIt() {
        model.filters().severityProperty().set(choice(model.filters().severities(), "CRITICAL"));

        model.focus(4);

        assertThat(model.selectedProperty().get().finding().id()).isEqualTo(4L);
        assertThat(model.findings()).contains(model.selectedProperty().get());
    }

    @Test
    void aHeatMapCellNarrowsTheListToOneSupplierAndIndicator() {
        model.narrowTo(11L, "debt_bondage");

        assertThat(ids()).containsExactly(3L);
    }

    @Test
    void aDashboardSeverityBarNarrowsTheListToThatSeverity() {
        model.narrowTo(Severity.HIGH);

        assertThat(model.findings()).isNotEmpty().allMatch(row -> row.finding().severity() == Severity.HIGH);
        assertThat(model.filters().severityProperty().get().key()).isEqualTo("HIGH");
    }

    private List<Long> ids() {
        return model.findings().stream().map(row -> row.finding().id()).toList();
    }

    private static Choice choice(List<Choice> choices, String key) {
        return choices.stream().filter(c -> key.equals(c.key())).findFirst().orElseThrow();
    }
}
