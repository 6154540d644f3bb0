package org.ddworkbench.bench;

/**
 * One measured step: how many rows, how long, the peak heap, and what went wrong if it failed.
 *
 * @param failure null when the step succeeded, otherwise a one-line reason
 */
record Phase(long rows, long nanos, long peakHeapBytes, String failure) {

    static Phase failed(long nanos, long peakHeapBytes, String failure) {
        return new Phase(0, nanos, peakHeapBytes, failure);
    }

    boolean ok() {
        return failure == null;
    }

    double seconds() {
        return nanos / 1e9;
    }

    double rowsPerSecond() {
        return nanos == 0 ? 0 : rows / seconds();
    }

    double peakHeapMegabytes() {
        return peakHeapBytes / (1024.0 * 1024.0);
    }
}
