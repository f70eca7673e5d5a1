package com.padelyzer.bff.adapter.persistence.jdbc;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the request work on this thread waited for the thread, when that was already longer than the connection
 * wait. Set and cleared by the executor that runs request work (bff-app's blocking pool); {@link SingleRowStatement}
 * then asks the pool for no connection and reports the store unavailable at once, so a request queued behind a
 * stuck database answers 503 instead of waiting its turn for another full bound.
 */
public final class ThreadWait {

    private static final ThreadLocal<Duration> OVERRUN = new ThreadLocal<>();

    private ThreadWait() {
    }

    /** The work now starting on this thread waited {@code waited}, longer than the connection wait. */
    public static void overran(Duration waited) {
        OVERRUN.set(Objects.requireNonNull(waited, "waited"));
    }

    /** The work on this thread is over. */
    public static void clear() {
        OVERRUN.remove();
    }

    /** How long the work on this thread overran, if it did. */
    public static Optional<Duration> overrun() {
        return Optional.ofNullable(OVERRUN.get());
    }
}
