package org.ddworkbench.bench;

/**
 * One measured step: how many rows, how long, the peak heap, and what went wrong if it failed.
 *
 * @param peakHeapBytes the highest heap in use, garbage included
 * @param peakLiveBytes the highest heap left after a collection (see {@link HeapSampler#peakLiveBytes()}), 0 when
 *     not measured
 * @param failure null when the step succeeded, otherwise a one-line reason
 */
record Phase(long rows, long nanos, long peakHeapBytes, long peakLiveBytes, String failure) {

    Phase(long rows, long nanos, long peakHeapBytes, String failure) {
        this(rows, nanos, peakHeapBytes, 0, failure);
    }

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
