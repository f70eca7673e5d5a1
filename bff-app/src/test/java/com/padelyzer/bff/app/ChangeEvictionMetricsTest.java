package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.persistence.change.NotifiedChange;
import com.padelyzer.bff.application.cache.DataChange;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeEvictionMetricsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00.500Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ChangeEvictionMetrics metrics = new ChangeEvictionMetrics(registry, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void records_the_time_from_the_write_to_the_end_of_the_eviction_and_counts_the_entries() {
        metrics.evicted(written(NOW.minusMillis(12)), 3);

        Timer latency = registry.get("bff.cache.eviction.latency").timer();
        assertThat(latency.count()).isEqualTo(1);
        assertThat(latency.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(12.0);
        assertThat(registry.get("bff.cache.evictions.events").counter().count()).isEqualTo(3.0);
    }

    @Test
    void a_change_without_a_time_counts_its_entries_but_no_latency() {
        metrics.evicted(new NotifiedChange(new DataChange.EverythingChanged(), Optional.empty()), 40);

        assertThat(registry.get("bff.cache.eviction.latency").timer().count()).isZero();
        assertThat(registry.get("bff.cache.evictions.events").counter().count()).isEqualTo(40.0);
    }

    @Test
    void a_database_clock_ahead_of_this_hosts_counts_as_no_time_rather_than_a_negative_one() {
        metrics.evicted(written(NOW.plusMillis(30)), 0);

        Timer latency = registry.get("bff.cache.eviction.latency").timer();
        assertThat(latency.count()).isEqualTo(1);
        assertThat(latency.totalTime(TimeUnit.MILLISECONDS)).isZero();
    }

    private static NotifiedChange written(Instant at) {
        return new NotifiedChange(new DataChange.EveryUserChanged(), Optional.of(at));
    }
}
