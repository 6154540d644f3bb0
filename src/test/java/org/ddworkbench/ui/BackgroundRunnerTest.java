package org.ddworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundRunnerTest {
    private final BackgroundRunner runner = BackgroundRunner.inline();
    private final List<String> events = new ArrayList<>();

    @Test
    void successHandsTheResultOverAndEndsBusyState() {
        List<Boolean> runningDuringJob = new ArrayList<>();
        runner.run("Working", (progress, cancellation) -> {
            runningDuringJob.add(runner.runningProperty().get());
            progress.progress(0.5, "Half way");
            events.add("message " + runner.messageProperty().get() + " " + runner.progressProperty().get());
            return 42;
        }, result -> events.add("ok " + result), failure -> events.add("failed"));

        assertThat(runningDuringJob).containsExactly(true);
        assertThat(events).containsExactly("message Half way 0.5", "ok 42");
        assertThat(runner.runningProperty().get()).isFalse();
    }

    @Test
    void failureReachesTheFailureCallback() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        runner.run("Working", (progress, cancellation) -> {
            throw new IOException("disk full");
        }, result -> events.add("ok"), seen::set);

        assertThat(seen.get()).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(events).isEmpty();
        assertThat(runner.runningProperty().get()).isFalse();
    }

    @Test
    void cancelledJobCallsNeitherCallback() {
        runner.runCancellable("Working", (progress, cancellation) -> {
            assertThat(runner.cancellableProperty().get()).isTrue();
            runner.cancel();
            cancellation.throwIfCancelled();
            return "not reached";
        }, result -> events.add("ok"), failure -> events.add("failed"));

        assertThat(events).isEmpty();
        assertThat(runner.cancellableProperty().get()).isFalse();
    }

    @Test
    void failingSuccessCallbackIsReportedAsFailure() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        runner.run("Working", (progress, cancellation) -> "done", result -> {
            throw new IllegalStateException("view broke");
        }, seen::set);

        assertThat(seen.get()).hasMessage("view broke");
    }
}
