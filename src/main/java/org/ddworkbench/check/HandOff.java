package org.ddworkbench.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Passes rows read on the store's thread to one other thread in batches, where {@code handler} takes them in the
 * order they were read. Reading a table spends most of its time decrypting pages on the reading thread; building
 * facts from the rows then runs on the second core instead of after it. The handler's state is confined to the
 * other thread until {@link #finish()} returns.
 */
final class HandOff<T> implements AutoCloseable {
    private static final int BATCH = 2_048;
    /** Batches read but not yet handled, which bounds the memory the hand-off holds. */
    private static final int IN_FLIGHT = 8;

    private final Consumer<T> handler;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "ddw-check-facts");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private final List<Future<?>> handled = new ArrayList<>();
    private List<T> batch = new ArrayList<>(BATCH);

    HandOff(Consumer<T> handler) {
        this.handler = handler;
    }

    /** Queues one row; waits while {@link #IN_FLIGHT} batches are still unhandled. */
    void accept(T row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            send();
        }
    }

    /** Waits until every row is handled; a handler's failure is thrown here. */
    void finish() {
        send();
        handled.forEach(HandOff::await);
        handled.clear();
    }

    private void send() {
        if (batch.isEmpty()) {
            return;
        }
        List<T> full = batch;
        batch = new ArrayList<>(BATCH);
        room.acquireUninterruptibly();
        handled.removeIf(future -> future.isDone() && await(future));
        handled.add(thread.submit(() -> {
            try {
                full.forEach(handler);
            } finally {
                room.release();
            }
        }));
    }

    /** Waits for one batch; its handler's failure is thrown here. */
    private static boolean await(Future<?> future) {
        try {
            future.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the check's facts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
