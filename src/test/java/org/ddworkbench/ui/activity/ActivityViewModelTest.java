package org.ddworkbench.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.ZoneOffset;
import org.ddworkbench.model.ChainVerification;
import org.ddworkbench.ui.BackgroundRunner;
import org.ddworkbench.ui.Fakes.FakeActivityLog;
import org.ddworkbench.ui.Fakes.RecordingDialogs;
import org.ddworkbench.ui.activity.ActivityViewModel.ChainState;
import org.junit.jupiter.api.Test;

class ActivityViewModelTest {
    private final FakeActivityLog log = new FakeActivityLog();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ActivityViewModel model =
            new ActivityViewModel(log, BackgroundRunner.inline(), dialogs, ZoneOffset.ofHours(7));

    @Test
    void startsUnverified() {
        assertThat(model.stateProperty().get()).isEqualTo(ChainState.NOT_VERIFIED);
        assertThat(model.entries()).isEmpty();
    }

    @Test
    void intactChainListsEntriesInLocalTimeAndSaysHowManyWereVerified() {
        log.add("project.created", "Project created.");
        log.add("pack.installed", "Pack installed.");

        model.verify();

        assertThat(model.stateProperty().get()).isEqualTo(ChainState.INTACT);
        assertThat(model.bannerProperty().get()).isEqualTo("Activity log intact: 2 entries verified.");
        assertThat(model.entryCountProperty().get()).isEqualTo(2);
        assertThat(model.entries()).extracting(ActivityRow::seq).containsExactly(1L, 2L);
        assertThat(model.entries().get(0).time()).isEqualTo("2025-03-01 17:16:30");
        assertThat(model.entries().get(1).action()).isEqualTo("pack.installed");
    }

    @Test
    void brokenChainNamesTheFirstBadEntry() {
        log.add("project.created", "Project created.");
        log.add("pack.installed", "Pack installed.");
        log.verification = new ChainVerification(false, 2, 2, "its hash does not match its content");

        model.verify();

        assertThat(model.stateProperty().get()).isEqualTo(ChainState.BROKEN);
        assertThat(model.bannerProperty().get())
                .isEqualTo("Activity log broken at entry #2: its hash does not match its content");
    }

    @Test
    void unreadableLogIsReportedWithoutTechnicalDetail() {
        log.failure = new SQLException("IO Exception: broken page 123");

        model.verify();

        assertThat(model.stateProperty().get()).isEqualTo(ChainState.UNREADABLE);
        assertThat(dialogs.failures).singleElement().asString()
                .isEqualTo("Could not read the activity log: Something went wrong: IO Exception: broken page 123. "
                        + "Details are in the log.");
    }
}
