package org.ddworkbench.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Samples the used heap every few milliseconds on a daemon thread and keeps the highest value, so a phase's
 * peak is known without a profiler. Used heap includes garbage not yet collected, so the figure means most
 * under a small {@code -Xmx}, where the collector runs often.
 *
 * <p>With the live probe ({@link #withLiveProbe()}) it also keeps the highest heap left right after a <em>full</em>
 * collection ({@link #peakLiveBytes()}): what the phase really kept alive. A young collection leaves the old
 * generation's garbage in place, so only full collections count, and the probe asks for one (System.gc) every
 * {@value #PROBE_SPACING} times as long as the last one took, at least every {@value #PROBE_MIN_MILLIS} ms: about
 * 4% of the phase's time, which {@link #probeNanos()} reports so that it can be left out.
 */
final class HeapSampler implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 5;
    private static final long PROBE_SPACING = 25;
    private static final long PROBE_MIN_MILLIS = 250;
    private static final String FULL_COLLECTION = "end of major GC";
    /** The collectors report every memory pool; metaspace and code cache are not heap. */
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private final boolean probe;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakLive;
    private volatile long lastFullMillis;
    private final AtomicLong probeNanos = new AtomicLong();
    private final NotificationListener afterCollection = this::afterCollection;
    private final List<NotificationEmitter> collectors = new ArrayList<>();

    private HeapSampler(boolean probe) {
        this.probe = probe;
        peak = used();
        thread = new Thread(this::sample, "ddw-bench-heap-sampler");
        thread.setDaemon(true);
    }

    /** Collects garbage first, so each phase starts from what is really live, then samples the used heap. */
    static HeapSampler start() {
        System.gc();
        HeapSampler sampler = new HeapSampler(false);
        sampler.thread.start();
        return sampler;
    }

    /** As {@link #start()}, and also measures the live heap with full collections from time to time. */
    static HeapSampler withLiveProbe() {
        System.gc();
        HeapSampler sampler = new HeapSampler(true);
        sampler.peakLive = sampler.used();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(sampler.afterCollection, null, null);
                sampler.collectors.add(emitter);
            }
        }
        sampler.thread.start();
        return sampler;
    }

    /** The highest used heap seen so far, in bytes. */
    long peakBytes() {
        return Math.max(peak, used());
    }

    /**
     * The highest heap in use right after a full collection since the start (0 without the live probe); the start's
     * own collection sets the first value, so a phase shorter than the probe's spacing reports what was live when
     * it began.
     */
    long peakLiveBytes() {
        return peakLive;
    }

    /** The time the probe's own full collections took so far, in nanoseconds: the phase stood still meanwhile. */
    long probeNanos() {
        return probeNanos.get();
    }

    private void afterCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (!FULL_COLLECTION.equals(info.getGcAction())) {
            return;
        }
        long after = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (HEAP_POOLS.contains(pool.getKey())) {
                after += pool.getValue().getUsed();
            }
        }
        lastFullMillis = info.getGcInfo().getDuration();
        peakLive = Math.max(peakLive, after);
    }

    private void sample() {
        long nextProbe = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PROBE_MIN_MILLIS);
        while (running) {
            peak = Math.max(peak, used());
            if (probe && System.nanoTime() >= nextProbe) {
                long start = System.nanoTime();
                System.gc();
                long took = System.nanoTime() - start;
                probeNanos.addAndGet(took);
                nextProbe = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(
                        Math.max(PROBE_MIN_MILLIS, PROBE_SPACING * Math.max(lastFullMillis, took / 1_000_000)));
            }
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
        for (NotificationEmitter emitter : collectors) {
            try {
                emitter.removeNotificationListener(afterCollection);
            } catch (ListenerNotFoundException e) {
                // Already gone: nothing to remove.
            }
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
