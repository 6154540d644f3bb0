package org.ddworkbench.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdleWatchTest {
    private final MovableClock clock = new MovableClock();
    private int locks;
    private final IdleWatch watch = new IdleWatch(clock, () -> locks++);

    @Test
    void firesOnceTheTimeoutHasPassedWithoutInput() {
        watch.timeoutProperty().set(Duration.ofMinutes(5));

        clock.advance(Duration.ofMinutes(4));
        watch.tick();
        assertThat(locks).isZero();

        clock.advance(Duration.ofMinutes(1));
        watch.tick();
        watch.tick();
        assertThat(locks).isEqualTo(1);
    }

    @Test
    void inputStartsTheIdleTimeAgain() {
        watch.timeoutProperty().set(Duration.ofMinutes(1));

        clock.advance(Duration.ofSeconds(50));
        watch.touch();
        clock.advance(Duration.ofSeconds(50));
        watch.tick();
        assertThat(locks).isZero();

        clock.advance(Duration.ofSeconds(10));
        watch.tick();
        assertThat(locks).isEqualTo(1);
    }

    @Test
    void firesAgainAfterTheUserCameBackAndLeftAgain() {
        watch.timeoutProperty().set(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        watch.tick();

        watch.touch();
        clock.advance(Duration.ofMinutes(1));
        watch.tick();

        assertThat(locks).isEqualTo(2);
    }

    @Test
    void aZeroTimeoutNeverFires() {
        watch.timeoutProperty().set(Duration.ZERO);

        clock.advance(Duration.ofDays(1));
        watch.tick();

        assertThat(locks).isZero();
    }

    @Test
    void changingTheTimeoutCountsFromTheChange() {
        clock.advance(Duration.ofHours(1));

        watch.timeoutProperty().set(Duration.ofMinutes(15));
        watch.tick();

        assertThat(locks).isZero();
    }

    /** A clock that moves only when told. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
