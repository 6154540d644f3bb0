package org.ddworkbench.store;

/**
 * One value position of a worker-level row: the metric (or {@code _}-prefixed field such as {@code _free_text})
 * it holds and the zero-based source column it was read from, so every stored value keeps its column.
 */
public record WorkerSlot(String metricId, int column) {
}
