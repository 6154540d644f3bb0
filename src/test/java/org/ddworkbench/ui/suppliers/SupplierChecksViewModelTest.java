package org.ddworkbench.ui.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddworkbench.ui.findings.FakeChecks.finding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.ActionStatus;
import org.ddworkbench.model.CorrectiveAction;
import org.ddworkbench.model.FindingStatus;
import org.ddworkbench.model.ReviewState;
import org.ddworkbench.model.RiskBand;
import org.ddworkbench.model.RiskFactor;
import org.ddworkbench.model.RiskTerm;
import org.ddworkbench.model.Severity;
import org.ddworkbench.model.SupplierRisk;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.ddworkbench.ui.TestPacks;
import org.ddworkbench.ui.findings.FakeChecks;
import org.ddworkbench.ui.findings.FindingText;
import org.ddworkbench.ui.findings.RecordingFindingDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SupplierChecksViewModelTest {
    private final FakeChecks checks = new FakeChecks();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RecordingFindingDialogs findingDialogs = new RecordingFindingDialogs();
    private final List<Long> openedFindings = new ArrayList<>();
    private final SupplierChecksViewModel model = new SupplierChecksViewModel(checks.data(),
            new FindingText(TestPacks.small().pack(), ZoneOffset.UTC), BackgroundRunner.inline(), dialogs,
            findingDialogs);

    @BeforeEach
    void supplier() {
        checks.add(finding(1, Severity.CRITICAL, 10L, "Gulf Lantern", "TH", List.of("retention_of_documents"),
                FindingStatus.OPEN, ReviewState.UNREVIEWED, 1));
        checks.add(finding(2, Severity.HIGH, 11L, "Lotus Loom", "TH", List.of("excessive_overtime"),
                FindingStatus.OPEN, ReviewState.UNREVIEWED, 1));
        checks.risks.put(10L, new SupplierRisk(10, "Gulf Lantern", "TH", "Seafood", 13.5,
                new RiskBand("high", "High", 25.0), 2.0 / 3, List.of(
                new RiskTerm(RiskFactor.FINDING, "Finding: Finding 1 (critical × retention of identity documents)",
                        10, 1.0, 10, 1L),
                new RiskTerm(RiskFactor.COUNTRY, "Country TH", 0.5, 5, 2.5, null),
                new RiskTerm(RiskFactor.DATA_GAP, "Data gap: no worker survey", 1.0 / 3, 3, 1, null))));
        checks.actions.add(action(1, ActionStatus.IN_PROGRESS, LocalDate.of(2025, 6, 1)));
        checks.actions.add(action(2, ActionStatus.CLOSED, LocalDate.of(2025, 5, 1)));
        checks.actions.add(action(3, ActionStatus.OPEN, LocalDate.of(2025, 9, 1)));
        model.setOnOpenFinding(openedFindings::add);
        model.show(10L, "Gulf Lantern");
    }

    @Test
    void theRiskBreakdownListsEveryTermAndSumsToTheScore() {
        assertThat(model.scoreProperty().get()).isEqualTo("Risk score 13.50 · band High · data confidence 67 %");
        assertThat(model.terms()).extracting(row -> row.factor() + " " + row.input() + " × " + row.weight() + " = "
                + row.points()).containsExactly("Finding 10.00 × 1.00 = 10.00", "Country 0.50 × 5.00 = 2.50",
                        "Data gap 0.33 × 3.00 = 1.00");
        assertThat(model.totalProperty().get()).isEqualTo("Total: 13.50 points from 3 terms");
    }

    @Test
    void listsOnlyTheSuppliersFindingsAndOpensThemOnTheFindingsScreen() {
        assertThat(model.findings()).extracting(row -> row.finding().id()).containsExactly(1L);

        model.openFinding(model.findings().get(0));
        model.openFinding(model.terms().get(0));
        model.openFinding(model.terms().get(1));

        assertThat(openedFindings).containsExactly(1L, 1L);
    }

    @Test
    void actionsShowStatusSmetaStatusAndOnlyOpenPastDueOnesAreOverdue() {
        assertThat(model.actions()).extracting(row -> row.status() + "/" + row.smetaStatus() + "/" + row.overdue())
                .containsExactly("In progress/Progress made/true", "Closed/Closed/false", "Open/Open/false");
        assertThat(model.actions().get(0).finding()).isEqualTo("Finding 1");
    }

    @Test
    void editingAnActionSavesItAndVerifiedNeedsEvidenceNotes() {
        model.selectedActionProperty().set(model.actions().get(0));
        findingDialogs.nextAction = Optional.of(new ActionDraft("Return passports", "HR", LocalDate.of(2025, 6, 1),
                ActionStatus.VERIFIED, "", null));

        model.editSelectedAction();

        assertThat(model.messageProperty().get())
                .isEqualTo("A verified action needs evidence notes: what showed it was done.");
        assertThat(checks.actions.get(0).status()).isEqualTo(ActionStatus.IN_PROGRESS);

        findingDialogs.nextAction = Optional.of(new ActionDraft("Return passports", "HR", LocalDate.of(2025, 6, 1),
                ActionStatus.VERIFIED, "Passports seen in workers' lockers at follow-up visit.", null));
        model.editSelectedAction();

        assertThat(checks.actions.get(0).status()).isEqualTo(ActionStatus.VERIFIED);
        assertThat(model.actions().get(0).overdue()).isFalse();
        assertThat(model.selectedActionProperty().get().action().id()).isEqualTo(1L);
        assertThat(model.messageProperty().get()).isEqualTo("Corrective action #1 saved: verified.");
    }

    @Test
    void noSupplierSelectedClearsThePanes() {
        model.show(null, null);

        assertThat(model.terms()).isEmpty();
        assertThat(model.actions()).isEmpty();
        assertThat(model.scoreProperty().get()).startsWith("Select a supplier");
    }

    @Test
    void aSupplierWithoutRiskIsExplained() {
        model.show(99L, "Unknown Trims");

        assertThat(dialogs.failures).containsExactly(
                "Could not read the risk and findings of Unknown Trims: There is no supplier 99 in this project.");
    }

    private static CorrectiveAction action(long id, ActionStatus status, LocalDate due) {
        return new CorrectiveAction(id, 1, 10L, "Return passports", "HR", due, status, "", null, Instant.EPOCH,
                Instant.EPOCH);
    }
}
