package org.ddworkbench.task;

/** A unit of long work that reports progress and honours cancellation, run the same way by UI, CLI and tests. */
@FunctionalInterface
public interface Job<T> {
    T run(ProgressListener progress, CancellationToken cancellation) throws Exception;
}
