package org.ddworkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapSamplerTest {
    private static final int MB = 1 << 20;

    @Test
    void theLiveProbeCountsWhatIsKeptAliveButNotTheGarbage() throws InterruptedException {
        byte[] kept;
        long start;
        long live;
        try (HeapSampler heap = HeapSampler.withLiveProbe()) {
            start = heap.peakLiveBytes();
            long garbage = 0;
            for (int i = 0; i < 200; i++) {
                byte[] thrownAway = new byte[MB];
                garbage += thrownAway.length;
            }
            kept = new byte[48 * MB];
            // The probe collects on its own; collections are reported on a thread of the JVM's, shortly after.
            for (int wait = 0; wait < 100 && heap.peakLiveBytes() < start + 40L * MB; wait++) {
                Thread.sleep(50);
            }
            live = heap.peakLiveBytes();
            assertThat(garbage).isEqualTo(200L * MB);
        }
        assertThat(kept).hasSize(48 * MB);
        assertThat(live - start).as("kept 48 MB, threw away 200 MB")
                .isGreaterThanOrEqualTo(40L * MB).isLessThan(60L * MB);
    }
}
