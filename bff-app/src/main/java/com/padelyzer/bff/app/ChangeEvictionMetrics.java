package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.persistence.change.DataChangeListener;
import com.padelyzer.bff.adapter.persistence.change.NotifiedChange;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Event-driven invalidation as meters: how long a written change took to leave the cache
 * ({@code bff.cache.eviction.latency}, from the payload's {@code at}, the database's clock, to the end of the eviction,
 * this host's wall clock), how many entries change events evicted ({@code bff.cache.evictions.events}), and the
 * listener's own counts ({@code bff.change.listener.*}, read when scraped).
 */
final class ChangeEvictionMetrics {

    /** Histogram buckets around what was measured (p50 6 ms, p99 28 ms) up to SPEC §9's one second and past it. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5)};

    private final Timer latency;
    private final Counter evicted;
    private final Clock wallClock;

    ChangeEvictionMetrics(MeterRegistry registry, Clock wallClock) {
        this.wallClock = wallClock;
        this.latency = Timer.builder("bff.cache.eviction.latency")
                .description("from the write of a change (its transaction's first notifying trigger) to the end of "
                        + "its eviction")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
        this.evicted = Counter.builder("bff.cache.evictions.events")
                .description("cache entries evicted because the database notified a change")
                .register(registry);
    }

    /** One change handled: {@code entries} evicted; its latency when the payload said when it was written. */
    void evicted(NotifiedChange change, long entries) {
        evicted.increment(entries);
        change.writtenAt().ifPresent(writtenAt -> latency.record(since(writtenAt)));
    }

    /** The listener's counters and connection state, read from it when scraped. */
    void watch(DataChangeListener listener, MeterRegistry registry) {
        FunctionCounter.builder("bff.change.listener.notifications", listener,
                        DataChangeListener::notificationsReceived)
                .description("change notifications received, readable or not").register(registry);
        FunctionCounter.builder("bff.change.listener.unreadable", listener,
                        DataChangeListener::unreadableNotifications)
                .description("change notifications skipped because they named no known change").register(registry);
        FunctionCounter.builder("bff.change.listener.reconnects", listener, DataChangeListener::reconnects)
                .description("connections after a lost one, each followed by a flush of the whole cache")
                .register(registry);
        Gauge.builder("bff.change.listener.connected", listener, watched -> watched.isConnected() ? 1 : 0)
                .description("1 while the listener's connection is open and subscribed").register(registry);
    }

    /** Two clocks: a database clock ahead of this host's would make a negative time, counted as none. */
    private Duration since(Instant writtenAt) {
        Duration elapsed = Duration.between(writtenAt, wallClock.instant());
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }
}
