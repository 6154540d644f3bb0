package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskNoticesTest {
    private final List<String> shown = new ArrayList<>();
    private boolean focused = true;
    private final TaskNotices notices = new TaskNotices((title, text) -> shown.add(title + ": " + text), () -> focused);

    @Test
    void longWorkIsAnnouncedEvenWhenTheWindowHasFocus() {
        notices.succeeded("Importing 3 files…", Duration.ofSeconds(12));

        assertThat(shown).containsExactly("Finished: Done: Importing 3 files");
    }

    @Test
    void quickWorkInAFocusedWindowIsNotAnnounced() {
        notices.succeeded("Running the cross-checks…", Duration.ofSeconds(2));

        assertThat(shown).isEmpty();
    }

    @Test
    void workThatFinishesWhileTheUserIsElsewhereIsAnnounced() {
        focused = false;

        notices.succeeded("Running the cross-checks…", Duration.ofSeconds(2));

        assertThat(shown).containsExactly("Finished: Done: Running the cross-checks");
    }

    @Test
    void instantWorkIsNeverAnnounced() {
        focused = false;

        notices.succeeded("Reading the suppliers…", Duration.ofMillis(80));

        assertThat(shown).isEmpty();
    }

    @Test
    void theRunnerReportsEverySucceededJobToItsListener() {
        BackgroundRunner runner = BackgroundRunner.inline();
        List<String> heard = new ArrayList<>();
        runner.setJobListener((description, took) -> heard.add(description));

        runner.run("Backing up…", (progress, cancellation) -> 1, done -> { }, failure -> { });
        runner.run("Failing…", (progress, cancellation) -> {
            throw new IllegalStateException("boom");
        }, done -> { }, failure -> { });

        assertThat(heard).containsExactly("Backing up…");
    }
}
