package org.ddworkbench.ui.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Tells when the user has been idle for the configured time: the window reports every input with
 * {@link #touch()} and a ticker calls {@link #tick()}, which runs the idle action once per idle spell. The
 * clock is injected so tests move time instead of sleeping. Used on the FX thread.
 */
public final class IdleWatch {
    private final Clock clock;
    private final Runnable onIdle;
    private final ObjectProperty<Duration> timeout = new SimpleObjectProperty<>(this, "timeout", Duration.ZERO);
    private Instant lastInput;
    private boolean fired;

    /** {@code onIdle} runs when {@link #tick()} finds no input for the timeout; a zero timeout never fires. */
    public IdleWatch(Clock clock, Runnable onIdle) {
        this.clock = clock;
        this.onIdle = onIdle;
        this.lastInput = clock.instant();
        timeout.addListener((observable, old, now) -> touch());
    }

    /** Idle time before {@link #tick()} fires; {@link Duration#ZERO} turns the watch off. */
    public ObjectProperty<Duration> timeoutProperty() {
        return timeout;
    }

    /** The user did something: the idle time starts again and the watch may fire again later. */
    public void touch() {
        lastInput = clock.instant();
        fired = false;
    }

    /** Runs the idle action when the timeout has passed since the last input and it has not run since. */
    public void tick() {
        Duration limit = timeout.get();
        if (fired || limit == null || limit.isZero() || limit.isNegative()) {
            return;
        }
        if (!clock.instant().isBefore(lastInput.plus(limit))) {
            fired = true;
            onIdle.run();
        }
    }
}
