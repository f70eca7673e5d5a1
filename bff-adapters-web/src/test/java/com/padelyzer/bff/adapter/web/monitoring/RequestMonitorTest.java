package com.padelyzer.bff.adapter.web.monitoring;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.padelyzer.bff.adapter.web.monitoring.Measurements.dashboard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RequestMonitorTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final RequestMonitor monitor = new RequestMonitor(Measurements.withAlerts(100),
            Clock.fixed(NOW, ZoneOffset.UTC), registry);
    private final Logger log = (Logger) LoggerFactory.getLogger(RequestMonitor.LOGGER);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void capture_the_performance_log() {
        levelBefore = log.getLevel();
        log.setLevel(Level.DEBUG);
        lines.start();
        log.addAppender(lines);
    }

    @AfterEach
    void stop_capturing() {
        log.detachAppender(lines);
        log.setLevel(levelBefore);
    }

    @Test
    void counts_requests_queries_and_where_answers_came_from_per_endpoint_type() {
        monitor.record(dashboard(10, 2, CacheState.MISS));
        monitor.record(dashboard(1, 0, CacheState.HIT));
        monitor.record(dashboard(1, 0, CacheState.HIT));
        monitor.record(dashboard(1, 0, CacheState.STALE));

        EndpointFigures figures = monitor.figures().get(EndpointType.DASHBOARD);
        assertThat(figures.count()).isEqualTo(4);
        assertThat(figures.meanQueries()).isEqualTo(0.5);
        assertThat(figures.hits()).isEqualTo(2);
        assertThat(figures.misses()).isEqualTo(1);
        assertThat(figures.stale()).isEqualTo(1);
        assertThat(figures.hitRate()).isEqualTo(0.75);
        assertThat(figures.maxMs()).isCloseTo(10, within(0.1));
        assertThat(monitor.figures().get(EndpointType.AVAILABILITY).count()).isZero();
    }

    @Test
    void reports_percentiles_of_the_response_times() {
        for (int ms = 1; ms <= 100; ms++) {
            monitor.record(dashboard(ms, 1, CacheState.MISS));
        }

        EndpointFigures figures = monitor.figures().get(EndpointType.DASHBOARD);
        assertThat(figures.p50Ms()).isCloseTo(50, within(3.0));
        assertThat(figures.p95Ms()).isCloseTo(95, within(4.0));
        assertThat(figures.p99Ms()).isCloseTo(99, within(4.0));
        assertThat(figures.maxMs()).isCloseTo(100, within(0.1));
    }

    @Test
    void counts_a_request_over_its_threshold_as_exceeded_and_alerts_only_over_one_and_a_half_times_it() {
        monitor.record(dashboard(199, 1, CacheState.MISS));
        monitor.record(dashboard(250, 1, CacheState.MISS));
        monitor.record(dashboard(301, 1, CacheState.MISS));

        assertThat(monitor.figures().get(EndpointType.DASHBOARD).exceeded()).isEqualTo(2);
        assertThat(monitor.recentAlerts()).singleElement().satisfies(alert -> {
            assertThat(alert.responseTimeMs()).isCloseTo(301, within(0.01));
            assertThat(alert.thresholdMs()).isEqualTo(200);
            assertThat(alert.at()).isEqualTo(NOW);
            assertThat(alert.user()).isEqualTo("101");
        });
        List<ILoggingEvent> warnings = lines.list.stream().filter(line -> line.getLevel() == Level.WARN).toList();
        assertThat(warnings).singleElement().satisfies(line -> assertThat(line.getFormattedMessage())
                .startsWith("BFF Performance alert {\"endpoint\":\"dashboard\"")
                .contains("\"response_time_ms\":301.00", "\"threshold_ms\":200", "\"exceeded_threshold\":true"));
        assertThat(lines.list.stream().filter(line -> line.getLevel() == Level.DEBUG)).as("every request's line")
                .hasSize(3);
    }

    @Test
    void keeps_the_last_alerts_newest_first_and_no_more_than_its_capacity() {
        RequestMonitor small = new RequestMonitor(Measurements.withAlerts(3), Clock.systemUTC(), registry);

        for (int i = 1; i <= 5; i++) {
            small.record(dashboard(1000 + i, i, CacheState.MISS));
        }

        assertThat(small.recentAlerts()).extracting(PerformanceAlert::queryCount).containsExactly(5, 4, 3);
    }

    @Test
    void logs_nothing_at_debug_when_the_logger_is_not_at_debug() {
        log.setLevel(Level.INFO);

        monitor.record(dashboard(10, 2, CacheState.MISS));

        assertThat(lines.list).isEmpty();
    }

    @Test
    void feeds_the_request_timer_and_the_statements_summary_of_the_registry() {
        monitor.record(dashboard(10, 2, CacheState.MISS));
        monitor.record(dashboard(1, 0, CacheState.HIT));
        monitor.record(dashboard(1, 0, CacheState.HIT));

        assertThat(registry.get("bff.requests").tags("endpoint", "dashboard", "cache", "hit", "status", "200")
                .timer().count()).isEqualTo(2);
        assertThat(registry.get("bff.requests").tags("endpoint", "dashboard", "cache", "miss").timer().count())
                .isEqualTo(1);
        assertThat(registry.get("bff.requests.statements").tag("endpoint", "dashboard").summary().totalAmount())
                .isEqualTo(2);
    }
}
