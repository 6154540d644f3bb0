package org.ddworkbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the used heap every few milliseconds on a daemon thread and keeps the highest value, so a phase's
 * peak is known without a profiler. Used heap includes garbage not yet collected, so the figure means most
 * under a small {@code -Xmx}, where the collector runs often.
 */
final class HeapSampler implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler() {
        peak = used();
        thread = new Thread(this::sample, "ddw-bench-heap-sampler");
        thread.setDaemon(true);
    }

    /** Collects garbage first, so each phase starts from what is really live, then starts sampling. */
    static HeapSampler start() {
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    /** The highest used heap seen so far, in bytes. */
    long peakBytes() {
        return Math.max(peak, used());
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, used());
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
