package org.ddworkbench.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.ddworkbench.check.CheckService.CheckOptions;
import org.ddworkbench.check.CheckService.FindingQuery;
import org.ddworkbench.model.ActionDraft;
import org.ddworkbench.model.ActionStatus;
import org.ddworkbench.model.CorrectiveAction;
import org.ddworkbench.model.Finding;
import org.ddworkbench.model.ProblemException;
import org.ddworkbench.store.Project;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrective actions on the sample's findings: what is refused, how status moves, when one is overdue. */
class ActionServiceTest {
    private static final LocalDate DUE = LocalDate.of(2025, 9, 30);

    private final DefaultActionService actions = new DefaultActionService(CheckFixture.CLOCK);
    private Project project;
    private Finding finding;

    @TempDir
    Path dir;

    @BeforeEach
    void checkSample() throws Exception {
        project = CheckFixture.openCopy(dir.resolve("project"));
        DefaultCheckService checks = new DefaultCheckService(CheckFixture.CLOCK);
        checks.run(project, new CheckOptions(CheckFixture.AS_OF, false), ProgressListener.NONE,
                new CancellationToken());
        finding = checks.findings(project, FindingQuery.OPEN).get(0);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static ActionDraft draft(ActionStatus status, String notes) {
        return new ActionDraft("Return all passports to workers and provide lockers.", "Somchai (sourcing)", DUE,
                status, notes, LocalDate.of(2025, 10, 15));
    }

    @Test
    void openRefusesMissingDescriptionOwnerDueDateAndAnUnknownFinding() {
        assertThatThrownBy(() -> actions.open(project, finding.id(), new ActionDraft(" ", "Somchai", DUE,
                ActionStatus.OPEN, "", null))).isInstanceOf(ProblemException.class).hasMessageContaining("Describe");
        assertThatThrownBy(() -> actions.open(project, finding.id(), new ActionDraft("Fix it", "", DUE,
                ActionStatus.OPEN, "", null))).isInstanceOf(ProblemException.class).hasMessageContaining("owns");
        assertThatThrownBy(() -> actions.open(project, finding.id(), new ActionDraft("Fix it", "Somchai", null,
                ActionStatus.OPEN, "", null))).isInstanceOf(ProblemException.class).hasMessageContaining("due");
        assertThatThrownBy(() -> actions.open(project, 424_242, draft(ActionStatus.OPEN, "")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("424242");
    }

    @Test
    void anActionTakesItsSupplierFromTheFindingAndIsLoggedWithoutFreeText() throws Exception {
        CorrectiveAction opened = actions.open(project, finding.id(), draft(ActionStatus.OPEN, ""));

        assertThat(opened.findingId()).isEqualTo(finding.id());
        assertThat(opened.supplierId()).isEqualTo(finding.supplierId());
        assertThat(opened.status().smetaStatus()).isEqualTo("Open");
        assertThat(actions.actions(project, finding.supplierId())).containsExactly(opened);
        assertThat(actions.actions(project, -1L)).isEmpty();
        assertThat(project.activityLog().entries()).filteredOn(e -> e.action().equals("action.open")).singleElement()
                .satisfies(e -> {
                    assertThat(e.detailJson()).contains("\"actionId\":" + opened.id(), "\"status\":\"OPEN\"",
                            "\"dueDate\":\"2025-09-30\"");
                    assertThat(e.detailJson() + e.summary()).doesNotContain("passports", "Somchai");
                });
    }

    @Test
    void statusMovesThroughProgressToVerifiedWhichNeedsEvidenceNotes() throws Exception {
        CorrectiveAction opened = actions.open(project, finding.id(), draft(ActionStatus.OPEN, ""));

        CorrectiveAction progressing = actions.update(project, opened.id(), draft(ActionStatus.IN_PROGRESS, ""));
        assertThatThrownBy(() -> actions.update(project, opened.id(), draft(ActionStatus.VERIFIED, "  ")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("evidence notes");
        CorrectiveAction verified = actions.update(project, opened.id(),
                draft(ActionStatus.VERIFIED, "Saw the lockers and the signed receipts on 2025-09-20."));

        assertThat(progressing.status().smetaStatus()).isEqualTo("Progress made");
        assertThat(verified.status()).isEqualTo(ActionStatus.VERIFIED);
        assertThat(verified.status().smetaStatus()).isEqualTo("Closed");
        assertThat(verified.evidenceNotes()).startsWith("Saw the lockers");
        assertThat(verified.createdAt()).isEqualTo(opened.createdAt());
        assertThat(actions.actions(project, null)).singleElement().isEqualTo(verified);
        assertThat(project.activityLog().entries()).filteredOn(e -> e.action().equals("action.update"))
                .extracting(e -> e.detailJson().contains("IN_PROGRESS") || e.detailJson().contains("VERIFIED"))
                .containsExactly(true, true);
        assertThatThrownBy(() -> actions.update(project, 777_777, draft(ActionStatus.OPEN, "")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("777777");
    }

    @Test
    void anActionIsOverdueOnlyWhileOpenAndPastItsDueDate() throws Exception {
        CorrectiveAction opened = actions.open(project, finding.id(), draft(ActionStatus.OPEN, ""));
        CorrectiveAction closed = actions.update(project, opened.id(), draft(ActionStatus.CLOSED, ""));

        assertThat(opened.overdue(DUE)).isFalse();
        assertThat(opened.overdue(DUE.plusDays(1))).isTrue();
        assertThat(closed.overdue(DUE.plusDays(1))).isFalse();
        CorrectiveAction progressing = actions.update(project, opened.id(), draft(ActionStatus.IN_PROGRESS, ""));
        assertThat(progressing.overdue(DUE.plusDays(1))).isTrue();
    }
}
