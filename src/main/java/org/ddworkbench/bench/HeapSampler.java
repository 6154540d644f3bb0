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
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Samples the used heap every few milliseconds on a daemon thread and keeps the highest value, so a phase's
 * peak is known without a profiler. Used heap includes garbage not yet collected, so the figure means most
 * under a small {@code -Xmx}, where the collector runs often. It also keeps the highest heap left right after a
 * garbage collection ({@link #peakLiveBytes()}): what the phase kept alive, plus what the collector left for
 * later, without the garbage that piles up between collections.
 */
final class HeapSampler implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 5;
    /** The collectors report every memory pool; metaspace and code cache are not heap. */
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakLive;
    private final NotificationListener afterCollection = this::afterCollection;
    private final List<NotificationEmitter> collectors = new ArrayList<>();

    private HeapSampler() {
        peak = used();
        thread = new Thread(this::sample, "ddw-bench-heap-sampler");
        thread.setDaemon(true);
    }

    /** Collects garbage first, so each phase starts from what is really live, then starts sampling. */
    static HeapSampler start() {
        System.gc();
        HeapSampler sampler = new HeapSampler();
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
     * The highest heap in use right after a collection since the start; the start's own collection sets the
     * first value, so a phase that needed no collection reports what was live when it began.
     */
    long peakLiveBytes() {
        return peakLive;
    }

    private void afterCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long after = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (HEAP_POOLS.contains(pool.getKey())) {
                after += pool.getValue().getUsed();
            }
        }
        peakLive = Math.max(peakLive, after);
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
