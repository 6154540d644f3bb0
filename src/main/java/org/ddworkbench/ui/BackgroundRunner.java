package org.ddworkbench.ui;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.ddworkbench.task.CancellationToken;
import org.ddworkbench.task.Job;
import org.ddworkbench.task.ProgressListener;

/**
 * Runs a {@link Job} off the FX thread in a {@link Task} on daemon threads and publishes the latest job's
 * progress, message and cancellability as properties a progress overlay binds to; results and failures are
 * handed back on the FX thread. {@link #inline()} runs everything on the calling thread for view-model tests.
 */
public final class BackgroundRunner {
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int active;
    private CancellationToken latestToken = new CancellationToken();
    private JobListener listener = (description, took) -> { };

    private BackgroundRunner(ExecutorService executor) {
        this.executor = executor;
    }

    /** A runner for the window: each job runs in a JavaFX task on a daemon thread. */
    public static BackgroundRunner onDaemonThreads() {
        return new BackgroundRunner(Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "ddw-background-" + THREAD_NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** A runner for tests: the job and its callbacks run on the calling thread before {@code run} returns. */
    public static BackgroundRunner inline() {
        return new BackgroundRunner(null);
    }

    /** Runs a job the user cannot stop, such as opening a project. */
    public <T> void run(String description, Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        start(description, false, job, onSuccess, onFailure);
    }

    /** Runs a job that honours its cancellation token; a cancelled job calls neither callback. */
    public <T> void runCancellable(
            String description, Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        start(description, true, job, onSuccess, onFailure);
    }

    /** Asks the most recent cancellable job to stop at its next safe point. */
    public void cancel() {
        latestToken.cancel();
        message.set(I18n.tr("Cancelling…"));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** From 0 to 1, or negative while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Tells {@code jobListener} (on the FX thread) about every job that succeeds, for notifications. */
    public void setJobListener(JobListener jobListener) {
        this.listener = jobListener;
    }

    /** Stops the worker threads; running jobs are left to finish on their daemon threads. */
    public void shutdown() {
        if (executor != null) {
            executor.shutdown();
        }
    }

    private <T> void start(String description, boolean canCancel, Job<T> job,
            Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        CancellationToken token = new CancellationToken();
        latestToken = token;
        active++;
        running.set(true);
        cancellable.set(canCancel);
        progress.set(-1);
        message.set(description);
        long started = System.nanoTime();
        Consumer<? super T> announced = result -> {
            onSuccess.accept(result);
            listener.succeeded(description, Duration.ofNanos(System.nanoTime() - started));
        };
        if (executor == null) {
            runInline(job, token, announced, onFailure);
        } else {
            runInTask(job, token, announced, onFailure);
        }
    }

    private <T> void runInline(Job<T> job, CancellationToken token,
            Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        ProgressListener listener = (fraction, text) -> {
            progress.set(fraction < 0 ? -1 : fraction);
            message.set(text);
        };
        T result;
        try {
            result = job.run(listener, token);
        } catch (Exception failure) {
            finish(() -> fail(failure, onFailure));
            return;
        }
        finish(() -> succeed(result, onSuccess, onFailure));
    }

    private <T> void runInTask(Job<T> job, CancellationToken token,
            Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.run((fraction, text) -> {
                    updateProgress(fraction < 0 ? -1 : fraction, 1);
                    updateMessage(text);
                }, token);
            }
        };
        task.progressProperty().addListener((observable, old, now) -> {
            if (token == latestToken) {
                progress.set(now.doubleValue());
            }
        });
        task.messageProperty().addListener((observable, old, now) -> {
            if (token == latestToken && !token.isCancelled()) {
                message.set(now);
            }
        });
        task.setOnSucceeded(event -> finish(() -> succeed(task.getValue(), onSuccess, onFailure)));
        task.setOnFailed(event -> finish(() -> fail(task.getException(), onFailure)));
        executor.execute(task);
    }

    private static <T> void succeed(T result, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            onSuccess.accept(result);
        } catch (RuntimeException failure) {
            onFailure.accept(failure);
        }
    }

    private static void fail(Throwable failure, Consumer<Throwable> onFailure) {
        if (!(failure instanceof CancellationException)) {
            onFailure.accept(failure);
        }
    }

    private void finish(Runnable callback) {
        active--;
        if (active == 0) {
            running.set(false);
            cancellable.set(false);
            message.set("");
            progress.set(-1);
        }
        callback.run();
    }

    /** Hears about jobs that finished successfully. */
    @FunctionalInterface
    public interface JobListener {

        /** {@code description} is the text the progress overlay showed; {@code took} the job's run time. */
        void succeeded(String description, Duration took);
    }
}
